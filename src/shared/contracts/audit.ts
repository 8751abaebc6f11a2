import { z } from 'zod';
import { instant, pageOf, pageQuery } from './common.js';

export const auditEvent = z
  .object({
    id: z.string(),
    occurredAt: instant,
    actorId: z.string().nullable(),
    actorEmail: z.string().nullable(),
    actorRole: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
    ip: z.string().nullable(),
  })
  .meta({ id: 'AuditEvent' });

export const auditQuery = pageQuery.extend({
  actor: z.string().trim().max(254).optional().meta({ description: 'user id or e-mail' }),
  action: z
    .string()
    .trim()
    .max(100)
    .optional()
    .meta({ description: 'exact action, or a prefix ending in "."' }),
  entityType: z.string().trim().max(100).optional(),
  entityId: z.string().trim().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export const auditList = pageOf(auditEvent);
