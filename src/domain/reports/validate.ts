import { checkCover, coverChoicesOf, type EffectiveChoice } from './cover.js';
import { checkSection, hasContent } from './field-checks.js';
import { emptyResult, finding, formatNumber, type ValidationResult } from './findings.js';
import type { ReportFormat } from './format-types.js';
import { formatOf } from './formats.js';
import { type FormatVersion, type FormId, formatVersions, type ReportKind, reportKinds } from './kinds.js';
import { columnTotal, isRecord, own } from './report-data.js';
import { type ConsistencyContext, consistency1msp } from './rules-1msp.js';

export type { Finding, ValidationResult } from './findings.js';

export type ValidateOptions = {
  /** The State's previous report (any format version), for year-on-year warnings. */
  previous?: unknown;
  /** A total that moves by more than this share from the previous report is flagged (default 0.5). */
  changeThreshold?: number;
};

/** The rules that relate one field to another, per format version (a new version adds its own). */
const consistencyRules: Record<FormatVersion, (context: ConsistencyContext, out: ValidationResult) => void> =
  {
    '1MSP': consistency1msp,
  };

/**
 * Validates a report's data against its format: shape, types and ranges of every value, required
 * fields of the forms marked "changed" (and of the header), the cover page, consistency between
 * figures, and large changes from the previous report. Accepts any JSON and never throws.
 */
export function validateReport(data: unknown, options: ValidateOptions = {}): ValidationResult {
  const result = emptyResult();
  if (!isRecord(data)) {
    result.errors.push(finding('', 'format', 'not_object', 'a report must be an object'));
    return result;
  }
  const version = own(data, 'version');
  const format = formatOf(version);
  if (!format) {
    result.errors.push(
      finding(
        'version',
        'format',
        'unknown_version',
        `must be a known format version (${formatVersions.join(', ')})`,
      ),
    );
    return result;
  }
  const rawKind = own(data, 'kind');
  const kind: ReportKind = rawKind === 'initial' ? 'initial' : 'annual';
  if (!(reportKinds as readonly unknown[]).includes(rawKind))
    result.errors.push(finding('kind', 'format', 'unknown_kind', 'must be initial or annual'));

  const known = new Set<string>(['version', 'kind', 'cover', 'header', ...format.forms.map((f) => f.id)]);
  for (const key of Object.keys(data)) {
    if (!known.has(key))
      result.errors.push(finding(key, 'unknown', 'unknown_key', 'is not a section of this format'));
  }

  checkCover(data, format, kind, result.errors);
  checkSection(format.header, own(data, 'header'), 'header', true, result.errors);
  const choices = coverChoicesOf(data, format);
  for (const form of format.forms) {
    const value = own(data, form.id);
    const choice = choices[form.id];
    if (choice === 'not_applicable') {
      if (hasContent(value))
        result.warnings.push(
          finding(
            form.id,
            'cover',
            'not_applicable_with_data',
            `Form ${form.id} is marked not applicable but holds data, which is ignored`,
          ),
        );
      continue;
    }
    checkSection(form, value, form.id, choice === 'changed', result.errors);
    if (choice === 'changed' && !hasContent(value))
      result.warnings.push(
        finding(
          form.id,
          'cover',
          'changed_without_data',
          `Form ${form.id} is marked changed but gives no information`,
        ),
      );
  }

  // Sums are checked once the values they add up are numbers in range: one error at a time.
  const badValues = new Set(
    result.errors.filter((e) => e.code === 'type' || e.code === 'range').map((e) => e.path.split(/[.[]/)[0]),
  );
  const clean = (form: FormId) => !badValues.has(form);
  consistencyRules[format.version]({ data, kind, choices, clean, previous: options.previous }, result);
  compareTotals(data, format, choices, clean, options, result);
  return result;
}

/** Large moves of a total from the previous report: worth a second look, not an error. */
function compareTotals(
  data: Record<string, unknown>,
  format: ReportFormat,
  choices: Record<FormId, EffectiveChoice>,
  clean: (form: FormId) => boolean,
  options: ValidateOptions,
  out: ValidationResult,
) {
  const previous = options.previous;
  const previousFormat = isRecord(previous) ? formatOf(own(previous, 'version')) : undefined;
  if (!previousFormat) return;
  const previousChoices = coverChoicesOf(previous, previousFormat);
  const threshold = options.changeThreshold ?? 0.5;
  for (const total of format.totals) {
    const before = previousFormat.totals.find((t) => t.id === total.id);
    if (
      !before ||
      !clean(total.form) ||
      choices[total.form] === 'not_applicable' ||
      previousChoices[before.form] === 'not_applicable'
    )
      continue;
    const current = columnTotal(data, total.form, total.table, total.column);
    const earlier = columnTotal(previous, before.form, before.table, before.column);
    if (current === null || earlier === null || current === earlier) continue;
    const share = earlier === 0 ? Number.POSITIVE_INFINITY : Math.abs(current - earlier) / earlier;
    if (share <= threshold) continue;
    const change =
      earlier === 0 ? 'rose from 0' : `changed by ${Math.round(((current - earlier) / earlier) * 100)}%`;
    out.warnings.push(
      finding(
        `${total.form}.${total.table}`,
        'previous',
        'large_change',
        `${total.label.en} ${change} since the previous report (${formatNumber(earlier)} → ${formatNumber(current)}); please check the figures`,
        { total: total.id, previous: earlier, current },
      ),
    );
  }
}
