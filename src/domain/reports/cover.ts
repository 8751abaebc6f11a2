import { type Finding, finding } from './findings.js';
import type { ReportFormat } from './format-types.js';
import { type CoverChoice, coverChoices, type FormId, firstReportingYear, type ReportKind } from './kinds.js';
import { isRecord, own, yearOfIsoDate } from './report-data.js';

/**
 * The cover page's tick for each form. null: not chosen (or invalid) on an annual report, where
 * the State must choose; the form's values are then checked for type but not for completeness.
 */
export type EffectiveChoice = CoverChoice | null;

const choiceOf = (entry: unknown): CoverChoice | null => {
  const choice = isRecord(entry) ? own(entry, 'choice') : undefined;
  return typeof choice === 'string' && (coverChoices as readonly string[]).includes(choice)
    ? (choice as CoverChoice)
    : null;
};

/**
 * What the report says about each form. An initial report has no cover page: its required forms
 * count as submitted ("changed") unless marked not applicable. A voluntary form left unticked is
 * not applicable.
 */
export function coverChoicesOf(data: unknown, format: ReportFormat): Record<FormId, EffectiveChoice> {
  const cover = isRecord(data) ? own(data, 'cover') : undefined;
  const kind = isRecord(data) ? own(data, 'kind') : undefined;
  const result = {} as Record<FormId, EffectiveChoice>;
  for (const form of format.forms) {
    const entry = isRecord(cover) ? own(cover, form.id) : undefined;
    const chosen = choiceOf(entry);
    const offered = chosen !== null && form.coverChoices.includes(chosen);
    if (entry !== undefined && entry !== null) result[form.id] = offered ? chosen : null;
    else if (form.requirement === 'voluntary') result[form.id] = 'not_applicable';
    else result[form.id] = kind === 'initial' ? 'changed' : null;
  }
  return result;
}

/** The year by which an "unchanged since" year must lie: the year of submission, or after the period. */
function latestYear(data: Record<string, unknown>): number | null {
  const header = own(data, 'header');
  if (!isRecord(header)) return null;
  const submitted = yearOfIsoDate(own(header, 'submissionDate'));
  if (submitted !== null) return submitted;
  const periodEnd = yearOfIsoDate(own(header, 'periodTo'));
  return periodEnd === null ? null : periodEnd + 1;
}

export function checkCover(
  data: Record<string, unknown>,
  format: ReportFormat,
  kind: ReportKind,
  out: Finding[],
) {
  const cover = own(data, 'cover');
  if (cover !== undefined && cover !== null && !isRecord(cover)) {
    out.push(finding('cover', 'type', 'not_object', 'must be an object with one entry per form'));
    return;
  }
  const entries = isRecord(cover) ? cover : {};
  const ids = new Set<string>(format.forms.map((f) => f.id));
  for (const key of Object.keys(entries)) {
    if (!ids.has(key))
      out.push(finding(`cover.${key}`, 'unknown', 'unknown_key', 'is not a form of this format'));
  }
  const maxYear = latestYear(data);
  for (const form of format.forms) {
    const path = `cover.${form.id}`;
    const entry = own(entries, form.id);
    if (entry === undefined || entry === null) {
      if (kind === 'annual' && form.requirement === 'required')
        out.push(
          finding(
            path,
            'cover',
            'cover_missing',
            `choose changed, unchanged or not applicable for Form ${form.id}`,
          ),
        );
      continue;
    }
    const choice = choiceOf(entry);
    if (!isRecord(entry) || choice === null) {
      out.push(
        finding(
          path,
          'cover',
          'cover_invalid',
          'must be changed, unchanged_since (with a year) or not_applicable',
        ),
      );
      continue;
    }
    for (const key of Object.keys(entry)) {
      if (key !== 'choice' && !(key === 'year' && choice === 'unchanged_since'))
        out.push(finding(`${path}.${key}`, 'unknown', 'unknown_key', 'is not part of a cover page choice'));
    }
    if (!form.coverChoices.includes(choice)) {
      out.push(
        finding(
          path,
          'cover',
          'cover_choice_not_offered',
          `Form ${form.id} can only be marked: ${form.coverChoices.join(', ')}`,
          {
            choices: form.coverChoices.join(', '),
          },
        ),
      );
      continue;
    }
    if (choice !== 'unchanged_since') continue;
    if (kind === 'initial') {
      out.push(
        finding(
          path,
          'cover',
          'cover_unchanged_in_initial',
          'the initial report gives every form in full: "unchanged" is for annual reports (cover page, note 4)',
        ),
      );
      continue;
    }
    const year = own(entry, 'year');
    if (
      typeof year !== 'number' ||
      !Number.isInteger(year) ||
      year < firstReportingYear ||
      (maxYear !== null && year > maxYear)
    ) {
      out.push(
        finding(
          `${path}.year`,
          'cover',
          'cover_year_invalid',
          `must be the year of the earlier report that gave this information (${firstReportingYear}–${maxYear ?? 'this year'})`,
          { min: firstReportingYear, ...(maxYear !== null ? { max: maxYear } : {}) },
        ),
      );
    }
  }
}
