import { coverChoicesOf, type EffectiveChoice } from './cover.js';
import { hasContent } from './field-checks.js';
import { formatOf } from './formats.js';
import type { FormatVersion, FormId } from './kinds.js';
import { columnTotal, isRecord, own, rowsOf } from './report-data.js';

/**
 * The figures of a report that the ISU's analysis adds up across States: the stockpile, what was
 * destroyed and retained, contaminated and cleared land, and whether risk education, victim
 * assistance, national resources and international assistance are reported. null: the report
 * does not give the figure (form not applicable, or the table left empty).
 */
export type KeyFigures = {
  /** Form B stockpile rows, "at the end of the period" columns summed. */
  stockpiledMunitions: number | null;
  stockpiledSubmunitions: number | null;
  /** Form B, destroyed during the period. */
  destroyedMunitions: number | null;
  destroyedSubmunitions: number | null;
  /** Form D, held under Art. 3(6) at the end of the period. */
  retainedMunitions: number | null;
  retainedSubmunitions: number | null;
  /** Form F, areas known or suspected at the start of the period or found during it (m²). */
  contaminatedAreaSqm: number | null;
  /** Form F, cleared during the period (m²). */
  clearedAreaSqm: number | null;
  /** Form G gives risk education measures. */
  riskEducationReported: boolean | null;
  /** Form H gives the status of victim assistance. */
  victimAssistanceReported: boolean | null;
  /** Form I lists national resources allocated to Arts. 3–5 (Art. 7(1)(m)). */
  nationalResourcesReported: boolean | null;
  /** Form I lists international cooperation and assistance provided (Art. 7(1)(n)). */
  assistanceProvidedReported: boolean | null;
  /** The 1MSP format has no place for assistance received: always null for 1MSP reports. */
  assistanceReceivedReported: boolean | null;
};

export type KeyFigureId = keyof KeyFigures;
export type NumericFigureId = {
  [K in KeyFigureId]: KeyFigures[K] extends number | null ? K : never;
}[KeyFigureId];
export type FlagFigureId = Exclude<KeyFigureId, NumericFigureId>;

export const numericFigureIds = [
  'stockpiledMunitions',
  'stockpiledSubmunitions',
  'destroyedMunitions',
  'destroyedSubmunitions',
  'retainedMunitions',
  'retainedSubmunitions',
  'contaminatedAreaSqm',
  'clearedAreaSqm',
] as const satisfies readonly NumericFigureId[];

export const flagFigureIds = [
  'riskEducationReported',
  'victimAssistanceReported',
  'nationalResourcesReported',
  'assistanceProvidedReported',
  'assistanceReceivedReported',
] as const satisfies readonly FlagFigureId[];

export const keyFigureIds: readonly KeyFigureId[] = [...numericFigureIds, ...flagFigureIds];

/** What happened during the period: an "unchanged" form says nothing new happened, so no figure. */
export const periodFigureIds: readonly KeyFigureId[] = [
  'destroyedMunitions',
  'destroyedSubmunitions',
  'clearedAreaSqm',
];

export const noFigures = (): KeyFigures =>
  Object.fromEntries(keyFigureIds.map((id) => [id, null])) as KeyFigures;

/** The form of the 1MSP format each figure comes from. */
export const figureForms: Record<KeyFigureId, FormId | null> = {
  stockpiledMunitions: 'B',
  stockpiledSubmunitions: 'B',
  destroyedMunitions: 'B',
  destroyedSubmunitions: 'B',
  retainedMunitions: 'D',
  retainedSubmunitions: 'D',
  contaminatedAreaSqm: 'F',
  clearedAreaSqm: 'F',
  riskEducationReported: 'G',
  victimAssistanceReported: 'H',
  nationalResourcesReported: 'I',
  assistanceProvidedReported: 'I',
  assistanceReceivedReported: null,
};

export type KeyFiguresOptions = {
  /**
   * The figures of the State's previous report, already resolved. A form marked "unchanged since"
   * takes its positions (stockpile, retained, contaminated area) and flags from them; without
   * them, from the data the form still carries (a report prefilled from the last one keeps it).
   */
  previous?: KeyFigures | null;
};

/** The figures a form's data gives, as if the form were marked changed. */
function figuresOf1msp(data: unknown, form: FormId): Partial<KeyFigures> {
  const total = (table: string, column: string) => columnTotal(data, form, table, column);
  const section = isRecord(data) ? own(data, form) : undefined;
  switch (form) {
    case 'B':
      return {
        stockpiledMunitions: total('stockpile', 'munitionsAtEnd'),
        stockpiledSubmunitions: total('stockpile', 'submunitionsAtEnd'),
        destroyedMunitions: total('destroyed', 'munitions'),
        destroyedSubmunitions: total('destroyed', 'submunitions'),
      };
    case 'D':
      return {
        retainedMunitions: total('retained', 'munitions'),
        retainedSubmunitions: total('retained', 'submunitions'),
      };
    case 'F':
      return {
        contaminatedAreaSqm: total('contaminatedAreas', 'areaSqm'),
        clearedAreaSqm: total('clearedAreas', 'areaSqm'),
      };
    case 'G':
      return { riskEducationReported: hasContent(section) };
    case 'H':
      return { victimAssistanceReported: hasContent(section) };
    case 'I':
      return {
        nationalResourcesReported: rowsOf(data, 'I', 'nationalResources').length > 0,
        assistanceProvidedReported: rowsOf(data, 'I', 'assistanceProvided').length > 0,
      };
    default:
      return {};
  }
}

const figureReaders: Record<FormatVersion, (data: unknown, form: FormId) => Partial<KeyFigures>> = {
  '1MSP': figuresOf1msp,
};

function formFigures(
  read: Partial<KeyFigures>,
  choice: EffectiveChoice,
  given: boolean,
  previous: KeyFigures | null | undefined,
): Partial<KeyFigures> {
  if (choice === 'not_applicable' || (choice === null && !given)) return {};
  if (choice !== 'unchanged_since') return read;
  const carried: Partial<KeyFigures> = {};
  for (const id of Object.keys(read) as KeyFigureId[]) {
    if (periodFigureIds.includes(id)) continue;
    const value = previous ? previous[id] : read[id];
    (carried as Record<string, unknown>)[id] = value ?? null;
  }
  return carried;
}

/**
 * The key figures of a report's data, whatever it holds: never throws, unknown formats and
 * malformed values give null. A form marked not applicable gives null figures; a form without a
 * cover page tick (an annual report not yet finished) is read as it stands if it holds anything.
 */
export function keyFiguresOf(data: unknown, options: KeyFiguresOptions = {}): KeyFigures {
  const figures = noFigures();
  if (!isRecord(data)) return figures;
  const version = own(data, 'version');
  const format = formatOf(version);
  if (!format) return figures;
  const choices = coverChoicesOf(data, format);
  const read = figureReaders[format.version];
  for (const form of format.forms)
    Object.assign(
      figures,
      formFigures(read(data, form.id), choices[form.id], hasContent(own(data, form.id)), options.previous),
    );
  return figures;
}

/**
 * Key figures of a run of one State's reports, oldest first: each report's "unchanged since"
 * forms resolved against the figures of the report before it.
 */
export function keyFiguresSeries(reports: readonly unknown[]): KeyFigures[] {
  const series: KeyFigures[] = [];
  for (const data of reports) series.push(keyFiguresOf(data, { previous: series.at(-1) ?? null }));
  return series;
}
