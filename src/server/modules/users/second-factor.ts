import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/tx.js';
import { recoveryCodes, users } from './tables.js';
import { newRecoveryCodes, normaliseRecoveryCode, sha256 } from './tokens.js';
import { acceptedStep } from './totp.js';

/**
 * Checks a 6-digit code against the enrolled secret (each code once), or a recovery code (each
 * once). Returns how the person proved it, or null.
 */
export async function verifySecondFactor(
  tx: Tx,
  userId: string,
  code: string,
): Promise<'totp' | 'recovery_code' | null> {
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
  if (!user?.totpSecret) return null;
  if (/^\d{6}$/.test(code.trim())) {
    const step = acceptedStep(user.totpSecret, code.trim());
    if (step === null || (user.totpLastStep !== null && step <= user.totpLastStep)) return null;
    await tx.update(users).set({ totpLastStep: step }).where(eq(users.id, userId));
    return 'totp';
  }
  const [used] = await tx
    .update(recoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, sha256(normaliseRecoveryCode(code))),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning();
  return used ? 'recovery_code' : null;
}

/** Replaces a user's recovery codes with ten new ones, returned once in clear. */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx
    .insert(recoveryCodes)
    .values(codes.map((code) => ({ userId, codeHash: sha256(normaliseRecoveryCode(code)) })));
  return codes;
}
