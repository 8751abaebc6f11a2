import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { parseConfig } from '../config.js';
import { adminQuery, withDatabase } from '../test/global-setup.js';
import { openStorage } from './storage.js';

const serverUrl = inject('testServerUrl');
const name = `ccm_ext_${inject('runId')}`;

afterAll(async () => {
  await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`);
});

describe('an external database (DATABASE_URL)', () => {
  it('is migrated on open and used as it is, with no embedded server or data directory', async () => {
    await adminQuery(serverUrl, `create database "${name}"`);
    const config = parseConfig({
      DATABASE_URL: withDatabase(serverUrl, name),
      DATA_DIR: '/nonexistent/never-created',
    });
    const storage = await openStorage(config, () => {});
    const tables = await storage.db.execute<{ n: number }>(
      sql`select count(*)::int as n from information_schema.tables where table_name in ('users', 'states', 'audit_events')`,
    );
    expect(tables.rows[0]?.n).toBe(3);
    await storage.close();
  });
});
