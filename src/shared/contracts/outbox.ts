import { z } from 'zod';
import { instant, pageOf, pageQuery } from './common.js';

export const mailStatuses = ['pending', 'sent', 'failed', 'held'] as const;

export const outboxMessage = z
  .object({
    id: z.uuid(),
    recipient: z.string(),
    subject: z.string(),
    body: z.string(),
    language: z.string(),
    kind: z.string(),
    status: z.enum(mailStatuses),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: instant,
    sentAt: instant.nullable(),
  })
  .meta({ id: 'OutboxMessage' });

export const outboxQuery = pageQuery.extend({
  status: z.enum(mailStatuses).optional(),
  q: z.string().trim().max(200).optional(),
});
export const outboxList = pageOf(outboxMessage);
