import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  messageBody,
  publishBody,
  receivedReport,
  reportFile,
  reportMessage,
  reportThread,
} from '../../../shared/contracts/reports.js';
import { requireRoles } from '../../http/auth.js';
import { addReportFile } from './service-files.js';
import { publishReport, recordReceivedReport } from './service-isu.js';
import { listMessages, postMessage } from './service-thread.js';
import { readMultipart } from './uploads.js';

const tags = ['reports'];
const staff = requireRoles('isu_admin', 'isu_staff');
/** The ISU and focal points; which State's report a focal point may touch is the service's check. */
const staffOrFocalPoint = requireRoles('isu_admin', 'isu_staff', 'state_focal_point');
const params = z.object({ id: z.uuid() });

export const reportIsuRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/reports/received',
    {
      onRequest: staff,
      schema: {
        tags,
        summary:
          'Record a report received outside the platform (ISU staff; multipart: `file` the document, `fields` JSON: iso3, kind, year, receivedOn, periodFrom, periodTo, keyFigures)',
        consumes: ['multipart/form-data'],
        response: { 201: receivedReport },
      },
    },
    async (request, reply) => {
      const { file, fields } = await readMultipart(request);
      return reply.status(201).send(await recordReceivedReport(request.ctx, fields.fields, file));
    },
  );

  app.get(
    '/api/v1/reports/:id/messages',
    {
      onRequest: staffOrFocalPoint,
      schema: {
        tags,
        summary: 'The queries of the ISU about a report and the State’s replies',
        params,
        response: { 200: reportThread },
      },
    },
    async (request) => listMessages(request.ctx, request.params.id),
  );

  app.post(
    '/api/v1/reports/:id/messages',
    {
      onRequest: staffOrFocalPoint,
      schema: {
        tags,
        summary: 'Send a query (ISU staff) or a reply (the State’s focal point); the other side is e-mailed',
        params,
        body: messageBody,
        response: { 201: reportMessage },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await postMessage(request.ctx, request.params.id, request.body.body)),
  );

  app.post(
    '/api/v1/reports/:id/publish',
    {
      onRequest: staff,
      schema: {
        tags,
        summary: 'Publish the latest submitted version of a report (ISU staff)',
        params,
        body: publishBody,
      },
    },
    async (request, reply) => {
      await publishReport(request.ctx, request.params.id, request.body.version);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/reports/:id/files',
    {
      onRequest: staffOrFocalPoint,
      schema: {
        tags,
        summary: 'Attach a document to a report (multipart `file`: the State on a draft, or the ISU)',
        params,
        consumes: ['multipart/form-data'],
        response: { 201: reportFile },
      },
    },
    async (request, reply) => {
      const { file } = await readMultipart(request);
      return reply.status(201).send(await addReportFile(request.ctx, request.params.id, file));
    },
  );
};
