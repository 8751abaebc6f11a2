import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';

const issuer = 'CCM ISU';
const period = 30;

function totpFor(secret: string, label: string) {
  return new OTPAuth.TOTP({
    issuer,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period,
    secret: OTPAuth.Secret.fromBase32(secret),
  });
}

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

export async function enrolmentFor(secret: string, email: string) {
  const otpauthUrl = totpFor(secret, email).toString();
  const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, otpauthUrl, qrSvg };
}

/**
 * The time step of a valid code (one step of clock drift allowed either way), or null. Callers
 * refuse a step not later than the last one accepted, so a code cannot be replayed.
 */
export function acceptedStep(secret: string, code: string, now = Date.now()): number | null {
  const delta = totpFor(secret, 'x').validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  return Math.floor(now / 1000 / period) + delta;
}

/** For demo accounts and tests: the code an authenticator app would show now. */
export function currentCode(secret: string, now = Date.now()): string {
  return totpFor(secret, 'x').generate({ timestamp: now });
}
