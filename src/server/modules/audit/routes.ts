import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditList, auditQuery } from '../../../shared/contracts/audit.js';
import { requireRoles } from '../../http/auth.js';
import { sendCsv } from '../../http/export.js';
import { auditEventsForExport, listAuditEvents } from './queries.js';

const tags = ['audit'];
const onRequest = requireRoles('isu_admin');

type Event = Awaited<ReturnType<typeof listAuditEvents>>['items'][number];

const csvColumns = [
  { header: 'id', value: (e: Event) => e.id },
  { header: 'occurred_at', value: (e: Event) => e.occurredAt },
  { header: 'actor_email', value: (e: Event) => e.actorEmail },
  { header: 'actor_role', value: (e: Event) => e.actorRole },
  { header: 'action', value: (e: Event) => e.action },
  { header: 'entity_type', value: (e: Event) => e.entityType },
  { header: 'entity_id', value: (e: Event) => e.entityId },
  { header: 'before', value: (e: Event) => e.before },
  { header: 'after', value: (e: Event) => e.after },
  { header: 'request_id', value: (e: Event) => e.requestId },
  { header: 'ip', value: (e: Event) => e.ip },
];

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/audit',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The audit trail, newest first, with filters',
        querystring: auditQuery,
        response: { 200: auditList },
      },
    },
    async (request) => listAuditEvents(request.ctx, request.query),
  );

  app.get(
    '/api/v1/audit/export.csv',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The filtered audit trail as CSV',
        querystring: auditQuery.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      const events = auditEventsForExport(request.ctx, request.query);
      return sendCsv(reply, 'audit-trail.csv', csvColumns, events);
    },
  );
};
