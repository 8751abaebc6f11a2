import { describe, expect, it } from 'vitest';
import {
  addParticipantRow,
  asForeignTreaty,
  depositarySnapshot,
  setParticipantCell,
} from '../../test/depositary-page.js';
import { DepositaryPageError, parseDepositaryPage, untcDate, withdrawalIn } from './depositary-parse.js';

const snapshot = depositarySnapshot();
const page = parseDepositaryPage(snapshot);
const participant = (name: string) => page.participants.find((p) => p.name === name);

const problemOf = (html: string) => {
  try {
    parseDepositaryPage(html);
  } catch (error) {
    if (error instanceof DepositaryPageError) return { problem: error.problem, message: error.message };
    throw error;
  }
  return null;
};

describe('reading the UNTC status page saved on 3 February 2026', () => {
  it('finds the date and the 125 participants, 108 signatures and 113 deposits', () => {
    expect(page.statusAsAt).toBe('2026-02-03');
    expect(page.participants).toHaveLength(125);
    expect(page.participants.filter((p) => p.signature)).toHaveLength(108);
    expect(page.participants.filter((p) => p.deposit)).toHaveLength(113);
    expect(page.participants.filter((p) => p.deposit?.type === 'accession')).toHaveLength(17);
    expect(page.participants.filter((p) => p.provisionalApplication).map((p) => p.name)).toEqual([
      'Belize',
      'Lithuania',
      'Norway',
      'Switzerland',
    ]);
  });

  it('reads dates, the a/A suffixes and blank cells', () => {
    expect(participant('Afghanistan')).toMatchObject({
      signature: '2008-12-03',
      deposit: { date: '2011-09-08', type: 'ratification' },
      bracketed: false,
      withdrawal: null,
    });
    expect(participant('Andorra')).toMatchObject({
      signature: null,
      deposit: { date: '2013-04-09', type: 'accession' },
    });
    expect(participant('Japan')?.deposit).toEqual({ date: '2009-07-14', type: 'acceptance' });
    expect(participant('Angola')).toMatchObject({ signature: '2008-12-03', deposit: null });
  });

  it('strips footnote marks from names and keeps them apart', () => {
    expect(participant('Netherlands (Kingdom of the)')?.footnotes).toEqual([4]);
    expect(participant('Norway')).toMatchObject({ footnotes: [6], provisionalApplication: '2008-12-03' });
    expect(participant('Holy See')?.deposit?.date).toBe('2008-12-03');
    expect(page.participants.some((p) => /\d\s*$/.test(p.name))).toBe(false);
  });

  it("marks Lithuania's bracketed entries as withdrawn, with the withdrawal of its endnote", () => {
    expect(participant('Lithuania')).toEqual({
      name: 'Lithuania',
      footnotes: [3],
      signature: '2008-12-03',
      provisionalApplication: '2011-03-24',
      deposit: { date: '2011-03-24', type: 'ratification' },
      bracketed: true,
      withdrawal: {
        date: '2024-09-06',
        effectiveDate: '2025-03-06',
        notification: 'C.N.347.2024.TREATIES-XXVI-6',
      },
    });
  });

  it('reads an added row with an approval (AA) and a changed date', () => {
    let html = addParticipantRow(snapshot, { name: 'Tonga <SUP>9</SUP>', deposit: '10 Jan\t 2026 AA' });
    html = setParticipantCell(html, 'Albania', 'deposit', '17 Jun 2009');
    const edited = parseDepositaryPage(html);
    expect(edited.participants).toHaveLength(126);
    expect(edited.participants.at(-1)).toMatchObject({
      name: 'Tonga',
      footnotes: [9],
      deposit: { date: '2026-01-10', type: 'approval' },
    });
    expect(edited.participants.find((p) => p.name === 'Albania')?.deposit?.date).toBe('2009-06-17');
  });
});

describe('dates', () => {
  it.each([
    ['3 Dec 2008', '2008-12-03'],
    ['16 Feb\t 2010', '2010-02-16'],
    ['6 September 2024', '2024-09-06'],
    ['31 Feb 2010', null],
    ['3 Foo 2010', null],
    ['2010-02-16', null],
  ])('%s is %s', (text, expected) => expect(untcDate(text)).toBe(expected));

  it('finds a withdrawal and its effect in an endnote', () => {
    expect(withdrawalIn('In its notification of provisional application, Norway notified …')).toBeNull();
    expect(
      withdrawalIn(
        'On 1 March 2027, the Government of X deposited with the Secretary-General a notification of withdrawal.',
      ),
    ).toEqual({ date: '2027-03-01', effectiveDate: null, notification: null });
  });
});

describe('files that are not the status page of the Convention', () => {
  it('refuses garbage, plain text and an empty HTML page', () => {
    expect(problemOf('just some text, not a page')?.problem).toBe('not_a_status_page');
    expect(problemOf('\u0000\u00ff\u0010binary')?.problem).toBe('not_a_status_page');
    expect(problemOf('<html><body><p>Hello</p></body></html>')).toMatchObject({
      problem: 'not_a_status_page',
      message: expect.stringMatching(/not a status page of the Convention on Cluster Munitions/),
    });
  });

  it('names the other treaty of a foreign UNTC page', () => {
    expect(problemOf(asForeignTreaty(snapshot))).toMatchObject({
      problem: 'wrong_treaty',
      message: expect.stringMatching(
        /^This is the status page of "Convention on the Prohibition of the Use, Stockpiling.*not of the Convention on Cluster Munitions/,
      ),
    });
  });

  it('refuses a page without the table of participants, or with an unreadable entry', () => {
    const start = snapshot.indexOf(
      '<table id="ctl00_ctl00_ContentPlaceHolder1_ContentPlaceHolderInnerPage_tblgrid"',
    );
    const end = snapshot.indexOf('</table>', start) + '</table>'.length;
    expect(problemOf(snapshot.slice(0, start) + snapshot.slice(end))?.problem).toBe('no_participants_table');
    expect(problemOf(setParticipantCell(snapshot, 'Albania', 'deposit', 'soon'))).toEqual({
      problem: 'unreadable_entry',
      message:
        'The ratification, acceptance, approval or accession entry of Albania ("soon") is not a date such as "3 Dec 2008" or "16 Feb 2010 a".',
    });
    expect(problemOf(setParticipantCell(snapshot, 'Albania', 'deposit', '16 Jun 2009 d'))?.problem).toBe(
      'unreadable_entry',
    );
    expect(problemOf(addParticipantRow(snapshot, { name: 'Albania', deposit: '1 Jan 2020' }))?.problem).toBe(
      'duplicate_participant',
    );
  });
});
