import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  depositaryApplyBody,
  depositaryApplyResult,
  depositaryPageMaxBytes,
  depositaryPreview,
  depositaryPreviewBody,
} from '../../../shared/contracts/depositary-import.js';
import { errorBodySchema } from '../../../shared/errors.js';
import { requireRoles } from '../../http/auth.js';
import { applyDepositaryImport, previewDepositaryImport } from './depositary-import.js';

const tags = ['treaty'];
const staff = requireRoles('isu_admin', 'isu_staff');
/** The page travels as JSON text: escaping can make it up to twice as long; the schema then caps the text. */
const bodyLimit = depositaryPageMaxBytes * 2;

export const depositaryImportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/treaty/depositary-import/preview',
    {
      onRequest: staff,
      bodyLimit,
      schema: {
        tags,
        summary:
          'Compare a UNTC status page of the Convention with the records, changing nothing (ISU staff)',
        description:
          'Send the status page of MTDSG XXVI-6 saved from treaties.un.org as `html`. The answer lists new events, changed dates or types, participants whose name matches no State, and recorded events the page does not show. A file that is not that page gets a 400 saying why.',
        body: depositaryPreviewBody,
        response: { 200: depositaryPreview, 400: errorBodySchema },
      },
    },
    async (request) => previewDepositaryImport(request.ctx, request.body),
  );

  app.post(
    '/api/v1/treaty/depositary-import/apply',
    {
      onRequest: staff,
      bodyLimit,
      schema: {
        tags,
        summary: 'Apply the selected differences of a UNTC status page, all or none (ISU staff)',
        description:
          "Parses and compares the page again, then applies the changes named in `changeIds` in one transaction, each checked against the State's history. If any is refused, nothing is applied and `error.details.refused` says why for each. Ids with nothing left to do are listed in `unchanged`, so repeating a request is harmless.",
        body: depositaryApplyBody,
        response: { 200: depositaryApplyResult, 400: errorBodySchema },
      },
    },
    async (request) => applyDepositaryImport(request.ctx, request.body),
  );
};
