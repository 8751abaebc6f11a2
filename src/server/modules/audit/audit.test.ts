import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createUser, send, signedInAs } from '../../test/factories.js';
import { createTestApp } from '../../test/test-app.js';
import { verifyAuditChain } from './verify.js';

const { app, db } = await createTestApp();
const admin = await signedInAs(db, 'isu_admin');

async function makeSomeHistory(count: number) {
  for (let i = 0; i < count; i++) {
    await send(app, {
      method: 'POST',
      url: '/api/v1/users',
      cookie: admin.cookie,
      payload: { email: `history${i}.${Date.now()}@example.org`, name: `History ${i}`, role: 'coordinator' },
    });
  }
}

async function eventIds() {
  const result = await db.execute<{ id: string }>(sql`select id::text from audit_events order by id`);
  return result.rows.map((row) => row.id);
}

/** Tampering as an intruder with database rights would: switching the append-only guard off first. */
async function tamper(statement: ReturnType<typeof sql>) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_events disable trigger audit_events_no_update_delete`);
    await tx.execute(statement);
    await tx.execute(sql`alter table audit_events enable trigger audit_events_no_update_delete`);
  });
}

describe('audit chain', () => {
  it('verifies an untouched chain', async () => {
    await makeSomeHistory(4);
    const report = await verifyAuditChain(db, 2);
    expect(report).toMatchObject({ ok: true, events: (await eventIds()).length });
  });

  it('keeps the chain intact under concurrent writers', async () => {
    await Promise.all(Array.from({ length: 6 }, () => makeSomeHistory(1)));
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('refuses updates and deletes through SQL', async () => {
    const refusal = { cause: expect.objectContaining({ message: expect.stringMatching(/append-only/) }) };
    await expect(db.execute(sql`update audit_events set action = 'x'`)).rejects.toMatchObject(refusal);
    await expect(db.execute(sql`delete from audit_events`)).rejects.toMatchObject(refusal);
    await expect(db.execute(sql`truncate audit_events`)).rejects.toMatchObject(refusal);
  });

  it('detects an edited event', async () => {
    const ids = await eventIds();
    const target = ids[2] as string;
    await tamper(sql`update audit_events set after = '{"role":"isu_admin"}' where id = ${target}`);
    const report = await verifyAuditChain(db);
    expect(report).toMatchObject({
      ok: false,
      brokenAtId: target,
      reason: expect.stringContaining('edited'),
    });
  });
});

describe('audit chain after a removal', () => {
  it('detects a removed event at the one after it', async () => {
    const { app: otherApp, db: otherDb } = await createTestApp();
    const other = await signedInAs(otherDb, 'isu_admin');
    for (let i = 0; i < 3; i++) {
      await send(otherApp, {
        method: 'POST',
        url: '/api/v1/users',
        cookie: other.cookie,
        payload: { email: `r${i}@example.org`, name: 'R', role: 'coordinator' },
      });
    }
    const ids = (
      await otherDb.execute<{ id: string }>(sql`select id::text from audit_events order by id`)
    ).rows.map((r) => r.id);
    await otherDb.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_events disable trigger audit_events_no_update_delete`);
      await tx.execute(sql`delete from audit_events where id = ${ids[1]}`);
    });
    expect(await verifyAuditChain(otherDb)).toMatchObject({ ok: false, brokenAtId: ids[2] });
  });
});

describe('audit browser', () => {
  it('filters by actor, action prefix, entity and dates', async () => {
    const target = await createUser(db, { role: 'coordinator' });
    await send(app, { method: 'POST', url: `/api/v1/users/${target.id}/deactivate`, cookie: admin.cookie });
    const byEntity = await send(app, {
      url: `/api/v1/audit?entityType=user&entityId=${target.id}`,
      cookie: admin.cookie,
    });
    expect(byEntity.json().items.map((e: { action: string }) => e.action)).toEqual(['user.deactivated']);
    const item = byEntity.json().items[0];
    expect(item).toMatchObject({
      actorId: admin.user.id,
      actorEmail: admin.user.email,
      actorRole: 'isu_admin',
      before: { status: 'active' },
    });
    const byActor = await send(app, {
      url: `/api/v1/audit?actor=${encodeURIComponent(admin.user.email)}&action=user.`,
      cookie: admin.cookie,
    });
    expect(byActor.json().total).toBeGreaterThan(1);
    const today = new Date().toISOString().slice(0, 10);
    const inRange = await send(app, {
      url: `/api/v1/audit?from=${today}&to=${today}&action=user.deactivated`,
      cookie: admin.cookie,
    });
    expect(inRange.json().total).toBeGreaterThanOrEqual(1);
    const before = await send(app, { url: '/api/v1/audit?to=2020-01-01', cookie: admin.cookie });
    expect(before.json().total).toBe(0);
  });

  it('exports the filtered trail as CSV', async () => {
    const response = await send(app, {
      url: '/api/v1/audit/export.csv?action=user.deactivated',
      cookie: admin.cookie,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'id,occurred_at,actor_email,actor_role,action,entity_type,entity_id,before,after,request_id,ip',
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => line.includes('user.deactivated'))).toBe(true);
  });
});
