import { z } from 'zod';
import { limits } from '../limits.js';

export const iso3 = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be an ISO 3166 alpha-3 code in capitals, e.g. LAO')
  .meta({ description: 'ISO 3166-1 alpha-3 code' });

export const isoDate = z.iso.date().meta({ description: 'Calendar date YYYY-MM-DD' });
/**
 * A day to compute statuses and deadlines on. Computations run year by year up to it, so a date far
 * ahead would only cost time and memory: at most the end of next year.
 */
const latestAsOf = () => `${new Date().getUTCFullYear() + 1}-12-31`;
export const asOfDate = isoDate.refine((date) => date <= latestAsOf(), {
  error: () => `must be ${latestAsOf()} or earlier`,
});

export const instant = z.iso.datetime({ offset: true }).meta({ description: 'ISO 8601 date-time' });

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(limits.maxPageSize).default(limits.defaultPageSize),
});

export const idParam = z.object({ id: z.uuid() });

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** The actions the signed-in user may take on a record, so the UI shows only allowed buttons. */
export const abilities = z.record(z.string(), z.boolean());
