import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { extensionArticles, requestStatuses } from '../../../domain/obligations/kinds.js';
import { idParam, iso3 } from '../../../shared/contracts/common.js';
import {
  commentBody,
  decisionBody,
  extensionRequest,
  extensionRequestList,
  requestBody,
  requestUpdateBody,
} from '../../../shared/contracts/obligations.js';
import { requireRoles, requireSignedIn } from '../../http/auth.js';
import {
  addComment,
  createRequest,
  decideRequest,
  getRequest,
  listRequests,
  startAnalysis,
  submitRequest,
  updateRequest,
  withdrawRequest,
} from './service-requests.js';

const tags = ['extension requests'];
const staff = requireRoles('isu_admin', 'isu_staff');
const versionBody = z.object({ version: z.number().int() });
const response = { 200: extensionRequest };

export const extensionRequestRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/extension-requests',
    {
      schema: {
        tags,
        summary: 'Extension requests (drafts only for the State itself and the ISU)',
        querystring: z.object({
          state: iso3.optional(),
          status: z.enum(requestStatuses).optional(),
          article: z.enum(extensionArticles).optional(),
        }),
        response: { 200: extensionRequestList },
      },
    },
    async (request) => listRequests(request.ctx, request.query),
  );

  app.post(
    '/api/v1/extension-requests',
    {
      onRequest: requireSignedIn,
      schema: {
        tags,
        summary: 'Draft a request (the State or the ISU)',
        body: requestBody,
        response: { 201: extensionRequest },
      },
    },
    async (request, reply) => reply.status(201).send(await createRequest(request.ctx, request.body)),
  );

  app.get(
    '/api/v1/extension-requests/:id',
    {
      schema: {
        tags,
        summary: 'One request with its checks, and its analysis thread for those who may read it',
        params: idParam,
        response,
      },
    },
    async (request) => getRequest(request.ctx, request.params.id),
  );

  app.patch(
    '/api/v1/extension-requests/:id',
    {
      onRequest: requireSignedIn,
      schema: { tags, summary: 'Edit a draft', params: idParam, body: requestUpdateBody, response },
    },
    async (request) => updateRequest(request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/v1/extension-requests/:id/submit',
    {
      onRequest: requireSignedIn,
      schema: {
        tags,
        summary: 'Submit a draft (the rules of Art. 3 / Art. 4 must hold)',
        params: idParam,
        body: versionBody,
        response,
      },
    },
    async (request) => submitRequest(request.ctx, request.params.id, request.body.version),
  );

  app.post(
    '/api/v1/extension-requests/:id/analysis',
    {
      onRequest: staff,
      schema: { tags, summary: 'Open the analysis (ISU staff)', params: idParam, response },
    },
    async (request) => startAnalysis(request.ctx, request.params.id),
  );

  app.post(
    '/api/v1/extension-requests/:id/comments',
    {
      onRequest: requireSignedIn,
      schema: {
        tags,
        summary: 'Comment or question (analysts), reply (the State)',
        params: idParam,
        body: commentBody,
        response,
      },
    },
    async (request) => addComment(request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/v1/extension-requests/:id/decision',
    {
      onRequest: staff,
      schema: {
        tags,
        summary: "Record the meeting's decision (ISU staff)",
        params: idParam,
        body: decisionBody,
        response,
      },
    },
    async (request) => decideRequest(request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/v1/extension-requests/:id/withdraw',
    {
      onRequest: requireSignedIn,
      schema: { tags, summary: 'Withdraw a request before the decision', params: idParam, response },
    },
    async (request) => withdrawRequest(request.ctx, request.params.id),
  );
};
