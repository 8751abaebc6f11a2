import { VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CoverStatus, ReportFormat } from '../../../../domain/reports/format-types';
import { type CoverChoice, coverChoices, type Language } from '../../../../domain/reports/kinds';
import { isRecord, own } from '../../../../domain/reports/report-data';
import { formatDate } from '../../../lib/format';
import { useStateNames } from '../api';
import classes from './view.module.css';

/** The cover entry of a form as the data holds it, or null when missing or malformed. */
export function coverEntry(data: unknown, formId: string): CoverStatus | null {
  const cover = isRecord(data) ? own(data, 'cover') : undefined;
  const entry = isRecord(cover) ? own(cover, formId) : undefined;
  if (!isRecord(entry)) return null;
  const choice = own(entry, 'choice');
  if (choice === 'changed' || choice === 'not_applicable') return { choice };
  if (choice === 'unchanged_since') {
    const year = own(entry, 'year');
    return { choice, year: typeof year === 'number' ? year : Number.NaN };
  }
  return null;
}

interface CoverViewProps {
  format: ReportFormat;
  data: unknown;
  language: Language;
}

/**
 * The cover page of an annual report, as on the official form: the State and the period, then one
 * row per form with a tick under "changed", "unchanged (last reporting: yyyy)" or "not applicable".
 * A choice the format does not offer for a form (Form A cannot be "not applicable") is greyed.
 */
export function CoverView({ format, data, language }: CoverViewProps) {
  const { t } = useTranslation('reports');
  const { nameOf } = useStateNames();
  const header = isRecord(data) ? own(data, 'header') : undefined;
  const value = (id: string) => (isRecord(header) ? own(header, id) : undefined);
  const label = (id: string) => format.header.fields.find((f) => f.id === id)?.label[language] ?? id;
  const date = (id: string) => {
    const v = value(id);
    return typeof v === 'string' ? formatDate(v, language) : '—';
  };
  const state = value('state');

  const tick = (formId: string, choice: CoverChoice, entry: CoverStatus | null, offered: boolean) => {
    if (!offered)
      return (
        <td key={choice} className={classes.notOffered}>
          <VisuallyHidden>{t('reports.cover.notOffered')}</VisuallyHidden>
        </td>
      );
    const chosen = entry?.choice === choice;
    return (
      <td key={choice} className={classes.tick} data-testid={`cover-${formId}-${choice}`}>
        <span aria-hidden="true">{chosen ? '☒' : '☐'}</span>
        <VisuallyHidden>{chosen ? t('reports.cover.ticked') : t('reports.cover.notTicked')}</VisuallyHidden>
        {chosen && entry?.choice === 'unchanged_since' && (
          <span className={classes.year}>
            {Number.isFinite(entry.year) ? entry.year : t('reports.cover.noYear')}
          </span>
        )}
      </td>
    );
  };

  return (
    <div className={classes.section}>
      <table className={classes.fields}>
        <tbody>
          <tr>
            <th scope="row">{label('state')}</th>
            <td>{typeof state === 'string' ? nameOf(state) : '—'}</td>
          </tr>
          <tr>
            <th scope="row">{t('reports.cover.period')}</th>
            <td>{t('reports.cover.fromTo', { from: date('periodFrom'), to: date('periodTo') })}</td>
          </tr>
        </tbody>
      </table>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard. */}
      <section className={classes.scroll} aria-labelledby="cover-caption" tabIndex={0}>
        <table className={classes.rows}>
          <caption id="cover-caption">{t('reports.cover.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.cover.form')}</th>
              {coverChoices.map((choice) => (
                <th key={choice} scope="col">
                  {format.coverPage.choiceLabels[choice][language]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {format.forms.map((form) => {
              const entry = coverEntry(data, form.id);
              return (
                <tr key={form.id}>
                  <th scope="row">
                    {t('reports.view.formTitle', { id: form.id, title: form.title[language] })}
                  </th>
                  {coverChoices.map((choice) =>
                    tick(form.id, choice, entry, form.coverChoices.includes(choice)),
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <ol className={classes.notes}>
        {format.coverPage.notes.map((note) => (
          <li key={note.en}>{note[language]}</li>
        ))}
      </ol>
    </div>
  );
}
