import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { limits } from '../../shared/limits.js';
import * as schema from './schema.js';

export type Database = NodePgDatabase<typeof schema> & { $client: pg.Pool };

// Calendar dates stay 'YYYY-MM-DD' strings; turning them into JS Dates would shift them by time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export function openDatabase(url: string, options: { max?: number } = {}): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 20,
    // Every request is bounded: a runaway query cannot hold the server.
    options: `-c statement_timeout=${limits.statementTimeoutMs} -c idle_in_transaction_session_timeout=60000`,
    application_name: 'ccm-platform',
  });
  // An idle client whose server went away must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  return drizzle(pool, { schema }) as Database;
}
