import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Completeness, completeness } from '../../../../domain/reports/completeness';
import type { Finding } from '../../../../domain/reports/findings';
import type { ReportFormat } from '../../../../domain/reports/format-types';
import type { Language } from '../../../../domain/reports/kinds';
import { pathLabels } from '../../../../domain/reports/labels';
import type { ReportData } from '../../../../domain/reports/report-data';
import { asSubmitted as asSubmittedOn } from '../../../../domain/reports/submission';
import { findingText } from './finding-text';
import { sectionOfPath } from './paths';
import { timing, useDebouncedValue } from './timing';

export type Tone = 'error' | 'warning';
export interface Message {
  path: string;
  text: string;
  tone: Tone;
}
export interface Checks {
  result: Completeness;
  /** Translated messages by path, for the inputs, tables and sections they are about. */
  messages: Map<string, Message[]>;
  /** Whether the checks describe the data on screen (false while typing). */
  current: boolean;
}

type ServerFindings = { data: unknown; findings: { errors: Finding[]; warnings: Finding[] } };

const keyOf = (finding: Finding) => `${finding.path}|${finding.rule}`;

/**
 * Adds the server's findings about the same data that the local rules did not find (the server
 * may know more, such as files or the previous report as stored), so the two never disagree.
 */
function merge(
  result: Completeness,
  server: ServerFindings['findings'],
  format: ReportFormat,
  lang: Language,
) {
  const known = new Set<string>();
  for (const section of result.sections) {
    for (const item of section.missing) known.add(`${item.path}|required`);
    for (const item of [...section.errors, ...section.warnings]) known.add(keyOf(item));
  }
  for (const item of result.general) known.add(keyOf(item));
  const sections = result.sections.map((section) => ({ ...section }));
  const counts = { ...result.counts };
  let complete = result.complete;
  const file = (finding: Finding, list: 'errors' | 'warnings') => {
    if (known.has(keyOf(finding))) return;
    const section = sections.find((s) => s.section === sectionOfPath(finding.path));
    if (!section) return;
    if (list === 'warnings') {
      section.warnings = [...section.warnings, finding];
      counts.warnings++;
      return;
    }
    complete = false;
    if (section.status !== 'undecided') section.status = 'incomplete';
    if (finding.code === 'required') {
      const label = pathLabels(format, finding.path, lang).slice(1).join(' › ');
      section.missing = [...section.missing, { path: finding.path, label }];
      counts.missing++;
    } else {
      section.errors = [...section.errors, finding];
      counts.errors++;
    }
  };
  for (const finding of server.errors) file(finding, 'errors');
  for (const finding of server.warnings) file(finding, 'warnings');
  return { ...result, sections, counts, complete };
}

/** The draft as the server checks and submits it, dated today. */
export const asSubmitted = (data: ReportData, iso3: string, today = new Date().toISOString().slice(0, 10)) =>
  asSubmittedOn(data, iso3, today);

/**
 * The report's completeness, computed in the browser with the domain's rules a moment after the
 * last keystroke (typing in a 50-row table stays fluid), merged with the server's findings of the
 * last save when they are about the same data.
 */
export function useChecks(
  data: ReportData,
  iso3: string,
  previous: unknown,
  format: ReportFormat,
  lang: Language,
  server: ServerFindings | null,
): Checks {
  const { t } = useTranslation('reportEditor');
  const settled = useDebouncedValue(data, timing.checkMs);
  const local = useMemo(
    () => completeness(asSubmitted(settled, iso3), { previous: previous ?? undefined, language: lang }),
    [settled, iso3, previous, lang],
  );
  const result = useMemo(
    () => (server && server.data === settled ? merge(local, server.findings, format, lang) : local),
    [local, server, settled, format, lang],
  );
  const messages = useMemo(() => {
    const map = new Map<string, Message[]>();
    const add = (path: string, text: string, tone: Tone) =>
      map.set(path, [...(map.get(path) ?? []), { path, text, tone }]);
    for (const section of result.sections) {
      for (const item of section.missing)
        add(item.path, findingText(requiredOf(item.path, format), t, lang, format), 'error');
      for (const item of section.errors) add(item.path, findingText(item, t, lang, format), 'error');
      for (const item of section.warnings) add(item.path, findingText(item, t, lang, format), 'warning');
    }
    return map;
  }, [result, t, lang, format]);
  return { result, messages, current: settled === data };
}

/** A missing field, or a table without its minimum rows (completeness() gives only the path). */
function requiredOf(path: string, format: ReportFormat): Finding {
  const [section, name, more] = path.split(/[.[]/);
  const def = section === 'header' ? format.header : format.forms.find((form) => form.id === section);
  const table = more === undefined ? def?.tables.find((item) => item.id === name) : undefined;
  return table?.minRows
    ? { path, code: 'required', rule: 'min_rows', message: '', params: { min: table.minRows } }
    : { path, code: 'required', rule: 'required', message: '' };
}
