import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type ErrorBody, type ErrorCode, errorStatus, type FieldIssue } from '../../shared/errors.js';

/** A failure a service reports on purpose; anything else is an internal error. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this') => new AppError('forbidden', message);
export const validationFailed = (issues: FieldIssue[]) =>
  new AppError('validation_failed', issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '), {
    issues,
  });

export function errorBody(
  request: FastifyRequest,
  code: ErrorCode,
  message: string,
  details?: unknown,
): ErrorBody {
  return { error: { code, message, ...(details === undefined ? {} : { details }) }, requestId: request.id };
}

export function sendError(reply: FastifyReply, code: ErrorCode, message: string, details?: unknown) {
  return reply.status(errorStatus[code]).send(errorBody(reply.request, code, message, details));
}

const frameworkCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_REQ_FILE_TOO_LARGE: 'payload_too_large',
  FST_FILES_LIMIT: 'validation_failed',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'validation_failed',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'validation_failed',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation_failed',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'validation_failed',
  FST_ERR_CTP_INVALID_JSON_BODY: 'validation_failed',
};

function statusToCode(status: number): ErrorCode {
  const found = (Object.entries(errorStatus) as [ErrorCode, number][]).find(([, s]) => s === status);
  return found ? found[0] : status < 500 ? 'validation_failed' : 'internal';
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      const retryAfter = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
      if (error.code === 'rate_limited' && retryAfter) reply.header('retry-after', String(retryAfter));
      return sendError(reply, error.code, error.message, error.details);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((issue) => ({
        path: [error.validationContext, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
        message: issue.message ?? 'is invalid',
      }));
      return sendError(reply, 'validation_failed', issues.map((i) => `${i.path}: ${i.message}`).join('; '), {
        issues,
      });
    }
    const mapped = error.code ? frameworkCodes[error.code] : undefined;
    if (mapped) return sendError(reply, mapped, error.message);
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return sendError(reply, statusToCode(status), error.message);
    request.log.error({ err: error }, 'unhandled error');
    return sendError(
      reply,
      'internal',
      'Something went wrong on our side. Quote the request id if you report it.',
    );
  });
}
