import { z } from 'zod';

/** The closed set of error codes every API failure uses; the web client switches on them. */
export const errorCodes = [
  'not_found',
  'forbidden',
  'unauthenticated',
  'validation_failed',
  'conflict',
  'invalid_state',
  'rate_limited',
  'payload_too_large',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const errorStatus: Record<ErrorCode, number> = {
  not_found: 404,
  forbidden: 403,
  unauthenticated: 401,
  validation_failed: 400,
  conflict: 409,
  invalid_state: 409,
  rate_limited: 429,
  payload_too_large: 413,
  internal: 500,
};

/** One problem with one field of a request, e.g. `{ path: 'body.email', message: 'Invalid email' }`. */
export const fieldIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string(),
      details: z.unknown().optional(),
    }),
    requestId: z.string(),
  })
  .meta({ id: 'ErrorBody' });
export type ErrorBody = z.infer<typeof errorBodySchema>;
