import { z } from 'zod';
import { eventTypes } from '../../domain/treaty/kinds.js';
import { iso3, isoDate } from './common.js';

/** The largest status page accepted (the CCM page saved on 3 February 2026 is 171 KB). */
export const depositaryPageMaxBytes = 5 * 1024 * 1024;

export const depositaryChangeKinds = [
  /** The page records an event the platform does not: can be applied. */
  'new_event',
  /** Same event, another date: can be applied (the recorded event is corrected). */
  'changed_date',
  /** Another deposit type (e.g. acceptance instead of ratification): can be applied. */
  'changed_type',
  /** A participant whose name matches no State of the platform: reported, never guessed. */
  'unknown_name',
  /** A recorded event the page (as at its date) does not show: reported only; imports never delete. */
  'missing_from_page',
  /** In brackets (withdrawn) on the page, with no withdrawal date the import can read: reported only. */
  'unrecorded_withdrawal',
] as const;
export type DepositaryChangeKind = (typeof depositaryChangeKinds)[number];

export const depositaryEvent = z
  .object({
    type: z.enum(eventTypes),
    date: isoDate,
    effectiveDate: isoDate.nullable(),
    notification: z.string().nullable(),
  })
  .meta({ id: 'DepositaryEvent' });

export const depositaryChange = z
  .object({
    id: z
      .string()
      .meta({ description: 'Stable for the same page and records, e.g. `LTU:signature`, `TON:deposit`' }),
    iso3: iso3.nullable(),
    name: z.string().meta({ description: 'The participant as the page names it' }),
    kind: z.enum(depositaryChangeKinds),
    eventType: z.enum(eventTypes).nullable(),
    current: depositaryEvent.nullable().meta({ description: 'What the platform records now' }),
    proposed: depositaryEvent.nullable().meta({ description: 'What the page records' }),
    applicable: z.boolean().meta({ description: 'Whether staff can select it for apply' }),
  })
  .meta({ id: 'DepositaryChange' });
export type DepositaryChange = z.infer<typeof depositaryChange>;

export const depositaryPreviewBody = z
  .object({
    html: z
      .string()
      .min(1)
      .max(depositaryPageMaxBytes)
      .meta({ description: 'The status page of MTDSG XXVI-6 saved from treaties.un.org, as HTML text' }),
  })
  .meta({ id: 'DepositaryImportPreviewBody' });

export const depositaryPreview = z
  .object({
    statusAsAt: isoDate.nullable(),
    participants: z.number().int(),
    changes: z.array(depositaryChange),
  })
  .meta({ id: 'DepositaryImportPreview' });
export type DepositaryPreview = z.infer<typeof depositaryPreview>;

export const depositaryApplyBody = depositaryPreviewBody
  .extend({ changeIds: z.array(z.string().min(1).max(100)).min(1).max(2000) })
  .meta({ id: 'DepositaryImportApplyBody' });

export const depositaryApplyResult = z
  .object({
    statusAsAt: isoDate.nullable(),
    applied: z.array(depositaryChange),
    unchanged: z
      .array(z.string())
      .meta({ description: 'Selected ids with nothing left to do: the records already match the page' }),
  })
  .meta({ id: 'DepositaryImportApplyResult' });
export type DepositaryApplyResult = z.infer<typeof depositaryApplyResult>;

/** One refused change of an apply, in the `details.refused` of the 400 answer. */
export const depositaryRefusal = z.object({ id: z.string(), reasons: z.array(z.string()) });
export type DepositaryRefusal = z.infer<typeof depositaryRefusal>;
