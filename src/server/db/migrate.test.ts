import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { migrationsDir } from '../paths.js';
import { adminQuery, withDatabase } from '../test/global-setup.js';
import { applyMigrations } from './migrate.js';

const serverUrl = inject('testServerUrl');
const created: string[] = [];

async function emptyDatabase(label: string) {
  const name = `ccm_mig_${label}_${inject('runId')}`;
  await adminQuery(serverUrl, `create database "${name}"`);
  created.push(name);
  return withDatabase(serverUrl, name);
}

async function appliedCount(url: string) {
  const result = await adminQuery(url, 'select count(*)::int as n from drizzle.__drizzle_migrations');
  return result.rows[0].n as number;
}

afterAll(async () => {
  for (const name of created) await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`);
});

describe('applyMigrations', () => {
  it('creates the search extensions and is a no-op the second time', async () => {
    const url = await emptyDatabase('twice');
    await applyMigrations(url);
    const count = await appliedCount(url);
    await applyMigrations(url);
    expect(await appliedCount(url)).toBe(count);
    const extensions = await adminQuery(url, 'select extname from pg_extension order by 1');
    expect(extensions.rows.map((row) => row.extname)).toEqual(
      expect.arrayContaining(['pg_trgm', 'unaccent']),
    );
    const folded = await adminQuery(url, "select immutable_unaccent('Côte d''Ivoire') as v");
    expect(folded.rows[0].v).toBe("Cote d'Ivoire");
  });

  it('lets two instances start at once', async () => {
    const url = await emptyDatabase('race');
    await Promise.all([applyMigrations(url), applyMigrations(url)]);
    const files = fs.readdirSync(migrationsDir).filter((file) => file.endsWith('.sql'));
    expect(await appliedCount(url)).toBe(files.length);
  });

  it('leaves the database as it was when a migration fails', async () => {
    const url = await emptyDatabase('broken');
    await applyMigrations(url);
    const before = await appliedCount(url);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-migrations-'));
    fs.cpSync(migrationsDir, folder, { recursive: true });
    const journalFile = path.join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
    journal.entries.push({ idx: 999, version: '7', when: Date.now(), tag: '9999_broken', breakpoints: true });
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    fs.writeFileSync(
      path.join(folder, '9999_broken.sql'),
      'create table half_done (id int);--> statement-breakpoint\nselect 1/0;',
    );
    await expect(applyMigrations(url, folder)).rejects.toThrow(/select 1\/0/);
    const table = await adminQuery(url, "select to_regclass('public.half_done') as t");
    expect(table.rows[0].t).toBeNull();
    expect(await appliedCount(url)).toBe(before);
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
