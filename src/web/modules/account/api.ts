import { apiGet, apiSend } from '../../lib/api';
import type { CurrentUser } from '../../lib/auth';
import type { LanguageCode } from '../../lib/languages';

export type SignInResult =
  | { status: 'signed_in'; user: CurrentUser }
  | { status: 'totp_required' }
  | { status: 'totp_enrolment_required' };

export interface TokenInfo {
  email: string;
  name: string;
  purpose: 'invitation' | 'password_reset';
}

export interface TotpEnrolment {
  secret: string;
  otpauthUrl: string;
  qrSvg: string;
}

export interface SessionInfo {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

export const accountKeys = {
  sessions: ['account', 'sessions'] as const,
  enrolment: ['account', 'totp-enrolment'] as const,
  token: (token: string) => ['account', 'token', token] as const,
};

export const signIn = (body: { email: string; password: string }) =>
  apiSend<SignInResult>('POST', '/auth/sign-in', body);

export const submitTotp = (code: string) =>
  apiSend<{ status: 'signed_in'; user: CurrentUser }>('POST', '/auth/totp', { code });

export const requestPasswordReset = (email: string) =>
  apiSend<void>('POST', '/auth/password-reset', { email });

/** POST so the token never appears in a URL (logs, history, Referer). */
export const describeToken = (token: string) =>
  apiSend<TokenInfo>('POST', '/auth/tokens/describe', { token });

export const setPasswordWithToken = (purpose: TokenInfo['purpose'], token: string, password: string) =>
  apiSend<void>(
    'POST',
    purpose === 'invitation' ? '/auth/invitations/accept' : '/auth/password-reset/complete',
    { token, password },
  );

export const updateProfile = (body: { name?: string; language?: LanguageCode }) =>
  apiSend<CurrentUser>('PATCH', '/account', body);

export const changePassword = (body: { currentPassword: string; newPassword: string }) =>
  apiSend<void>('POST', '/account/password', body);

export const listSessions = (signal?: AbortSignal) =>
  apiGet<{ items: SessionInfo[] }>('/account/sessions', { signal });

export const endSession = (id: string) =>
  apiSend<void>('DELETE', `/account/sessions/${encodeURIComponent(id)}`);

export const signOutEverywhere = () => apiSend<void>('POST', '/account/sign-out-everywhere');

export const startTotpEnrolment = () => apiSend<TotpEnrolment>('POST', '/account/totp/enrol');

export const confirmTotpEnrolment = (code: string) =>
  apiSend<{ recoveryCodes: string[] }>('POST', '/account/totp/confirm', { code });

export const replaceRecoveryCodes = (code: string) =>
  apiSend<{ recoveryCodes: string[] }>('POST', '/account/totp/recovery-codes', { code });
