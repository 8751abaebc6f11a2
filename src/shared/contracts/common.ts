import { z } from 'zod';
import { limits } from '../limits.js';

export const iso3 = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be an ISO 3166 alpha-3 code in capitals, e.g. LAO')
  .meta({ description: 'ISO 3166-1 alpha-3 code' });

export const isoDate = z.iso.date().meta({ description: 'Calendar date YYYY-MM-DD' });
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
