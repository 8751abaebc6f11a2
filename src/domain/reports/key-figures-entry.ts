import { finding } from './findings.js';
import { format1msp } from './format-1msp.js';
import type { CoverStatus, FormDef, TableDef } from './format-types.js';
import { type KeyFigures, noFigures } from './key-figures.js';
import type { FormId, ReportKind } from './kinds.js';
import type { ReportData, Row, SectionData } from './report-data.js';
import { type Finding, validateReport } from './validate.js';

/**
 * A report received outside the platform (on paper, by e-mail to UNODA), entered by ISU staff as
 * its key figures. The platform keeps the original document; the data built here holds the
 * figures the analysis needs, one summary row per table, and points to the original for the rest.
 */

/** What stands in for the text of the original document. */
export const asReported = 'As reported in the original document';
/** The type or location of a summary row. */
export const totalAsReported = 'Total as reported';

export type ReceivedReportInput = {
  kind: ReportKind;
  /** ISO 3166-1 alpha-3. */
  state: string;
  submissionDate: string;
  periodFrom: string;
  periodTo: string;
  /** The national point of contact named on the report (default: see the original). */
  contact?: string | null;
  figures: Partial<KeyFigures>;
  /**
   * The cover page as the staff read it, for the forms the figures do not fill: Form A defaults
   * to "changed" (the initial report must give it), the others to not applicable. A form given
   * figures is "changed" whatever is chosen here.
   */
  cover?: Partial<Record<FormId, CoverStatus>>;
  /** The article national resources are reported under (default: from the other figures). */
  nationalResourcesArticle?: '3' | '4' | '5';
};

type Pair = [number, number] | null;
/** Form B and D take munitions and submunitions together: a half-filled pair is written with 0. */
const pair = (a: number | null, b: number | null): Pair =>
  a === null && b === null ? null : [a ?? 0, b ?? 0];

const pairs = [
  ['stockpiledMunitions', 'stockpiledSubmunitions'],
  ['destroyedMunitions', 'destroyedSubmunitions'],
  ['retainedMunitions', 'retainedSubmunitions'],
] as const;

/** The forms the figures fill, with the choice they imply. */
function formsWithFigures(f: KeyFigures): Set<FormId> {
  const given = (...values: unknown[]) => values.some((v) => v !== null && v !== undefined);
  const forms = new Set<FormId>();
  if (given(f.stockpiledMunitions, f.stockpiledSubmunitions, f.destroyedMunitions, f.destroyedSubmunitions))
    forms.add('B');
  if (given(f.retainedMunitions, f.retainedSubmunitions)) forms.add('D');
  if (given(f.contaminatedAreaSqm, f.clearedAreaSqm)) forms.add('F');
  if (f.riskEducationReported === true) forms.add('G');
  if (f.victimAssistanceReported === true) forms.add('H');
  if (given(f.nationalResourcesReported, f.assistanceProvidedReported)) forms.add('I');
  return forms;
}

/** A row whose required text columns point to the original document. */
function summaryRow(table: TableDef): Row {
  const row: Row = {};
  for (const column of table.columns)
    if (column.required && (column.type === 'text' || column.type === 'longText'))
      row[column.id] = asReported;
  return row;
}

/** A form marked changed with nothing but references to the original: required texts and rows. */
function summarySection(form: FormDef): SectionData {
  const section: SectionData = {};
  for (const field of form.fields)
    if (field.required && (field.type === 'text' || field.type === 'longText'))
      section[field.id] = asReported;
  for (const table of form.tables) if (table.minRows) section[table.id] = [summaryRow(table)];
  return section;
}

function resourcesArticle(forms: Set<FormId>): '3' | '4' | '5' {
  if (forms.has('B') || forms.has('D')) return '3';
  if (forms.has('F') || forms.has('G')) return '4';
  return forms.has('H') ? '5' : '4';
}

/** The summary rows holding the figures, per form. */
function figureRows(f: KeyFigures, article: '3' | '4' | '5'): Partial<Record<FormId, SectionData>> {
  const stock = pair(f.stockpiledMunitions, f.stockpiledSubmunitions);
  const destroyed = pair(f.destroyedMunitions, f.destroyedSubmunitions);
  const retained = pair(f.retainedMunitions, f.retainedSubmunitions);
  const area = (areaSqm: number | null) =>
    areaSqm === null ? undefined : [{ location: totalAsReported, areaSqm }];
  // The start of the period is derived so that the stockpile balances (end + destroyed): the
  // paper report's own start figures, transfers and retentions stay in the original.
  const start =
    stock && destroyed
      ? { munitionsAtStart: stock[0] + destroyed[0], submunitionsAtStart: stock[1] + destroyed[1] }
      : {};
  const rows = {
    B: {
      stockpile: stock && [
        { type: totalAsReported, ...start, munitionsAtEnd: stock[0], submunitionsAtEnd: stock[1] },
      ],
      destroyed: destroyed && [
        { type: totalAsReported, munitions: destroyed[0], submunitions: destroyed[1] },
      ],
    },
    D: {
      retained: retained && [{ type: totalAsReported, munitions: retained[0], submunitions: retained[1] }],
    },
    F: { contaminatedAreas: area(f.contaminatedAreaSqm), clearedAreas: area(f.clearedAreaSqm) },
    I: {
      nationalResources: f.nationalResourcesReported ? [{ article, description: asReported }] : undefined,
      assistanceProvided: f.assistanceProvidedReported ? [{ destination: asReported }] : undefined,
    },
  };
  const result: Partial<Record<FormId, SectionData>> = {};
  for (const [form, tables] of Object.entries(rows)) {
    const kept = Object.entries(tables).filter(([, value]) => value !== null && value !== undefined);
    result[form as FormId] = Object.fromEntries(kept) as SectionData;
  }
  return result;
}

/**
 * The report data of a report received outside the platform, from the key figures ISU staff
 * entered: format 1MSP, the header, every form ticked on the cover page, one summary row per
 * table ("Total as reported"). keyFiguresOf gives the figures back, except what the format cannot
 * hold: a half-filled munitions/submunitions pair (the other half reads 0), a false flag for
 * Forms G and H (a form given says something), and one of Form I's flags null with the other
 * given (Form I is given or not). Check the entry with keyFiguresProblems first.
 */
export function reportFromKeyFigures(input: ReceivedReportInput): ReportData {
  const figures: KeyFigures = { ...noFigures(), ...input.figures };
  const filled = formsWithFigures(figures);
  const rows = figureRows(figures, input.nationalResourcesArticle ?? resourcesArticle(filled));
  const report: ReportData = {
    version: '1MSP',
    kind: input.kind,
    cover: {},
    header: {
      state: input.state,
      submissionDate: input.submissionDate,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      contacts: [{ organization: input.contact?.trim() || asReported }],
    },
  };
  for (const form of format1msp.forms) {
    const chosen: CoverStatus = filled.has(form.id)
      ? { choice: 'changed' }
      : (input.cover?.[form.id] ?? { choice: form.id === 'A' ? 'changed' : 'not_applicable' });
    report.cover[form.id] = chosen;
    if (chosen.choice === 'changed') report[form.id] = { ...summarySection(form), ...rows[form.id] };
  }
  return report;
}

/**
 * What is wrong with an entry, before it is recorded: half-filled pairs, then whatever makes the
 * built report invalid (destruction without a stockpile, more cleared than contaminated, a date
 * or a cover page choice the format refuses…), with the validator's paths and messages.
 */
export function keyFiguresProblems(input: ReceivedReportInput): Finding[] {
  const figures: KeyFigures = { ...noFigures(), ...input.figures };
  const problems: Finding[] = [];
  for (const [first, second] of pairs) {
    const missing = figures[first] === null ? first : figures[second] === null ? second : null;
    if (missing && (figures[first] !== null || figures[second] !== null))
      problems.push(
        finding(
          `figures.${missing}`,
          'required',
          'required',
          'give the cluster munitions and the explosive submunitions together (0 if none)',
        ),
      );
  }
  return [...problems, ...validateReport(reportFromKeyFigures(input)).errors];
}
