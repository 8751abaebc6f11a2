import { describe, expect, it } from 'vitest';
import { send, signedInAs } from '../../test/factories.js';
import { createTestApp } from '../../test/test-app.js';

const { app, db } = await createTestApp();
const staff = await signedInAs(db, 'isu_staff');
const coordinator = await signedInAs(db, 'coordinator');

const get = (url: string) => send(app, { method: 'GET', url, cookie: staff.cookie });
const write = (method: 'PUT' | 'POST', url: string, payload: object) =>
  send(app, { method, url, payload, cookie: staff.cookie });
type Item = { iso3: string; priority: string | null; nextStep: { dueDate: string } | null };
const codes = (items: Item[], only: string[]) => items.map((i) => i.iso3).filter((c) => only.includes(c));

// Six potential Parties with known priorities and next steps; the rest of the world has none.
const plan: [string, 'high' | 'medium' | 'low' | null, string[]][] = [
  ['USA', 'medium', ['2026-09-01']],
  ['KEN', 'high', ['2026-12-01']],
  ['AGO', 'high', ['2026-04-01', '2026-02-01']],
  ['FIN', 'low', []],
  ['BRA', 'medium', []],
  ['POL', null, ['2026-01-15']],
];
for (const [iso3, priority, dues] of plan) {
  if (priority) await write('PUT', `/api/v1/outreach/${iso3}/profile`, { priority });
  for (const dueDate of dues) {
    await write('POST', `/api/v1/outreach/${iso3}/next-steps`, {
      description: `Step due ${dueDate}`,
      dueDate,
      ownerUserId: coordinator.user.id,
    });
  }
}
await write('POST', '/api/v1/outreach/BRA/activities', { date: '2025-11-20', kind: 'meeting', who: 'ISU' });
await write('POST', '/api/v1/outreach/BRA/activities', { date: '2024-02-01', kind: 'letter', who: 'ISU' });
const planned = plan.map(([iso3]) => iso3);

describe('potential new States Parties', () => {
  it('lists every signatory, State not party and withdrawn State, and no Party', async () => {
    const response = await get('/api/v1/outreach');
    expect(response.statusCode).toBe(200);
    const { items, total } = response.json();
    expect(total).toBe(items.length);
    const statuses = new Set(items.map((i: { status: string }) => i.status));
    expect([...statuses].sort()).toEqual(['not_party', 'signatory', 'withdrawn']);
    const codesListed = items.map((i: Item) => i.iso3);
    expect(codesListed).toEqual(expect.arrayContaining(['AGO', 'USA', 'LTU']));
    expect(codesListed).not.toContain('LAO');
    expect(total).toBeGreaterThanOrEqual(80);
  });

  it('orders by priority, then the earliest open next step, unset priority last', async () => {
    const { items } = (await get('/api/v1/outreach')).json();
    expect(codes(items, planned)).toEqual(['AGO', 'KEN', 'USA', 'BRA', 'FIN', 'POL']);
    const ago = items.find((i: Item) => i.iso3 === 'AGO');
    expect(ago).toMatchObject({
      priority: 'high',
      openSteps: 2,
      nextStep: { dueDate: '2026-02-01', ownerName: coordinator.user.name },
    });
    expect(items.find((i: Item) => i.iso3 === 'BRA')).toMatchObject({
      lastActivityDate: '2025-11-20',
      nextStep: null,
      openSteps: 0,
    });
    // Everything with a priority comes before everything without.
    const firstUnset = items.findIndex((i: Item) => i.priority === null);
    expect(items.slice(firstUnset).every((i: Item) => i.priority === null)).toBe(true);
  });

  it('moves a State down when its first step is done', async () => {
    const detail = (await get('/api/v1/outreach/AGO')).json();
    const first = detail.nextSteps[0];
    const done = await send(app, {
      method: 'PATCH',
      url: `/api/v1/outreach/AGO/next-steps/${first.id}`,
      payload: { version: first.version, done: true },
      cookie: staff.cookie,
    });
    expect(done.statusCode).toBe(200);
    const { items } = (await get('/api/v1/outreach')).json();
    expect(items.find((i: Item) => i.iso3 === 'AGO').nextStep.dueDate).toBe('2026-04-01');
    expect(codes(items, ['AGO', 'KEN'])).toEqual(['AGO', 'KEN']);
  });

  it('sorts by other columns on request', async () => {
    const byDue = (await get('/api/v1/outreach?sort=nextDue')).json().items;
    expect(codes(byDue, planned)).toEqual(['POL', 'AGO', 'USA', 'KEN', 'BRA', 'FIN']);
    const byName = (await get('/api/v1/outreach?sort=name&order=desc')).json().items;
    expect(byName[0].name.localeCompare(byName.at(-1).name)).toBeGreaterThan(0);
    const recent = (await get('/api/v1/outreach?sort=lastActivity&order=desc')).json().items;
    expect(recent[0].iso3).toBe('BRA');
  });

  it('filters by status, CCM region, priority and name', async () => {
    const signatories = (await get('/api/v1/outreach?status=signatory')).json().items;
    expect(signatories.every((i: { status: string }) => i.status === 'signatory')).toBe(true);
    expect(signatories.map((i: Item) => i.iso3)).toContain('KEN');
    const high = (await get('/api/v1/outreach?priority=high')).json().items.map((i: Item) => i.iso3);
    expect(high).toEqual(['AGO', 'KEN']);
    const none = (await get('/api/v1/outreach?priority=none&ccmRegion=europe')).json().items;
    expect(none.map((i: Item) => i.iso3)).toEqual(expect.arrayContaining(['POL', 'RUS']));
    expect(none.map((i: Item) => i.iso3)).not.toContain('FIN');
    expect(
      (await get('/api/v1/outreach?q=etats-unis&lang=fr')).json().items.map((i: Item) => i.iso3),
    ).toEqual(['USA']);
    expect((await get('/api/v1/outreach?status=state_party')).statusCode).toBe(400);
  });

  it('exports the filtered list as CSV in the same order', async () => {
    const csv = await get('/api/v1/outreach/export.csv?priority=high');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toContain('ccm-outreach.csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'iso3,name,status,ccm_region,signature_date,priority,last_activity,open_steps,next_step,next_step_due,next_step_owner',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      /^AGO,Angola,signatory,africa,2008-12-03,high,,1,Step due 2026-04-01,2026-04-01,/,
    );
    expect(lines[2]).toMatch(/^KEN,Kenya,/);
  });
});
