import type { Database } from './client.js';

export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Reads take either the pool or an open transaction. */
export type Queryable = Database | Tx;
