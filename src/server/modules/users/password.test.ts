import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';
import { newRecoveryCodes, normaliseRecoveryCode } from './tokens.js';
import { acceptedStep, currentCode, newTotpSecret } from './totp.js';

describe('password rules', () => {
  it('refuses anything shorter than 12 characters', () => {
    fc.assert(fc.property(fc.string({ maxLength: 11 }), (password) => passwordProblem(password) !== null));
  });

  it('accepts long random passphrases', () => {
    const word = fc.stringMatching(/^[a-z]{5,9}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 4, maxLength: 6 }), (words) => {
        const phrase = words.join(' ');
        fc.pre(!/ccm|isu|cluster|munition|geneva|password|(.)\1{3}/.test(phrase));
        return passwordProblem(phrase) === null;
      }),
    );
  });

  it.each([
    ['qwerty123456', 'is too common; choose another'],
    ['Password2026!!', 'is too common; choose another'],
    ['aaaaaaaaaaaaaa', 'is too repetitive'],
    ['abcabcabcabcabc', 'is too repetitive'],
    ['Cluster-Munition', null],
    ['!!Convention!!', 'is too easy to guess'],
  ])('judges %s', (password, expected) => {
    expect(passwordProblem(password)).toBe(expected);
  });

  it('refuses a password built on the e-mail name', () => {
    expect(passwordProblem('souksavanh-2026-xyz', 'souksavanh@mofa.gov.la')).toBe(
      'must not contain your e-mail name',
    );
  });

  it('counts characters, not bytes, so accented passphrases are judged fairly', () => {
    expect(passwordProblem('éèàçôüéèàçô')).toBe('must be at least 12 characters');
  });

  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('a long enough passphrase');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(hash, 'a long enough passphrase')).toBe(true);
    expect(await verifyPassword(hash, 'a long enough passphrasf')).toBe(false);
    expect(await verifyPassword(null, 'anything')).toBe(false);
  });
});

describe('time-based codes', () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 10, 23, 12, 0, 10);

  it('accepts the current code and one step of drift either way, not more', () => {
    const step = Math.floor(now / 30_000);
    expect(acceptedStep(secret, currentCode(secret, now), now)).toBe(step);
    expect(acceptedStep(secret, currentCode(secret, now - 30_000), now)).toBe(step - 1);
    expect(acceptedStep(secret, currentCode(secret, now + 30_000), now)).toBe(step + 1);
    expect(acceptedStep(secret, currentCode(secret, now - 90_000), now)).toBeNull();
  });

  it('makes ten distinct recovery codes that survive being typed with or without the dash', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
      expect(normaliseRecoveryCode(code.toUpperCase().replace('-', ''))).toBe(normaliseRecoveryCode(code));
    }
  });
});
