import { and, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { auditQuery } from '../../../shared/contracts/audit.js';
import { isAdmin } from '../../../shared/roles.js';
import type { Ctx } from '../../http/context.js';
import { forbidden } from '../../http/errors.js';
import { users } from '../users/tables.js';
import { auditEvents } from './tables.js';

type AuditFilter = Omit<z.infer<typeof auditQuery>, 'page' | 'pageSize'>;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function whereOf(filter: AuditFilter): SQL | undefined {
  const actor = filter.actor;
  return and(
    actor
      ? uuidPattern.test(actor)
        ? eq(auditEvents.actorId, actor)
        : eq(users.email, actor.toLowerCase())
      : undefined,
    filter.action
      ? filter.action.endsWith('.')
        ? sql`${auditEvents.action} like ${`${filter.action}%`}`
        : eq(auditEvents.action, filter.action)
      : undefined,
    filter.entityType ? eq(auditEvents.entityType, filter.entityType) : undefined,
    filter.entityId ? eq(auditEvents.entityId, filter.entityId) : undefined,
    filter.from ? gte(auditEvents.occurredAt, new Date(`${filter.from}T00:00:00Z`)) : undefined,
    filter.to ? lt(auditEvents.occurredAt, sql`${filter.to}::date + 1`) : undefined,
  );
}

function presentEvent(row: { event: typeof auditEvents.$inferSelect; actorEmail: string | null }) {
  const { event } = row;
  return {
    id: String(event.id),
    occurredAt: event.occurredAt.toISOString(),
    actorId: event.actorId,
    actorEmail: row.actorEmail,
    actorRole: event.actorRole,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    before: event.before,
    after: event.after,
    requestId: event.requestId,
    ip: event.ip,
  };
}

/** The audit trail, newest first; for ISU administrators only. */
export async function listAuditEvents(ctx: Ctx, query: z.infer<typeof auditQuery>) {
  if (!isAdmin(ctx.actor)) throw forbidden('Only ISU administrators read the audit trail');
  const where = whereOf(query);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({ event: auditEvents, actorEmail: users.email })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(where)
      .orderBy(desc(auditEvents.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(where),
  ]);
  return { items: rows.map(presentEvent), total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

/** All matching events for a CSV export, in pages so memory stays flat. */
export async function* auditEventsForExport(ctx: Ctx, filter: AuditFilter, batch = 1000) {
  if (!isAdmin(ctx.actor)) throw forbidden('Only ISU administrators read the audit trail');
  for (let offset = 0; ; offset += batch) {
    const rows = await ctx.db
      .select({ event: auditEvents, actorEmail: users.email })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(whereOf(filter))
      .orderBy(desc(auditEvents.id))
      .limit(batch)
      .offset(offset);
    for (const row of rows) yield presentEvent(row);
    if (rows.length < batch) return;
  }
}
