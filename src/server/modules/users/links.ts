import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/tx.js';
import type { Ctx } from '../../http/context.js';
import { queueMail } from '../../mail/outbox.js';
import { invitationMail, passwordResetMail, roleNames } from '../../mail/templates.js';
import { type users, userTokens } from './tables.js';
import { newToken, sha256 } from './tokens.js';

type UserRow = typeof users.$inferSelect;
export type LinkPurpose = 'invitation' | 'password_reset';

const lifetimes: Record<LinkPurpose, ReturnType<typeof sql>> = {
  invitation: sql`now() + interval '7 days'`,
  password_reset: sql`now() + interval '1 hour'`,
};
/** The token travels in the fragment, which browsers never send to a server or put in its logs. */
const paths: Record<LinkPurpose, string> = { invitation: '/invitation#', password_reset: '/reset-password#' };

/** Issues a single-use link (replacing earlier unused ones of that purpose) and returns its URL. */
export async function issueLink(tx: Tx, ctx: Pick<Ctx, 'env'>, user: UserRow, purpose: LinkPurpose) {
  await tx
    .delete(userTokens)
    .where(and(eq(userTokens.userId, user.id), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt)));
  const { token, hash } = newToken();
  await tx
    .insert(userTokens)
    .values({ tokenHash: hash, userId: user.id, purpose, expiresAt: lifetimes[purpose] });
  return `${ctx.env.publicUrl}${paths[purpose]}${token}`;
}

export async function mailLink(tx: Tx, ctx: Pick<Ctx, 'env'>, user: UserRow, purpose: LinkPurpose) {
  const link = await issueLink(tx, ctx, user, purpose);
  const language = user.language;
  const content =
    purpose === 'invitation'
      ? invitationMail[language]({ name: user.name, link, role: roleNames[language][user.role] ?? user.role })
      : passwordResetMail[language]({ name: user.name, link });
  await queueMail(tx, ctx.env.mailMode, { recipient: user.email, language, kind: purpose, ...content });
  return link;
}

/** The live token of that purpose, or null when unknown, used or expired. */
export async function findLiveToken(db: Queryable, token: string, purpose?: LinkPurpose) {
  const [row] = await db
    .select()
    .from(userTokens)
    .where(
      and(
        eq(userTokens.tokenHash, sha256(token)),
        isNull(userTokens.usedAt),
        gt(userTokens.expiresAt, sql`now()`),
        purpose ? eq(userTokens.purpose, purpose) : undefined,
      ),
    );
  return row ?? null;
}
