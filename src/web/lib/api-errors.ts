import type { TFunction } from 'i18next';
import { ApiError } from './api';
import type { Namespace } from './i18n';

/** The `t` of any namespace: each falls back to `translation`, where the error messages live. */
type AnyT = TFunction<Namespace>;

export interface FieldIssue {
  path: string;
  message: string;
}

/** The `details.issues` of a validation_failed error, or none. */
export function issuesOf(error: unknown): FieldIssue[] {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return [];
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter(
    (issue): issue is FieldIssue => typeof issue?.path === 'string' && typeof issue?.message === 'string',
  );
}

/**
 * Server messages are English fragments ("must be at least 12 characters"); the ones a person can
 * meet in these forms are translated here, anything else is shown as the server wrote it.
 */
function translateIssue(message: string, t: AnyT): string {
  if (message.startsWith('must be at least 12')) return t('fieldErrors.passwordTooShort');
  if (message.startsWith('must be at most')) return t('fieldErrors.tooLong');
  if (message.startsWith('is too common')) return t('fieldErrors.passwordTooCommon');
  if (message.startsWith('is too repetitive')) return t('fieldErrors.passwordRepetitive');
  if (message.startsWith('must not contain your e-mail')) return t('fieldErrors.passwordContainsEmail');
  if (message.startsWith('is too easy to guess')) return t('fieldErrors.passwordGuessable');
  if (message.startsWith('is not right')) return t('fieldErrors.currentPasswordWrong');
  if (message.startsWith('must be a valid e-mail')) return t('fieldErrors.email');
  if (message.startsWith('must be a 6-digit code')) return t('fieldErrors.codeFormat');
  if (message.startsWith('is not valid, has expired')) return t('fieldErrors.codeRejected');
  if (message.startsWith('does not match; check the clock')) return t('fieldErrors.codeClock');
  if (message.startsWith('is required for a State focal point')) return t('fieldErrors.stateRequired');
  if (message.startsWith('must be an ISO 3166')) return t('fieldErrors.iso3');
  if (message.startsWith('Too small') || message.startsWith('Invalid input')) return t('fieldErrors.invalid');
  return message;
}

/** Field errors keyed by the field name (`body.password` → `password`), translated where known. */
export function fieldErrors(error: unknown, t: AnyT): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of issuesOf(error)) {
    const field = issue.path.replace(/^(body|query|params)\./, '');
    result[field] ??= translateIssue(issue.message, t);
  }
  return result;
}

/** Minutes to wait after a rate_limited error (at least 1). */
export function retryMinutes(error: ApiError): number {
  const seconds = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds / 60) : 1;
}

/** One sentence for an alert, in the interface language, for any failure. */
export function errorText(error: unknown, t: AnyT): string {
  if (!(error instanceof ApiError)) return t('errors.generic');
  switch (error.code) {
    case 'network_error':
      return t('errors.network');
    case 'rate_limited':
      return t('errors.rateLimited', { count: retryMinutes(error) });
    case 'unauthenticated':
      return t('errors.unauthenticated');
    case 'forbidden':
      return t('errors.forbidden');
    case 'not_found':
      return t('errors.notFound');
    case 'conflict':
      return t('errors.conflict');
    case 'validation_failed':
      return t('errors.validation');
    default:
      return error.requestId
        ? t('errors.withRequestId', { requestId: error.requestId })
        : t('errors.generic');
  }
}
