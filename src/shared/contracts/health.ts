import { z } from 'zod';

export const liveResponse = z.object({ status: z.literal('ok') }).meta({ id: 'Live' });

export const readyResponse = z
  .object({
    status: z.literal('ok'),
    database: z.object({ latencyMs: z.number() }),
  })
  .meta({ id: 'Ready' });
