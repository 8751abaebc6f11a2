import type { TFunction } from 'i18next';
import { formatDate } from '../../lib/format';
import { checklistItemOf, type ExtensionArticle } from './api';

export interface Finding {
  field: string;
  message: string;
}

/** The id of the form control a finding is about, so the checks panel can link to it. */
export function fieldId(field: string): string {
  return `request-${field.replace('.', '-')}`;
}

/** The label of a checklist item in the interface language: "(b) Detailed explanation…". */
export function itemLabel(article: ExtensionArticle, item: string, t: TFunction<'obligations'>): string {
  return t(`obligations.checklist.art${article}.${item}` as 'obligations.checklist.art3.a');
}

/**
 * The server's checks are English sentences with dates in them (extension-rules.ts); the ones it
 * can produce are translated here, with dates in the interface language. Anything else is shown as
 * the server wrote it.
 */
export function checkText(
  finding: Finding,
  article: ExtensionArticle,
  t: TFunction<'obligations'>,
  language: string,
): string {
  const date = (iso: string | undefined) => (iso ? formatDate(iso, language) : '');
  const item = checklistItemOf(finding.field);
  if (item) return t('obligations.checks.itemMissing', { item: itemLabel(article, item, t) });
  const m = finding.message;
  const found = (pattern: RegExp) => pattern.exec(m) ?? undefined;
  if (finding.field === 'requestedUntil') {
    if (m === 'is required') return t('obligations.checks.requestedUntilRequired');
    const after = found(/current deadline \((\d{4}-\d{2}-\d{2})\)/);
    if (after) return t('obligations.checks.afterDeadline', { date: date(after[1]) });
    const most = found(/at most (\d+) years \(to (\d{4}-\d{2}-\d{2})/);
    if (most) return t('obligations.checks.maxYears', { count: Number(most[1]), date: date(most[2]) });
  }
  if (finding.field === 'exceptionalCircumstances') return t('obligations.checks.exceptional');
  const expires = finding.field === 'submittedOn' ? found(/expires \((\d{4}-\d{2}-\d{2})/) : undefined;
  if (expires) return t('obligations.checks.beforeDeadline', { date: date(expires[1]) });
  const late = finding.field === 'meeting' ? found(/before (.+) \((\d{4}-\d{2}-\d{2})\)/) : undefined;
  if (late) return t('obligations.checks.nineMonths', { meeting: late[1], date: date(late[2]) });
  return m;
}

/** Findings keyed by field, translated: what each form control shows as its error. */
export function findingsByField(
  findings: Finding[],
  article: ExtensionArticle,
  t: TFunction<'obligations'>,
  language: string,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const finding of findings) {
    // Beside its own field, an item needs no repeating of its label.
    result[finding.field] ??= checklistItemOf(finding.field)
      ? t('obligations.checks.notAddressed')
      : checkText(finding, article, t, language);
  }
  return result;
}
