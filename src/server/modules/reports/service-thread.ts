import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ReportMessage } from '../../../shared/contracts/reports.js';
import { isStaff } from '../../../shared/roles.js';
import type { Tx } from '../../db/tx.js';
import type { Ctx } from '../../http/context.js';
import { AppError, forbidden } from '../../http/errors.js';
import { queueMail } from '../../mail/outbox.js';
import { reportMessageMail } from '../../mail/templates.js';
import { recordAudit } from '../audit/service.js';
import { states } from '../states/tables.js';
import { users } from '../users/tables.js';
import { type ReportRow, readableReport } from './access.js';
import { reportMessages } from './tables.js';

/** The thread is the ISU's and the State's: others who may read the report get 403, the rest 404. */
async function threadOf(ctx: Ctx, id: string) {
  const found = await readableReport(ctx, id);
  if (!found.abilities.readThread)
    throw forbidden('Queries about a report are between the ISU and the State');
  return found;
}

export async function listMessages(ctx: Ctx, id: string): Promise<{ items: ReportMessage[] }> {
  await threadOf(ctx, id);
  const rows = await ctx.db
    .select({
      id: reportMessages.id,
      kind: reportMessages.kind,
      body: reportMessages.body,
      author: users.name,
      createdAt: reportMessages.createdAt,
    })
    .from(reportMessages)
    .leftJoin(users, eq(users.id, reportMessages.authorId))
    .where(eq(reportMessages.reportId, id))
    .orderBy(asc(reportMessages.createdAt), asc(reportMessages.id));
  return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) };
}

/** A query goes to the State's focal points, a reply to ISU staff, each in their own language. */
async function mailOtherSide(ctx: Ctx, tx: Tx, report: ReportRow, kind: 'query' | 'reply', body: string) {
  const recipients = await tx
    .select()
    .from(users)
    .where(
      kind === 'query'
        ? and(
            eq(users.role, 'state_focal_point'),
            eq(users.stateIso3, report.iso3),
            eq(users.status, 'active'),
          )
        : and(inArray(users.role, ['isu_admin', 'isu_staff']), eq(users.status, 'active')),
    );
  const [state] = await tx.select().from(states).where(eq(states.iso3, report.iso3));
  for (const person of recipients) {
    if (person.id === ctx.actor?.userId) continue;
    const stateName = state
      ? { en: state.nameEn, fr: state.nameFr, es: state.nameEs }[person.language]
      : report.iso3;
    const content = reportMessageMail[person.language]({
      name: person.name,
      state: stateName,
      kind: report.kind,
      year: report.year,
      message: kind,
      body,
      link: `${ctx.env.publicUrl}/reports/${report.id}`,
    });
    await queueMail(tx, ctx.env.mailMode, {
      recipient: person.email,
      language: person.language,
      kind: `report_${kind}`,
      ...content,
    });
  }
}

/**
 * ISU staff ask about a submitted report; the State's focal point replies. What the message is
 * follows from who writes it.
 */
export async function postMessage(ctx: Ctx, id: string, body: string) {
  const { row, abilities } = await threadOf(ctx, id);
  const kind = isStaff(ctx.actor) ? 'query' : 'reply';
  if (kind === 'query' && !abilities.query)
    throw new AppError('invalid_state', 'A draft is the State’s until it is submitted: ask once it is');
  if (kind === 'reply' && !abilities.reply) throw forbidden('Only the State’s focal point replies');
  const message = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(reportMessages)
      .values({ reportId: id, kind, body, authorId: ctx.actor?.userId })
      .returning();
    if (!created) throw new Error('message not recorded');
    await mailOtherSide(ctx, tx, row, kind, body);
    await recordAudit(tx, ctx, {
      action: kind === 'query' ? 'report.query_sent' : 'report.reply_sent',
      entityType: 'report',
      entityId: id,
      after: { messageId: created.id, kind, body },
    });
    return created;
  });
  const authorId = ctx.actor?.userId;
  const [author] = authorId
    ? await ctx.db.select({ name: users.name }).from(users).where(eq(users.id, authorId))
    : [];
  return {
    id: message.id,
    kind: message.kind,
    body: message.body,
    author: author?.name ?? null,
    createdAt: message.createdAt.toISOString(),
  };
}
