import { z } from 'zod';
import { languages, roles } from '../roles.js';
import { abilities, instant, iso3 } from './common.js';

export const email = z
  .email('must be a valid e-mail address')
  .max(254)
  .transform((value) => value.toLowerCase());

/** Length and a list of common passwords, as NIST SP 800-63B advises; no composition rules. */
export const newPassword = z
  .string()
  .min(12, 'must be at least 12 characters')
  .max(200, 'must be at most 200 characters');

export const totpCode = z
  .string()
  .trim()
  .regex(/^(\d{6}|[a-z0-9]{5}-?[a-z0-9]{5})$/i, 'must be a 6-digit code or a recovery code');

export const currentUser = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: z.enum(roles),
    stateIso3: iso3.nullable(),
    language: z.enum(languages),
    totpEnabled: z.boolean(),
    abilities,
  })
  .meta({ id: 'CurrentUser' });
export type CurrentUser = z.infer<typeof currentUser>;

export const signInBody = z.object({ email, password: z.string().min(1).max(200) });

/** Sign-in is one or two steps: password, then a code when a second factor is enrolled or required. */
export const signInResult = z
  .discriminatedUnion('status', [
    z.object({ status: z.literal('signed_in'), user: currentUser }),
    z.object({ status: z.literal('totp_required') }),
    z.object({ status: z.literal('totp_enrolment_required') }),
  ])
  .meta({ id: 'SignInResult' });
export type SignInResult = z.infer<typeof signInResult>;

export const totpBody = z.object({ code: totpCode });

export const sessionInfo = z.object({
  id: z.string(),
  createdAt: instant,
  lastSeenAt: instant,
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});

export const passwordChangeBody = z.object({ currentPassword: z.string().min(1).max(200), newPassword });
export const profileBody = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  language: z.enum(languages).optional(),
});

export const totpEnrolment = z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() });
export const recoveryCodes = z.object({ recoveryCodes: z.array(z.string()).length(10) });

export const passwordResetRequestBody = z.object({ email });
export const tokenPasswordBody = z.object({ token: z.string().min(20).max(200), password: newPassword });
export const tokenInfo = z.object({
  email: z.string(),
  name: z.string(),
  purpose: z.enum(['invitation', 'password_reset']),
});
