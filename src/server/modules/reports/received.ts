import { type IsoDate, yearOf } from '../../../domain/calendar.js';
import type { KeyFigures } from '../../../domain/reports/key-figures.js';
import { keyFiguresProblems, type ReceivedReportInput } from '../../../domain/reports/key-figures-entry.js';
import type { ReceivedReportFields } from '../../../shared/contracts/reports.js';
import type { FieldIssue } from '../../../shared/errors.js';

/**
 * A report received outside the platform, as ISU staff enter it (the contract's fields) turned
 * into the domain's entry, and what is wrong with it named by the request field to correct.
 */

type ContractFigure = keyof ReceivedReportFields['keyFigures'];

/** The contract's names of the figures and the domain's. */
const figureNames: Record<ContractFigure, keyof KeyFigures> = {
  stockpileMunitions: 'stockpiledMunitions',
  stockpileSubmunitions: 'stockpiledSubmunitions',
  destroyedMunitions: 'destroyedMunitions',
  destroyedSubmunitions: 'destroyedSubmunitions',
  retainedMunitions: 'retainedMunitions',
  retainedSubmunitions: 'retainedSubmunitions',
  contaminatedArea: 'contaminatedAreaSqm',
  clearedArea: 'clearedAreaSqm',
};

/**
 * The reporting period when staff leave it blank: the calendar year before the annual report
 * falls due; for the initial report, from entry into force to the day it was received.
 */
export function defaultPeriod(fields: ReceivedReportFields, entryIntoForce: IsoDate) {
  if (fields.kind === 'annual') return { from: `${fields.year - 1}-01-01`, to: `${fields.year - 1}-12-31` };
  return {
    from: entryIntoForce < fields.receivedOn ? entryIntoForce : fields.receivedOn,
    to: fields.receivedOn,
  };
}

export function receivedInput(fields: ReceivedReportFields, entryIntoForce: IsoDate): ReceivedReportInput {
  const period = defaultPeriod(fields, entryIntoForce);
  const figures: Partial<KeyFigures> = {};
  for (const [name, domain] of Object.entries(figureNames) as [ContractFigure, keyof KeyFigures][])
    (figures as Record<string, number | null>)[domain] = fields.keyFigures[name];
  return {
    kind: fields.kind,
    state: fields.iso3,
    submissionDate: fields.receivedOn,
    periodFrom: fields.periodFrom ?? period.from,
    periodTo: fields.periodTo ?? period.to,
    figures,
  };
}

const prefix = 'body.fields';

/** Where in the request a finding on the built report points: the figure or date it came from. */
function requestPath(path: string): string {
  const figure = path.match(/^figures\.(\w+)/)?.[1];
  const byDomain = Object.entries(figureNames).find(([, domain]) => domain === figure);
  if (byDomain) return `${prefix}.keyFigures.${byDomain[0]}`;
  const tables: [RegExp, ContractFigure][] = [
    [/^B\.stockpile/, 'stockpileMunitions'],
    [/^B\.destroyed/, 'destroyedMunitions'],
    [/^D\.retained/, 'retainedMunitions'],
    [/^F\.contaminatedAreas/, 'contaminatedArea'],
    [/^F\.clearedAreas/, 'clearedArea'],
  ];
  const table = tables.find(([pattern]) => pattern.test(path));
  if (table) return `${prefix}.keyFigures.${table[1]}`;
  if (path.startsWith('header.periodFrom')) return `${prefix}.periodFrom`;
  if (path.startsWith('header.periodTo')) return `${prefix}.periodTo`;
  if (path.startsWith('header.submissionDate')) return `${prefix}.receivedOn`;
  if (path.startsWith('header.state')) return `${prefix}.iso3`;
  return prefix;
}

/** Everything that keeps the entry from being recorded, each naming its field. */
export function receivedProblems(
  fields: ReceivedReportFields,
  entryIntoForce: IsoDate | null,
  today: IsoDate,
): FieldIssue[] {
  if (!entryIntoForce)
    return [{ path: `${prefix}.iso3`, message: 'the Convention has not entered into force for this State' }];
  const issues: FieldIssue[] = [];
  if (fields.receivedOn > today) issues.push({ path: `${prefix}.receivedOn`, message: 'is in the future' });
  if (fields.year < yearOf(entryIntoForce))
    issues.push({
      path: `${prefix}.year`,
      message: `is before the Convention entered into force for ${fields.iso3} (${entryIntoForce})`,
    });
  if (issues.length > 0) return issues;
  for (const problem of keyFiguresProblems(receivedInput(fields, entryIntoForce)))
    issues.push({ path: requestPath(problem.path), message: problem.message });
  return issues;
}
