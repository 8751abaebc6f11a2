import { z } from 'zod';
import { depositTypes, eventTypes, treatyStatuses } from '../../domain/treaty/kinds.js';
import { abilities, iso3, isoDate } from './common.js';

export const ccmRegions = ['africa', 'americas', 'asia_pacific', 'europe'] as const;
export const m49Regions = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;

export const stateNames = z.object({ en: z.string(), fr: z.string(), es: z.string() });

export const stateSummary = z
  .object({
    iso3,
    name: z.string(),
    names: stateNames,
    status: z.enum(treatyStatuses),
    region: z.string(),
    ccmRegion: z.enum(ccmRegions),
    signatureDate: isoDate.nullable(),
    depositDate: isoDate.nullable(),
    depositType: z.enum(depositTypes).nullable(),
    entryIntoForce: isoDate.nullable(),
  })
  .meta({ id: 'StateSummary' });
export type StateSummary = z.infer<typeof stateSummary>;

export const stateListQuery = z.object({
  status: z.enum(treatyStatuses).optional(),
  region: z.enum(m49Regions).optional(),
  ccmRegion: z.enum(ccmRegions).optional(),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .meta({ description: 'name in English, French or Spanish, or ISO3 code' }),
  asOf: isoDate.optional().meta({ description: 'status on this date (default: today)' }),
  lang: z.enum(['en', 'fr', 'es']).default('en').meta({ description: 'language of `name`' }),
});
export const stateList = z.object({ items: z.array(stateSummary), total: z.number().int(), asOf: isoDate });

export const treatyEvent = z
  .object({
    id: z.uuid(),
    type: z.enum(eventTypes),
    date: isoDate,
    effectiveDate: isoDate.nullable(),
    notification: z.string().nullable(),
    detail: z.string().nullable(),
    source: z.string(),
  })
  .meta({ id: 'TreatyEvent' });

export const treatyDates = z
  .object({
    entryIntoForce: isoDate,
    initialReportDue: isoDate,
    article3Deadline: isoDate,
    article4Deadline: isoDate,
  })
  .meta({ id: 'TreatyDates' });

export const stateDetail = stateSummary
  .extend({
    events: z.array(treatyEvent),
    withdrawalEffective: isoDate.nullable(),
    dates: treatyDates.nullable(),
    abilities,
  })
  .meta({ id: 'StateDetail' });

export const newTreatyEvent = z.object({
  type: z.enum(eventTypes),
  date: isoDate,
  effectiveDate: isoDate.nullable().default(null),
  notification: z
    .string()
    .trim()
    .regex(/^C\.N\.\d+\.\d{4}\.TREATIES-[\w-]+$/, 'must look like C.N.347.2024.TREATIES-XXVI-6')
    .nullable()
    .default(null),
  detail: z.string().trim().max(2000).nullable().default(null),
  source: z.string().trim().min(1).max(500).default('Recorded by the ISU'),
});

export const datesQuery = z.object({ deposit: isoDate });

const statusCounts = z.record(z.enum(treatyStatuses), z.number().int());
export const universalization = z
  .object({
    asOf: isoDate,
    parties: z
      .number()
      .int()
      .meta({ description: 'instrument deposited, not withdrawn (as the Depositary counts)' }),
    inForce: z.number().int(),
    byStatus: statusCounts,
    byRegion: z.array(z.object({ region: z.string(), byStatus: statusCounts })),
    byCcmRegion: z.array(z.object({ region: z.enum(ccmRegions), byStatus: statusCounts })),
    partiesByYear: z.array(
      z.object({ year: z.number().int(), parties: z.number().int(), inForce: z.number().int() }),
    ),
    targets: z.array(
      z.object({
        id: z.uuid(),
        label: z.string(),
        parties: z.number().int(),
        byDate: isoDate,
        source: z.string(),
        version: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'Universalization' });

export const targetBody = z.object({
  version: z.number().int(),
  label: z.string().trim().min(1).max(200),
  parties: z.number().int().min(1).max(250),
  byDate: isoDate,
  source: z.string().trim().min(1).max(500),
});
