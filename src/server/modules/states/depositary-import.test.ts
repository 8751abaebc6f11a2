import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { expectAudited } from '../../test/auth-helpers.js';
import {
  addParticipantRow,
  asForeignTreaty,
  depositarySnapshot,
  setParticipantCell,
} from '../../test/depositary-page.js';
import { send, signedInAs } from '../../test/factories.js';
import { createTestApp } from '../../test/test-app.js';
import { auditEvents } from '../audit/tables.js';
import { treatyEvents } from './tables.js';

const { app, db } = await createTestApp();
const staff = await signedInAs(db, 'isu_staff');
const snapshot = depositarySnapshot();

const preview = (html: string) =>
  send(app, {
    method: 'POST',
    url: '/api/v1/treaty/depositary-import/preview',
    cookie: staff.cookie,
    payload: { html },
  });
const apply = (html: string, changeIds: string[]) =>
  send(app, {
    method: 'POST',
    url: '/api/v1/treaty/depositary-import/apply',
    cookie: staff.cookie,
    payload: { html, changeIds },
  });
const eventCount = async () => (await db.select({ n: count() }).from(treatyEvents))[0]?.n;
const importAudits = async () =>
  (
    await db
      .select({ n: count() })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'state.depositary_import_applied'))
  )[0]?.n;
const eventsOf = (iso3: string) => db.select().from(treatyEvents).where(eq(treatyEvents.iso3, iso3));

/** The page after the Depositary recorded a new accession and corrected two entries, plus a stranger. */
let modified = addParticipantRow(snapshot, { name: 'Tonga', deposit: '10 Jan\t 2026 a' });
modified = addParticipantRow(modified, { name: 'Atlantis <SUP>12</SUP>', signature: '3 Dec 2008' });
modified = setParticipantCell(modified, 'Albania', 'deposit', '17 Jun\t 2009');
modified = setParticipantCell(modified, 'Japan', 'deposit', '14 Jul\t 2009 AA');
modified = setParticipantCell(modified, 'Kenya', 'deposit', ' 5 Jan\t 2026 a');

describe('previewing a Depositary status page', () => {
  it('finds no difference between the saved page and the records loaded from it', async () => {
    const response = await preview(snapshot);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ statusAsAt: '2026-02-03', participants: 125, changes: [] });
  });

  it('shows exactly what a modified page changes, and changes nothing', async () => {
    const before = await eventCount();
    const response = await preview(modified);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.participants).toBe(127);
    expect(body.changes.map((c: { id: string; kind: string }) => `${c.id} ${c.kind}`)).toEqual([
      'ALB:deposit changed_date',
      'JPN:deposit changed_type',
      'KEN:deposit new_event',
      'TON:deposit new_event',
      'unknown:atlantis unknown_name',
    ]);
    expect(body.changes[0]).toEqual({
      id: 'ALB:deposit',
      iso3: 'ALB',
      name: 'Albania',
      kind: 'changed_date',
      eventType: 'ratification',
      current: { type: 'ratification', date: '2009-06-16', effectiveDate: null, notification: null },
      proposed: { type: 'ratification', date: '2009-06-17', effectiveDate: null, notification: null },
      applicable: true,
    });
    expect(body.changes[4]).toMatchObject({ name: 'Atlantis', iso3: null, applicable: false });
    expect(await eventCount()).toBe(before);
  });
});

describe('applying selected differences', () => {
  it('refuses the whole selection when one change breaks the rules, saying why for each', async () => {
    const before = await eventCount();
    const response = await apply(modified, ['JPN:deposit', 'KEN:deposit', 'unknown:atlantis']);
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.message).toMatch(/^Nothing was applied\. KEN:deposit: type: a signatory ratifies/);
    expect(error.details.refused).toEqual([
      { id: 'KEN:deposit', reasons: [expect.stringMatching(/signatory ratifies, accepts or approves/)] },
      { id: 'unknown:atlantis', reasons: [expect.stringMatching(/nothing to apply/)] },
    ]);
    expect(error.details.issues[0].path).toBe('body.changeIds.1');
    expect(await eventCount()).toBe(before);
    expect((await eventsOf('JPN')).find((e) => e.type !== 'signature')?.type).toBe('acceptance');
  });

  it('writes only the selected changes, with the source and an audit event each, and refreshes the status', async () => {
    expect((await app.inject({ url: '/api/v1/states/TON' })).json().status).toBe('not_party');
    const auditsBefore = await importAudits();
    const response = await apply(modified, ['TON:deposit', 'ALB:deposit']);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.applied.map((c: { id: string }) => c.id)).toEqual(['ALB:deposit', 'TON:deposit']);
    expect(body.unchanged).toEqual([]);

    const [tonga] = await eventsOf('TON');
    expect(tonga).toMatchObject({
      type: 'accession',
      date: '2026-01-10',
      source: 'UNTC status page as at 2026-02-03 (import)',
      recordedBy: staff.user.id,
    });
    const albania = (await eventsOf('ALB')).filter((e) => e.type === 'ratification');
    expect(albania.map((e) => e.date)).toEqual(['2009-06-17']);
    expect((await eventsOf('JPN')).find((e) => e.type !== 'signature')?.type).toBe('acceptance');

    expect(await importAudits()).toBe((auditsBefore ?? 0) + 2);
    const audit = await expectAudited(db, 'state.depositary_import_applied', 'TON');
    expect(audit.after).toMatchObject({
      change: 'TON:deposit',
      kind: 'new_event',
      type: 'accession',
      date: '2026-01-10',
    });
    expect((await app.inject({ url: '/api/v1/states/TON' })).json()).toMatchObject({
      depositType: 'accession',
      entryIntoForce: '2026-07-01',
    });
  });

  it('changes nothing the second time, and the preview then shows only what is left', async () => {
    const [events, audits] = [await eventCount(), await importAudits()];
    const again = await apply(modified, ['TON:deposit', 'ALB:deposit']);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({
      statusAsAt: '2026-02-03',
      applied: [],
      unchanged: ['TON:deposit', 'ALB:deposit'],
    });
    expect([await eventCount(), await importAudits()]).toEqual([events, audits]);
    const left = (await preview(modified)).json().changes.map((c: { id: string }) => c.id);
    expect(left).toEqual(['JPN:deposit', 'KEN:deposit', 'unknown:atlantis']);
    // The original page now differs from the records where they were changed.
    const back = (await preview(snapshot))
      .json()
      .changes.map((c: { id: string; kind: string }) => `${c.id} ${c.kind}`);
    expect(back).toEqual(['ALB:deposit changed_date', 'TON:deposit missing_from_page']);
  });

  it("restores Lithuania's withdrawal from the endnote of its bracketed entry", async () => {
    await db
      .delete(treatyEvents)
      .where(and(eq(treatyEvents.iso3, 'LTU'), eq(treatyEvents.type, 'withdrawal')));
    const change = (await preview(snapshot))
      .json()
      .changes.find((c: { id: string }) => c.id === 'LTU:withdrawal');
    expect(change).toMatchObject({
      kind: 'new_event',
      proposed: {
        type: 'withdrawal',
        date: '2024-09-06',
        effectiveDate: '2025-03-06',
        notification: 'C.N.347.2024.TREATIES-XXVI-6',
      },
    });
    expect((await apply(snapshot, ['LTU:withdrawal'])).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/v1/states/LTU' })).json()).toMatchObject({
      status: 'withdrawn',
      withdrawalEffective: '2025-03-06',
    });
  });
});

describe('the contract', () => {
  it('is documented in OpenAPI with named schemas', async () => {
    const document = (await app.inject({ url: '/api/openapi.json' })).json();
    const apply = document.paths['/api/v1/treaty/depositary-import/apply'].post;
    expect(JSON.stringify(apply.requestBody)).toContain('DepositaryImportApplyBody');
    expect(document.components.schemas.DepositaryChange.properties.kind.enum).toContain('unknown_name');
    expect(document.paths['/api/v1/treaty/depositary-import/preview'].post.responses['400']).toBeDefined();
  });
});

describe('files that are not the status page', () => {
  it.each([
    ['garbage', 'GIF89a\u0000\u0001 not a page', /not an HTML page/],
    ['another web page', '<html><body><h1>Weather</h1></body></html>', /not a status page of the Convention/],
    [
      'another treaty',
      asForeignTreaty(snapshot),
      /status page of "Convention on the Prohibition .* not of the Convention on Cluster Munitions/,
    ],
    [
      'an unreadable date',
      setParticipantCell(snapshot, 'Albania', 'deposit', '16/06/2009'),
      /deposit|accession entry of Albania/,
    ],
  ])('refuses %s with a clear message and changes nothing', async (_label, html, message) => {
    const before = await eventCount();
    for (const response of [await preview(html), await apply(html, ['ALB:deposit'])]) {
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({
        code: 'validation_failed',
        message: expect.stringMatching(message),
      });
      expect(response.json().error.details.issues[0].path).toBe('body.html');
    }
    expect(await eventCount()).toBe(before);
  });

  it('accepts a page larger than the usual 1 MB body limit, and refuses one above 5 MB', async () => {
    const padded = snapshot.replace('</body>', `<!-- ${'x'.repeat(2 * 1024 * 1024)} --></body>`);
    expect((await preview(padded)).statusCode).toBe(200);
    const tooLong = await preview('x'.repeat(6 * 1024 * 1024));
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.details.issues[0].path).toBe('body.html');
    const huge = await preview('x'.repeat(11 * 1024 * 1024));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('payload_too_large');
  });

  it('asks for at least one change to apply', async () => {
    const response = await apply(snapshot, []);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.issues[0].path).toBe('body.changeIds');
  });
});
