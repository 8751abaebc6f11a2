import { z } from 'zod';
import {
  activityKinds,
  type ccmRegionCodes,
  outreachLimits as limitsOf,
  outreachPriorities,
  outreachSorts,
  outreachStatuses,
} from '../outreach.js';
import { abilities, instant, iso3, isoDate } from './common.js';
import { ccmRegions, stateNames } from './states.js';

/**
 * Outreach to States not yet party (Lausanne Action Plan, Actions 10–11): restricted to ISU staff
 * and coordinators, never shown to focal points or the public.
 */
export * from '../outreach.js';

// The web app's Zod-free copy of the regions must stay the same list.
type Region = (typeof ccmRegions)[number];
type SameList<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const regionsAgree: SameList<Region, (typeof ccmRegionCodes)[number]> = true;

export const outreachListQuery = z.object({
  status: z.enum(outreachStatuses).optional(),
  ccmRegion: z.enum(ccmRegions).optional(),
  priority: z
    .enum([...outreachPriorities, 'none'])
    .optional()
    .meta({ description: '`none`: no priority set yet' }),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .meta({ description: 'name in English, French or Spanish, or ISO3 code' }),
  sort: z
    .enum(outreachSorts)
    .default('priority')
    .meta({ description: '`priority`: priority, then earliest due next step' }),
  order: z.enum(['asc', 'desc']).default('asc'),
  lang: z.enum(['en', 'fr', 'es']).default('en').meta({ description: 'language of `name`' }),
});
export type OutreachListQuery = z.infer<typeof outreachListQuery>;

const owner = {
  ownerUserId: z.uuid().nullable(),
  ownerText: z.string().nullable(),
  /** The owner's account name, or the free-text owner. */
  ownerName: z.string().nullable(),
};

export const nextStepSummary = z.object({
  id: z.uuid(),
  description: z.string(),
  dueDate: isoDate,
  ownerName: owner.ownerName,
});

export const outreachListItem = z
  .object({
    iso3,
    name: z.string(),
    status: z.enum(outreachStatuses),
    ccmRegion: z.enum(ccmRegions),
    signatureDate: isoDate.nullable(),
    priority: z.enum(outreachPriorities).nullable(),
    lastActivityDate: isoDate.nullable(),
    openSteps: z.number().int(),
    nextStep: nextStepSummary.nullable(),
  })
  .meta({ id: 'OutreachListItem' });
export type OutreachListItem = z.infer<typeof outreachListItem>;
export const outreachList = z.object({
  items: z.array(outreachListItem),
  total: z.number().int(),
  asOf: isoDate,
});

export const outreachProfile = z
  .object({
    priority: z.enum(outreachPriorities),
    summaryMd: z.string(),
    version: z.number().int(),
    updatedAt: instant,
    updatedByName: z.string().nullable(),
  })
  .meta({ id: 'OutreachProfile' });
export type OutreachProfile = z.infer<typeof outreachProfile>;

export const outreachActivity = z
  .object({
    id: z.uuid(),
    iso3,
    date: isoDate,
    kind: z.enum(activityKinds),
    who: z.string(),
    notes: z.string(),
    createdByName: z.string().nullable(),
    createdAt: instant,
    version: z.number().int(),
  })
  .meta({ id: 'OutreachActivity' });
export type OutreachActivity = z.infer<typeof outreachActivity>;

export const outreachNextStep = z
  .object({
    id: z.uuid(),
    iso3,
    description: z.string(),
    dueDate: isoDate,
    ...owner,
    doneAt: instant.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'OutreachNextStep' });
export type OutreachNextStep = z.infer<typeof outreachNextStep>;

export const outreachDetail = z
  .object({
    iso3,
    name: z.string(),
    names: stateNames,
    status: z.enum(['signatory', 'not_party', 'withdrawn', 'state_party', 'party_not_in_force']),
    ccmRegion: z.enum(ccmRegions),
    signatureDate: isoDate.nullable(),
    /** Null until someone sets a priority or writes a summary. */
    profile: outreachProfile.nullable(),
    activities: z.array(outreachActivity),
    nextSteps: z.array(outreachNextStep),
    /** `edit` is false once the State is a Party: its outreach history stays readable, unchanged. */
    abilities,
  })
  .meta({ id: 'OutreachDetail' });
export type OutreachDetail = z.infer<typeof outreachDetail>;

export const outreachOwner = z.object({ id: z.uuid(), name: z.string(), role: z.string() });
export type OutreachOwner = z.infer<typeof outreachOwner>;
export const outreachOwners = z.object({ items: z.array(outreachOwner) });

const version = z.number().int().min(1);
const text = (max: number) => z.string().trim().max(max);

export const profileBody = z.object({
  /** The version read; leave out only when creating the profile. */
  version: version.optional(),
  priority: z.enum(outreachPriorities),
  summaryMd: z.string().max(limitsOf.summaryMd).default(''),
});

const activityFields = {
  date: isoDate,
  kind: z.enum(activityKinds),
  who: text(limitsOf.who).min(1),
  notes: text(limitsOf.notes),
};
export const newActivityBody = z.object({ ...activityFields, notes: activityFields.notes.default('') });
// Not `.partial()` of the above: a default would fill in fields the client did not send.
export const updateActivityBody = z.object(activityFields).partial().extend({ version });

const ownerFields = {
  ownerUserId: z.uuid().nullable().optional().meta({ description: 'an ISU staff member or coordinator' }),
  ownerText: text(limitsOf.ownerText)
    .min(1)
    .nullable()
    .optional()
    .meta({ description: 'or a named person or body' }),
};
const oneOwner = (body: { ownerUserId?: string | null; ownerText?: string | null }) =>
  !(body.ownerUserId && body.ownerText);
const oneOwnerMessage = { message: 'give either ownerUserId or ownerText, not both', path: ['ownerText'] };

export const newNextStepBody = z
  .object({ description: text(limitsOf.description).min(1), dueDate: isoDate, ...ownerFields })
  .refine(oneOwner, oneOwnerMessage);
export const updateNextStepBody = z
  .object({
    version,
    description: text(limitsOf.description).min(1).optional(),
    dueDate: isoDate.optional(),
    ...ownerFields,
    done: z.boolean().optional().meta({ description: 'true marks the step done now; false reopens it' }),
  })
  .refine(oneOwner, oneOwnerMessage);

export const versionQuery = z.object({ version: z.coerce.number().int().min(1) });
export const outreachItemParams = z.object({ iso3, id: z.uuid() });
