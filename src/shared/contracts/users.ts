import { z } from 'zod';
import { languages, roles } from '../roles.js';
import { email } from './auth.js';
import { abilities, instant, iso3, pageOf, pageQuery } from './common.js';

export const userStatuses = ['invited', 'active', 'deactivated'] as const;

export const userSummary = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: z.enum(roles),
    stateIso3: iso3.nullable(),
    language: z.enum(languages),
    status: z.enum(userStatuses),
    totpEnabled: z.boolean(),
    lastSignInAt: instant.nullable(),
    createdAt: instant,
    version: z.number().int(),
    abilities,
  })
  .meta({ id: 'User' });
export type UserSummary = z.infer<typeof userSummary>;

export const userListQuery = pageQuery.extend({
  q: z.string().trim().max(200).optional(),
  role: z.enum(roles).optional(),
  stateIso3: iso3.optional(),
  status: z.enum(userStatuses).optional(),
  sort: z.enum(['name', 'email', 'role', 'createdAt', 'lastSignInAt']).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export const userList = pageOf(userSummary);

/** A focal point must name its State; other roles must not. */
function stateMatchesRole(value: { role?: string; stateIso3?: string | null }, context: z.RefinementCtx) {
  if (value.role === 'state_focal_point' && !value.stateIso3) {
    context.addIssue({ code: 'custom', path: ['stateIso3'], message: 'is required for a State focal point' });
  }
  if (value.role && value.role !== 'state_focal_point' && value.stateIso3) {
    context.addIssue({ code: 'custom', path: ['stateIso3'], message: 'is only for State focal points' });
  }
}

export const inviteBody = z
  .object({
    email,
    name: z.string().trim().min(1).max(200),
    role: z.enum(roles),
    stateIso3: iso3.nullable().default(null),
    language: z.enum(languages).default('en'),
  })
  .superRefine(stateMatchesRole);

export const updateUserBody = z
  .object({
    version: z.number().int(),
    name: z.string().trim().min(1).max(200).optional(),
    role: z.enum(roles).optional(),
    stateIso3: iso3.nullable().optional(),
    language: z.enum(languages).optional(),
  })
  .superRefine(stateMatchesRole);
