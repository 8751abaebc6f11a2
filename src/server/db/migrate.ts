import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { migrationsDir } from '../paths.js';

/** An arbitrary constant that names "the migration lock" among advisory locks. */
const migrationLockKey = 7_032_008;

/**
 * Applies pending migrations. Two instances starting at once queue on an advisory lock; drizzle
 * runs all pending migrations in one transaction, so a failing one leaves the database as it was.
 */
export async function applyMigrations(url: string, folder = migrationsDir): Promise<void> {
  const client = new pg.Client({ connectionString: url, application_name: 'ccm-migrate' });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [migrationLockKey]);
    await migrate(drizzle(client), { migrationsFolder: folder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [migrationLockKey]).catch(() => {});
    await client.end();
  }
}
