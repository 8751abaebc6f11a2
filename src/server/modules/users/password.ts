import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. */
const argonOptions = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, argonOptions);

/** Verifies against a dummy hash when the account is unknown, so timing reveals nothing. */
const dummyHash = hash('not-a-real-password-at-all', argonOptions);
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash ?? (await dummyHash), password);
  } catch {
    return false;
  }
}

const commonPasswords = new Set<string>(
  (dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()),
);
const guessableWords = ['cluster', 'munition', 'convention', 'geneva', 'password', 'ccm', 'isu'];

/**
 * Length and a blocklist, as NIST SP 800-63B advises, instead of composition rules. Also refuses
 * a common password with digits or symbols added at either end ("Password2026!"), the user's
 * own e-mail name, and words of this site.
 */
export function passwordProblem(password: string, email?: string): string | null {
  if ([...password].length < 12) return 'must be at least 12 characters';
  if (password.length > 200) return 'must be at most 200 characters';
  const lower = password.toLowerCase();
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  if (commonPasswords.has(lower) || commonPasswords.has(core)) return 'is too common; choose another';
  if (/^(.)\1+$/.test(lower) || /^(.{1,3})\1+$/.test(lower)) return 'is too repetitive';
  const emailName = email?.split('@')[0]?.toLowerCase();
  if (emailName && emailName.length >= 4 && lower.includes(emailName))
    return 'must not contain your e-mail name';
  if (guessableWords.some((word) => core === word || core.replace(/[\W_]+/g, '') === word)) {
    return 'is too easy to guess';
  }
  return null;
}
