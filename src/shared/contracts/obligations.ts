import { z } from 'zod';
import {
  decisions,
  extensionArticles,
  factKinds,
  nationalMeasures,
  obligationArticles,
  obligationStatuses,
  requestStatuses,
} from '../../domain/obligations/kinds.js';
import { abilities, asOfDate, instant, iso3, isoDate } from './common.js';

const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .meta({ description: 'a date known to the year, month or day' });

export const obligationExtension = z.object({
  requestedOn: isoDate.nullable(),
  requestedUntil: isoDate.nullable(),
  decision: z.enum(decisions).nullable(),
  grantedUntil: isoDate.nullable(),
  decidedAt: z.string().nullable(),
});

export const obligation = z
  .object({
    article: z.enum(obligationArticles),
    applies: z.boolean(),
    originalDeadline: isoDate.nullable(),
    currentDeadline: isoDate.nullable(),
    status: z.enum(obligationStatuses),
    completedOn: partialDate.nullable(),
    extensions: z.array(obligationExtension),
  })
  .meta({ id: 'Obligation' });

export const asOfQuery = z.object({
  asOf: asOfDate.optional().meta({ description: 'default: today; at most the end of next year' }),
});
export const stateObligations = z
  .object({ iso3, asOf: isoDate, items: z.array(obligation) })
  .meta({ id: 'StateObligations' });

export const obligationListQuery = asOfQuery.extend({
  status: z.enum(obligationStatuses).optional(),
  article: z.enum(obligationArticles).optional(),
  state: iso3.optional(),
  ccmRegion: z.enum(['africa', 'americas', 'asia_pacific', 'europe']).optional(),
});
export const obligationRow = obligation
  .extend({ iso3, name: z.string(), ccmRegion: z.string() })
  .meta({ id: 'ObligationRow' });
export const obligationList = z.object({
  asOf: isoDate,
  items: z.array(obligationRow),
  total: z.number().int(),
});

export const factBody = z.object({
  kind: z.enum(factKinds),
  applies: z.boolean(),
  date: isoDate.meta({ description: 'when this became known or true' }),
  endOfHostilities: isoDate
    .nullable()
    .default(null)
    .meta({ description: 'Art. 4(1)(b): contamination that arose after entry into force' }),
  years: z
    .array(z.number().int().min(2008).max(2100))
    .max(100)
    .nullable()
    .default(null)
    .meta({ description: 'retention: the years' }),
  source: z.string().trim().min(1).max(500),
  note: z.string().trim().max(2000).nullable().default(null),
});
export const fact = factBody.extend({ id: z.uuid(), iso3, createdAt: instant });

export const completionBody = z.object({
  article: z.enum(extensionArticles),
  date: partialDate.nullable().default(null),
  before: isoDate.nullable().default(null).meta({ description: 'when only an upper bound is known' }),
  meeting: z.string().trim().max(100).nullable().default(null),
  document: z.string().trim().max(200).nullable().default(null),
  source: z.string().trim().min(1).max(500),
});
export const completion = completionBody.extend({ id: z.uuid(), iso3 });

export const nationalMeasuresBody = z.object({
  status: z.enum(nationalMeasures),
  instrument: z.string().trim().max(500).nullable().default(null),
  date: isoDate.nullable().default(null),
  source: z.string().trim().min(1).max(500),
});

export const victimAssistanceBody = z.object({
  focalPoint: z
    .string()
    .trim()
    .max(500)
    .nullable()
    .default(null)
    .meta({ description: 'the designated government focal point (Art. 5(2)(g))' }),
  nationalPlan: z
    .string()
    .trim()
    .max(1000)
    .nullable()
    .default(null)
    .meta({ description: 'the national plan and budget (Art. 5(2)(c))' }),
  planDate: isoDate.nullable().default(null),
  source: z.string().trim().min(1).max(500),
});

export const submissionBody = z.object({
  kind: z.enum(['initial', 'annual', 'retention']),
  year: z
    .number()
    .int()
    .min(2008)
    .max(2100)
    .nullable()
    .default(null)
    .meta({ description: 'annual: the year it fell due; retention: the year of retention' }),
  submittedOn: isoDate,
  source: z.string().trim().min(1).max(500),
});

export const stateFacts = z.object({
  facts: z.array(fact),
  completions: z.array(completion),
  nationalMeasures: nationalMeasuresBody.extend({ version: z.number().int() }).nullable(),
  victimAssistance: victimAssistanceBody.extend({ version: z.number().int() }).nullable(),
  submissions: z.array(submissionBody.extend({ id: z.uuid() })),
  abilities,
});

export const meeting = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    startDate: isoDate,
    endDate: isoDate,
    place: z.string(),
  })
  .meta({ id: 'Meeting' });

const checklist = z.record(z.string().regex(/^[a-i]$/), z.string().max(20_000));
export const requestBody = z.object({
  iso3,
  article: z.enum(extensionArticles),
  requestedUntil: isoDate.nullable().default(null),
  exceptionalCircumstances: z.string().max(20_000).nullable().default(null),
  contents: checklist.default({}),
  meetingId: z.string().max(20).nullable().default(null),
});
// Its own fields, not requestBody.partial(): defaults would turn an omitted field into null.
export const requestUpdateBody = z.object({
  version: z.number().int(),
  requestedUntil: isoDate.nullable().optional(),
  exceptionalCircumstances: z.string().max(20_000).nullable().optional(),
  contents: checklist.optional(),
  meetingId: z.string().max(20).nullable().optional(),
});

export const requestComment = z.object({
  id: z.uuid(),
  kind: z.enum(['comment', 'question', 'reply']),
  body: z.string(),
  authorName: z.string().nullable(),
  authorRole: z.string().nullable(),
  createdAt: instant,
});
export const commentBody = z.object({
  kind: z.enum(['comment', 'question', 'reply']),
  body: z.string().trim().min(1).max(20_000),
});

export const decisionBody = z.object({
  version: z.number().int(),
  decision: z.enum(decisions),
  grantedUntil: isoDate.nullable().default(null),
  meetingId: z.string().max(20).nullable().default(null),
  decidedOn: isoDate,
  document: z.string().trim().max(200).nullable().default(null),
});

export const extensionRequest = z
  .object({
    id: z.uuid(),
    iso3,
    stateName: z.string(),
    article: z.enum(extensionArticles),
    status: z.enum(requestStatuses),
    currentDeadline: isoDate.nullable(),
    requestedUntil: isoDate.nullable(),
    submittedOn: isoDate.nullable(),
    exceptionalCircumstances: z.string().nullable(),
    contents: z.record(z.string(), z.string()),
    meeting: meeting.nullable(),
    decision: z.enum(decisions).nullable(),
    grantedUntil: isoDate.nullable(),
    decidedOn: isoDate.nullable(),
    decidedAt: meeting.nullable(),
    decisionDocument: z.string().nullable(),
    renews: z.uuid().nullable(),
    checks: z.object({
      errors: z.array(z.object({ field: z.string(), message: z.string() })),
      warnings: z.array(z.object({ field: z.string(), message: z.string() })),
    }),
    comments: z.array(requestComment),
    version: z.number().int(),
    abilities,
  })
  .meta({ id: 'ExtensionRequest' });
export const extensionRequestList = z.object({
  items: z.array(extensionRequest.omit({ comments: true, contents: true })),
});

export const requestAttachment = z
  .object({
    id: z.uuid(),
    item: z.string(),
    filename: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    createdAt: instant,
  })
  .meta({ id: 'RequestAttachment' });
