import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { outboxList, outboxQuery } from '../../shared/contracts/outbox.js';
import { containsPattern } from '../db/search.js';
import { requireRoles } from '../http/auth.js';
import { outbox } from './tables.js';

export const outboxRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/outbox',
    {
      onRequest: requireRoles('isu_admin'),
      schema: {
        tags: ['mail'],
        summary: 'E-mails the platform sent or holds',
        querystring: outboxQuery,
        response: { 200: outboxList },
      },
    },
    async (request) => {
      const { status, q, page, pageSize } = request.query;
      const where = and(
        status ? eq(outbox.status, status) : undefined,
        q
          ? sql`lower(${outbox.recipient} || ' ' || ${outbox.subject}) like ${containsPattern(q)}`
          : undefined,
      ) as SQL | undefined;
      const db = request.ctx.db;
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(outbox)
          .where(where)
          .orderBy(desc(outbox.createdAt))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db.select({ n: count() }).from(outbox).where(where),
      ]);
      return {
        items: rows.map((row) => ({
          id: row.id,
          recipient: row.recipient,
          subject: row.subject,
          body: row.body,
          language: row.language,
          kind: row.kind,
          status: row.status,
          attempts: row.attempts,
          lastError: row.lastError,
          createdAt: row.createdAt.toISOString(),
          sentAt: row.sentAt?.toISOString() ?? null,
        })),
        total: total?.n ?? 0,
        page,
        pageSize,
      };
    },
  );
};
