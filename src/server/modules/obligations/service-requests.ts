import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { todayUtc } from '../../../domain/calendar.js';
import { checkRequest, grantedDeadline } from '../../../domain/obligations/extension-rules.js';
import { obligationsOn } from '../../../domain/obligations/obligations.js';
import type {
  commentBody,
  decisionBody,
  requestBody,
  requestUpdateBody,
} from '../../../shared/contracts/obligations.js';
import type { Tx } from '../../db/tx.js';
import type { Ctx } from '../../http/context.js';
import { AppError, forbidden, notFound, validationFailed } from '../../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { meetings } from '../meetings/tables.js';
import { users } from '../users/tables.js';
import { loadObligationData, type ObligationData } from './inputs.js';
import { requestAbilities } from './policy.js';
import { obligationsCacheKey } from './service-records.js';
import { extensionRequests, requestComments } from './tables.js';

type RequestRow = typeof extensionRequests.$inferSelect;

/** The deadline a request would extend, and how many extensions of that article came before. */
/** `data` is passed in by callers that present many requests, so it is loaded once, not per row. */
async function contextOf(
  ctx: Ctx,
  iso3: string,
  article: '3' | '4',
  excludeId?: string,
  preloaded?: ObligationData,
) {
  const data = preloaded ?? (await loadObligationData(ctx.db));
  const input = data.inputs.get(iso3);
  if (!input) throw notFound(`State ${iso3}`);
  const view = obligationsOn(input, todayUtc()).find((o) => o.article === article);
  const earlier = (
    await ctx.db
      .select()
      .from(extensionRequests)
      .where(and(eq(extensionRequests.iso3, iso3), eq(extensionRequests.article, article)))
  ).filter((r) => r.id !== excludeId && r.status === 'decided' && r.decision !== 'not_granted');
  return { view, earlier, stateName: data.registry.states.find((s) => s.iso3 === iso3)?.nameEn ?? iso3 };
}

async function present(ctx: Ctx, row: RequestRow, data?: ObligationData) {
  const abilities = requestAbilities(ctx.actor, row);
  if (!abilities.read) throw notFound('Extension request');
  const { view, earlier, stateName } = await contextOf(ctx, row.iso3, row.article, row.id, data);
  const meetingRows = await ctx.db
    .select()
    .from(meetings)
    .where(inArray(meetings.id, [row.meetingId ?? '', row.decidedAtMeetingId ?? '']));
  const meetingOf = (id: string | null) => meetingRows.find((m) => m.id === id) ?? null;
  const meeting = meetingOf(row.meetingId);
  const currentDeadline = row.status === 'decided' ? null : (view?.currentDeadline ?? null);
  const checks =
    currentDeadline && row.status !== 'decided'
      ? checkRequest(
          {
            article: row.article,
            requestedUntil: row.requestedUntil,
            exceptionalCircumstances: row.exceptionalCircumstances,
            contents: row.contents,
          },
          {
            currentDeadline,
            earlierExtensions: earlier.length,
            submittedOn: row.submittedOn ?? todayUtc(),
            meetingStart: meeting?.startDate ?? null,
            meetingName: meeting?.name ?? null,
          },
        )
      : { errors: [], warnings: [] };
  const comments = abilities.readComments
    ? await ctx.db
        .select({ c: requestComments, authorName: users.name, authorRole: users.role })
        .from(requestComments)
        .leftJoin(users, eq(users.id, requestComments.authorId))
        .where(eq(requestComments.requestId, row.id))
        .orderBy(asc(requestComments.createdAt))
    : [];
  return {
    id: row.id,
    iso3: row.iso3,
    stateName,
    article: row.article,
    status: row.status,
    currentDeadline,
    requestedUntil: row.requestedUntil,
    submittedOn: row.submittedOn,
    exceptionalCircumstances: row.exceptionalCircumstances,
    contents: row.contents,
    meeting,
    decision: row.decision,
    grantedUntil: row.grantedUntil,
    decidedOn: row.decidedOn,
    decidedAt: meetingOf(row.decidedAtMeetingId),
    decisionDocument: row.decisionDocument,
    renews: row.renews,
    checks,
    comments: comments.map(({ c, authorName, authorRole }) => ({
      id: c.id,
      kind: c.kind,
      body: c.body,
      authorName,
      authorRole,
      createdAt: c.createdAt.toISOString(),
    })),
    version: row.version,
    abilities,
  };
}

async function load(ctx: Ctx, id: string, tx?: Tx) {
  const [row] = await (tx ?? ctx.db).select().from(extensionRequests).where(eq(extensionRequests.id, id));
  if (!row) throw notFound('Extension request');
  return row;
}

export const getRequest = async (ctx: Ctx, id: string) => present(ctx, await load(ctx, id));

export async function listRequests(ctx: Ctx, filter: { state?: string; status?: string; article?: string }) {
  const rows = await ctx.db.select().from(extensionRequests).orderBy(desc(extensionRequests.createdAt));
  const visible = rows.filter(
    (r) =>
      requestAbilities(ctx.actor, r).read &&
      (!filter.state || r.iso3 === filter.state) &&
      (!filter.status || r.status === filter.status) &&
      (!filter.article || r.article === filter.article),
  );
  const data = await loadObligationData(ctx.db);
  const items = [];
  for (const row of visible) {
    const { comments: _c, contents: _t, ...summary } = await present(ctx, row, data);
    items.push(summary);
  }
  return { items };
}

/** One step of the request's life: policy, transaction with the row locked, audit, caches. */
async function step(
  ctx: Ctx,
  id: string,
  action: string,
  allowed: keyof ReturnType<typeof requestAbilities>,
  work: (tx: Tx, row: RequestRow) => Promise<Partial<RequestRow> | null>,
) {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(extensionRequests).where(eq(extensionRequests.id, id)).for('update');
    if (!row || !requestAbilities(ctx.actor, row).read) throw notFound('Extension request');
    if (!requestAbilities(ctx.actor, row)[allowed])
      throw forbidden(`You cannot ${allowed.replace(/([A-Z])/g, ' $1').toLowerCase()} this request now`);
    const changes = await work(tx, row);
    if (changes) {
      await tx
        .update(extensionRequests)
        .set({ ...changes, updatedAt: sql`now()`, version: sql`${extensionRequests.version} + 1` })
        .where(eq(extensionRequests.id, id));
    }
    await recordAudit(tx, ctx, {
      action,
      entityType: 'extension_request',
      entityId: id,
      before: { status: row.status },
      after: changes ?? {},
    });
    await ctx.readModels.notifyInTransaction(tx, obligationsCacheKey);
  });
  ctx.readModels.drop(obligationsCacheKey);
  return getRequest(ctx, id);
}

async function assertMeeting(ctx: Ctx, id: string | null | undefined, field: string) {
  if (!id) return;
  const [found] = await ctx.db.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, id));
  if (!found) throw validationFailed([{ path: field, message: `no meeting ${id} is known` }]);
}

const assertVersion = (row: RequestRow, version: number) => {
  if (row.version !== version)
    throw new AppError('conflict', 'This request was changed by someone else; reload and try again');
};

export async function createRequest(ctx: Ctx, input: z.infer<typeof requestBody>) {
  if (!requestAbilities(ctx.actor, { iso3: input.iso3, status: 'draft' }).edit)
    throw forbidden('Only ISU staff or the State itself draft its requests');
  await assertMeeting(ctx, input.meetingId, 'body.meetingId');
  const { view, earlier } = await contextOf(ctx, input.iso3, input.article);
  if (!view?.applies)
    throw validationFailed([
      {
        path: 'body.article',
        message: `Art. ${input.article} does not apply to this State on the platform's records`,
      },
    ]);
  const id = await ctx.db.transaction(async (tx) => {
    const renews =
      earlier.sort((a, b) => ((a.grantedUntil ?? '') < (b.grantedUntil ?? '') ? -1 : 1)).at(-1)?.id ?? null;
    const [row] = await tx
      .insert(extensionRequests)
      .values({ ...input, status: 'draft', renews, createdBy: ctx.actor?.userId })
      .returning();
    if (!row) throw new Error('request not created');
    await recordAudit(tx, ctx, {
      action: 'extension_request.drafted',
      entityType: 'extension_request',
      entityId: row.id,
      after: input,
    });
    return row.id;
  });
  return getRequest(ctx, id);
}

export const updateRequest = (ctx: Ctx, id: string, input: z.infer<typeof requestUpdateBody>) =>
  step(ctx, id, 'extension_request.edited', 'edit', async (_tx, row) => {
    assertVersion(row, input.version);
    await assertMeeting(ctx, input.meetingId, 'body.meetingId');
    const { version: _v, ...changes } = input;
    return changes;
  });

/** Submission freezes the request; the rules of Art. 3(3)–(4) / Art. 4(5)–(6) must hold. */
export const submitRequest = (ctx: Ctx, id: string, version: number) =>
  step(ctx, id, 'extension_request.submitted', 'submit', async (_tx, row) => {
    assertVersion(row, version);
    const presented = await present(ctx, { ...row, submittedOn: todayUtc() });
    if (presented.checks.errors.length > 0) {
      throw validationFailed(
        presented.checks.errors.map((e) => ({ path: `body.${e.field}`, message: e.message })),
      );
    }
    return { status: 'submitted', submittedOn: todayUtc() };
  });

export const startAnalysis = (ctx: Ctx, id: string) =>
  step(ctx, id, 'extension_request.analysis_started', 'startAnalysis', async () => ({
    status: 'under_analysis',
  }));

export const withdrawRequest = (ctx: Ctx, id: string) =>
  step(ctx, id, 'extension_request.withdrawn', 'withdraw', async () => ({ status: 'withdrawn' }));

export function addComment(ctx: Ctx, id: string, input: z.infer<typeof commentBody>) {
  const needed = input.kind === 'reply' ? 'reply' : 'comment';
  return step(ctx, id, `extension_request.${input.kind}_added`, needed, async (tx, row) => {
    await tx
      .insert(requestComments)
      .values({ requestId: row.id, kind: input.kind, body: input.body, authorId: ctx.actor?.userId });
    return null;
  });
}

/** The meeting's decision sets the new deadline (or not). */
export const decideRequest = (ctx: Ctx, id: string, input: z.infer<typeof decisionBody>) =>
  step(ctx, id, 'extension_request.decided', 'decide', async (_tx, row) => {
    assertVersion(row, input.version);
    await assertMeeting(ctx, input.meetingId, 'body.meetingId');
    const { view } = await contextOf(ctx, row.iso3, row.article, row.id);
    const { deadline, error } = grantedDeadline(
      input.decision,
      row.requestedUntil ?? '',
      view?.currentDeadline ?? '',
      input.grantedUntil,
    );
    if (error) throw validationFailed([{ path: `body.${error.field}`, message: error.message }]);
    return {
      status: 'decided',
      decision: input.decision,
      grantedUntil: deadline,
      decidedOn: input.decidedOn,
      decidedAtMeetingId: input.meetingId,
      decisionDocument: input.document,
    };
  });
