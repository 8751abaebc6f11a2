import { coverChoicesOf, type EffectiveChoice } from './cover.js';
import type { Finding } from './findings.js';
import type { ReportFormat } from './format-types.js';
import { formatOf } from './formats.js';
import type { Language, SectionId } from './kinds.js';
import { pathLabels } from './labels.js';
import { type ValidateOptions, validateReport } from './validate.js';

export type SectionStatus = 'complete' | 'incomplete' | 'unchanged' | 'not_applicable' | 'undecided';

export type SectionCompleteness = {
  section: SectionId;
  title: string;
  /** The cover page's tick; the header has none (it is always given). */
  choice: EffectiveChoice | 'always';
  status: SectionStatus;
  /** Required fields, columns and rows still empty, with their labels. */
  missing: { path: string; label: string }[];
  /** Other errors: wrong values, inconsistent figures, cover page problems. */
  errors: Finding[];
  warnings: Finding[];
};

export type Completeness = {
  complete: boolean;
  sections: SectionCompleteness[];
  /** Findings about the report as a whole (format version, kind, unknown sections). */
  general: Finding[];
  counts: { missing: number; errors: number; warnings: number };
};

/** The section a finding belongs to: 'cover.B…' belongs to Form B, 'B.stockpile…' too. */
function sectionOfPath(path: string, format: ReportFormat): string | null {
  const [first, second] = path.split(/[.[]/);
  const id = first === 'cover' ? second : first;
  if (id === 'header' || format.forms.some((f) => f.id === id)) return id ?? null;
  return null;
}

/**
 * What is left to do in a report, section by section: the view a focal point works from before
 * submitting, and the ISU's checklist when it receives a report.
 */
export function completeness(
  data: unknown,
  options: ValidateOptions & { language?: Language } = {},
): Completeness {
  const language = options.language ?? 'en';
  const result = validateReport(data, options);
  const format = formatOf(
    typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : undefined,
  );
  const counts = { missing: 0, errors: 0, warnings: result.warnings.length };
  for (const error of result.errors) {
    if (error.code === 'required') counts.missing++;
    else counts.errors++;
  }
  if (!format)
    return { complete: false, sections: [], general: [...result.errors, ...result.warnings], counts };

  const choices = coverChoicesOf(data, format);
  const bySection = new Map<string, { errors: Finding[]; warnings: Finding[] }>();
  const general: Finding[] = [];
  const file = (list: 'errors' | 'warnings', item: Finding) => {
    const section = sectionOfPath(item.path, format);
    if (section === null) return general.push(item);
    const entry = bySection.get(section) ?? { errors: [], warnings: [] };
    entry[list].push(item);
    bySection.set(section, entry);
  };
  for (const error of result.errors) file('errors', error);
  for (const warning of result.warnings) file('warnings', warning);

  const sections: SectionCompleteness[] = [
    { id: 'header' as const, title: format.header.title[language], choice: 'always' as const },
    ...format.forms.map((form) => ({ id: form.id, title: form.title[language], choice: choices[form.id] })),
  ].map(({ id, title, choice }) => {
    const found = bySection.get(id) ?? { errors: [], warnings: [] };
    const missing = found.errors
      .filter((e) => e.code === 'required')
      .map((e) => ({ path: e.path, label: pathLabels(format, e.path, language).slice(1).join(' › ') }));
    const errors = found.errors.filter((e) => e.code !== 'required');
    const status: SectionStatus =
      choice === null
        ? 'undecided'
        : missing.length > 0 || errors.length > 0
          ? 'incomplete'
          : choice === 'unchanged_since'
            ? 'unchanged'
            : choice === 'not_applicable'
              ? 'not_applicable'
              : 'complete';
    return { section: id, title, choice, status, missing, errors, warnings: found.warnings };
  });
  return { complete: result.errors.length === 0, sections, general, counts };
}
