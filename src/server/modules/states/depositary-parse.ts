import { DomUtils, parseDocument } from 'htmlparser2';
import { isIsoDate } from '../../../domain/calendar.js';
import type { DepositType } from '../../../domain/treaty/kinds.js';

/**
 * Reads the status page of the Convention on Cluster Munitions as saved from the UN Treaty
 * Collection (MTDSG XXVI-6): its "status as at" date and, per participant, the signature,
 * provisional application and deposit dates with the action type, whether the entry is in square
 * brackets (a State that withdrew), and the withdrawal its endnote gives. Pure: no I/O.
 */

export type ParsedDeposit = { date: string; type: DepositType };
export type ParsedWithdrawal = { date: string; effectiveDate: string | null; notification: string | null };
export type ParsedParticipant = {
  /** As the page spells it, footnote numbers removed. */
  name: string;
  footnotes: number[];
  signature: string | null;
  provisionalApplication: string | null;
  deposit: ParsedDeposit | null;
  /** Entries in square brackets: the Depositary's mark of a State that withdrew. */
  bracketed: boolean;
  /** From the participant's endnotes, when they record a withdrawal. */
  withdrawal: ParsedWithdrawal | null;
};
export type DepositaryPage = { statusAsAt: string | null; participants: ParsedParticipant[] };

export type DepositaryPageProblem =
  | 'not_a_status_page'
  | 'wrong_treaty'
  | 'no_participants_table'
  | 'unreadable_entry'
  | 'duplicate_participant';

/** The file is not a readable UNTC status page of this Convention; the message says why. */
export class DepositaryPageError extends Error {
  constructor(
    readonly problem: DepositaryPageProblem,
    message: string,
  ) {
    super(message);
    this.name = 'DepositaryPageError';
  }
}

type Element = ReturnType<typeof DomUtils.findAll>[number];
type Node = Element['children'][number];

const treatyTitle = 'convention on cluster munitions';
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const depositSuffixes: Record<string, DepositType> = {
  '': 'ratification',
  A: 'acceptance',
  AA: 'approval',
  a: 'accession',
};

const clean = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();
const textOf = (node: Node | Node[]) => clean(DomUtils.textContent(node));

/** "3 Dec 2008" or "6 September 2024" as 2008-12-03; null when it is not such a date. */
export function untcDate(text: string): string | null {
  const match = /^(\d{1,2}) ([A-Za-z]{3})[A-Za-z]* (\d{4})$/.exec(clean(text));
  if (!match) return null;
  const month = months.indexOf((match[2] as string).toLowerCase()) + 1;
  if (month === 0) return null;
  const iso = `${match[3]}-${String(month).padStart(2, '0')}-${(match[1] as string).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

type Cell = { date: string; suffix: string; bracketed: boolean } | null;

/** One date cell: empty, or "[ 3 Dec 2008 ]", "16 Feb 2010 a", "24 Mar 2011 n"… */
function readCell(text: string, participant: string, column: string): Cell {
  let value = clean(text);
  if (value === '') return null;
  const bracketed = value.startsWith('[') && value.endsWith(']');
  if (bracketed) value = clean(value.slice(1, -1));
  const match = /^(\d{1,2} [A-Za-z]+ \d{4})(?: (AA|A|a|n|d))?$/.exec(value);
  const date = match ? untcDate(match[1] as string) : null;
  if (!match || !date)
    throw new DepositaryPageError(
      'unreadable_entry',
      `The ${column} entry of ${participant} ("${clean(text)}") is not a date such as "3 Dec 2008" or "16 Feb 2010 a".`,
    );
  return { date, suffix: match[2] ?? '', bracketed };
}

type Columns = { signature: number; provisional: number; deposit: number };

function participantsTable(document: Node[]): { rows: Element[]; columns: Columns } {
  const tables = DomUtils.findAll((el) => el.name === 'table', document);
  for (const table of tables) {
    const rows = DomUtils.findAll((el) => el.name === 'tr', table.children);
    const header = rows[0]
      ? DomUtils.findAll((el) => el.name === 'td' || el.name === 'th', rows[0].children)
      : [];
    const titles = header.map((cell) => textOf(cell).toLowerCase());
    if (titles[0] !== 'participant') continue;
    const find = (test: (title: string) => boolean) => titles.findIndex(test);
    const columns: Columns = {
      signature: find((t) => t.startsWith('signature')),
      provisional: find((t) => t.startsWith('provisional application')),
      deposit: find((t) => t.includes('ratification') || t.includes('accession')),
    };
    if (columns.signature < 0 || columns.deposit < 0) continue;
    return { rows: rows.slice(1), columns };
  }
  throw new DepositaryPageError(
    'no_participants_table',
    'The page has no table of participants (columns "Participant", "Signature" and "Ratification"). Save the whole status page from the UN Treaty Collection, not only part of it.',
  );
}

/** Endnote number → its text, from the "End notes" list of the page. */
function endnotes(document: Node[]): Map<number, string> {
  const notes = new Map<number, string>();
  for (const note of DomUtils.findAll((el) => /\bdivNotesAll\b/.test(el.attribs.class ?? ''), document)) {
    const anchor = DomUtils.findOne(
      (el) => el.name === 'a' && /^\d+$/.test(el.attribs.name ?? ''),
      note.children,
    );
    if (anchor) notes.set(Number(anchor.attribs.name), textOf(note));
  }
  return notes;
}

const datePattern = '(\\d{1,2} [A-Za-z]+ \\d{4})';

/** The withdrawal an endnote records ("On 6 September 2024, … deposited … a notification of withdrawal"). */
export function withdrawalIn(note: string): ParsedWithdrawal | null {
  const received = new RegExp(`On ${datePattern},? [^.]*?notification of withdrawal`, 'i').exec(note);
  const date = received ? untcDate(received[1] as string) : null;
  if (!date) return null;
  const effective = new RegExp(`withdrawal took effect [^.]*?on ${datePattern}`, 'i').exec(note);
  return {
    date,
    effectiveDate: effective ? untcDate(effective[1] as string) : null,
    notification: /C\.N\.\d+\.\d{4}\.TREATIES-[\w-]+/.exec(note)?.[0] ?? null,
  };
}

function statusAsAtOf(document: Node[]): string | null {
  const match = /STATUS AS AT\s*:\s*(\d{2})-(\d{2})-(\d{4})/i.exec(textOf(document));
  if (!match) return null;
  const iso = `${match[3]}-${match[2]}-${match[1]}`;
  return isIsoDate(iso) ? iso : null;
}

function checkTreaty(document: Node[]) {
  const titleBox = DomUtils.findOne((el) => /tcTreaty$/.test(el.attribs.id ?? ''), document);
  const title = titleBox ? textOf(titleBox).replace(/^\d+\.\s*/, '') : null;
  if (title !== null && !title.toLowerCase().includes(treatyTitle))
    throw new DepositaryPageError(
      'wrong_treaty',
      `This is the status page of "${title}", not of the Convention on Cluster Munitions (MTDSG XXVI-6).`,
    );
  if (title === null && !textOf(document).toLowerCase().includes(treatyTitle))
    throw new DepositaryPageError(
      'not_a_status_page',
      'This file is not a status page of the Convention on Cluster Munitions from the UN Treaty Collection (treaties.un.org, MTDSG XXVI-6).',
    );
}

export function parseDepositaryPage(html: string): DepositaryPage {
  if (!/<(html|body|table)\b/i.test(html))
    throw new DepositaryPageError(
      'not_a_status_page',
      'This file is not an HTML page. Save the status page of the Convention from the UN Treaty Collection as HTML.',
    );
  const document = parseDocument(html).children;
  checkTreaty(document);
  const { rows, columns } = participantsTable(document);
  const notes = endnotes(document);
  const seen = new Set<string>();
  const participants: ParsedParticipant[] = [];
  for (const row of rows) {
    const cells = DomUtils.findAll((el) => el.name === 'td' || el.name === 'th', row.children);
    const nameCell = cells[0];
    if (!nameCell) continue;
    const marks = DomUtils.findAll((el) => el.name === 'sup', nameCell.children);
    const footnotes = marks.flatMap((mark) => (textOf(mark).match(/\d+/g) ?? []).map(Number));
    const withoutMarks = nameCell.children.filter((child) => !marks.includes(child as Element));
    const name = textOf(withoutMarks)
      .replace(/^\[|\]$/g, '')
      .replace(/(\s*\d+)+$/, '')
      .trim();
    if (name === '') continue;
    if (seen.has(name))
      throw new DepositaryPageError(
        'duplicate_participant',
        `${name} appears twice in the table of participants.`,
      );
    seen.add(name);
    const cellText = (index: number) =>
      index >= 0 && cells[index] ? DomUtils.textContent(cells[index]) : '';
    const signature = readCell(cellText(columns.signature), name, 'signature');
    const provisional = readCell(cellText(columns.provisional), name, 'provisional application');
    const deposit = readCell(
      cellText(columns.deposit),
      name,
      'ratification, acceptance, approval or accession',
    );
    const depositType = deposit ? depositSuffixes[deposit.suffix] : undefined;
    if (deposit && !depositType)
      throw new DepositaryPageError(
        'unreadable_entry',
        `The deposit of ${name} is marked "${deposit.suffix}", which this Convention does not use (succession).`,
      );
    const bracketed =
      [signature, provisional, deposit].some((cell) => cell?.bracketed) || /^\[/.test(textOf(nameCell));
    const withdrawal = bracketed
      ? (footnotes.map((n) => withdrawalIn(notes.get(n) ?? '')).find((w) => w !== null) ?? null)
      : null;
    participants.push({
      name,
      footnotes,
      signature: signature?.date ?? null,
      provisionalApplication: provisional?.date ?? null,
      deposit: deposit && depositType ? { date: deposit.date, type: depositType } : null,
      bracketed,
      withdrawal,
    });
  }
  if (participants.length === 0)
    throw new DepositaryPageError('no_participants_table', 'The table of participants is empty.');
  return { statusAsAt: statusAsAtOf(document), participants };
}
