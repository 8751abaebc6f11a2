import type { ReceivedInput } from './api';

/** The key figures of a report received outside the platform, as the contract names them. */
export const countFigures = [
  'stockpileMunitions',
  'stockpileSubmunitions',
  'destroyedMunitions',
  'destroyedSubmunitions',
  'retainedMunitions',
  'retainedSubmunitions',
] as const;
export const areaFigures = ['contaminatedArea', 'clearedArea'] as const;
export type Figure = (typeof countFigures)[number] | (typeof areaFigures)[number];

export interface ReceivedForm {
  iso3: string;
  kind: 'initial' | 'annual';
  year: string;
  receivedOn: string;
  periodFrom: string;
  periodTo: string;
  figures: Record<Figure, string>;
  file: File | null;
}

export const emptyFigures = (): Record<Figure, string> =>
  Object.fromEntries([...countFigures, ...areaFigures].map((f) => [f, ''])) as Record<Figure, string>;

/** What the form can tell before sending: missing fields, and figures that are not numbers ≥ 0. */
export function formProblems(form: ReceivedForm): Partial<Record<string, 'required' | 'count' | 'area'>> {
  const problems: Partial<Record<string, 'required' | 'count' | 'area'>> = {};
  if (!form.iso3) problems.iso3 = 'required';
  if (!/^\d{4}$/.test(form.year)) problems.year = 'required';
  if (!form.receivedOn) problems.receivedOn = 'required';
  if (!form.file) problems.file = 'required';
  for (const figure of countFigures)
    if (form.figures[figure] !== '' && !/^\d+$/.test(form.figures[figure].trim()))
      problems[`keyFigures.${figure}`] = 'count';
  for (const figure of areaFigures) {
    const value = form.figures[figure].trim();
    if (value !== '' && !(Number(value) >= 0)) problems[`keyFigures.${figure}`] = 'area';
  }
  return problems;
}

/** The `fields` part of the request: blank figures and period dates are null (not given). */
export function receivedFields(form: ReceivedForm): ReceivedInput {
  const number = (value: string) => (value.trim() === '' ? null : Number(value));
  return {
    iso3: form.iso3,
    kind: form.kind,
    year: Number(form.year),
    receivedOn: form.receivedOn,
    periodFrom: form.periodFrom || null,
    periodTo: form.periodTo || null,
    keyFigures: Object.fromEntries(
      [...countFigures, ...areaFigures].map((f) => [f, number(form.figures[f])]),
    ) as ReceivedInput['keyFigures'],
  };
}

/** A server issue's field: 'body.fields.keyFigures.clearedArea' → 'keyFigures.clearedArea'. */
export const issueField = (path: string) => path.replace(/^body\./, '').replace(/^fields\./, '');
