import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParam } from '../../../shared/contracts/common.js';
import {
  inviteBody,
  updateUserBody,
  userList,
  userListQuery,
  userSummary,
} from '../../../shared/contracts/users.js';
import { requireRoles } from '../../http/auth.js';
import {
  getUser,
  inviteUser,
  listUsers,
  resendInvitation,
  setUserActive,
  updateUser,
} from './service-admin.js';

const tags = ['users'];
const onRequest = requireRoles('isu_admin');

export const userAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/users',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Accounts, with search, filters and sorting',
        querystring: userListQuery,
        response: { 200: userList },
      },
    },
    async (request) => listUsers(request.ctx, request.query),
  );

  app.post(
    '/api/v1/users',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Invite a person by e-mail',
        body: inviteBody,
        response: { 201: userSummary },
      },
    },
    async (request, reply) => reply.status(201).send(await inviteUser(request.ctx, request.body)),
  );

  app.get(
    '/api/v1/users/:id',
    { onRequest, schema: { tags, summary: 'One account', params: idParam, response: { 200: userSummary } } },
    async (request) => getUser(request.ctx, request.params.id),
  );

  app.patch(
    '/api/v1/users/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Change name, role, State or language (send the version you read)',
        params: idParam,
        body: updateUserBody,
        response: { 200: userSummary },
      },
    },
    async (request) => updateUser(request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/v1/users/:id/deactivate',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Deactivate an account and end its sessions at once',
        params: idParam,
        response: { 200: userSummary },
      },
    },
    async (request) => setUserActive(request.ctx, request.params.id, false),
  );

  app.post(
    '/api/v1/users/:id/reactivate',
    {
      onRequest,
      schema: { tags, summary: 'Reactivate an account', params: idParam, response: { 200: userSummary } },
    },
    async (request) => setUserActive(request.ctx, request.params.id, true),
  );

  app.post(
    '/api/v1/users/:id/resend-invitation',
    {
      onRequest,
      schema: { tags, summary: 'Send a pending invitation again with a new link', params: idParam },
    },
    async (request, reply) => {
      await resendInvitation(request.ctx, request.params.id);
      return reply.status(202).send();
    },
  );
};
