import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FormDef, ReportFormat } from '../../../../domain/reports/format-types';
import type { Language } from '../../../../domain/reports/kinds';
import { isEmpty, isRecord, own } from '../../../../domain/reports/report-data';
import { StatusBadge } from '../../../components/StatusBadge';
import { CoverView, coverEntry } from './CoverView';
import { SectionView } from './SectionView';
import classes from './view.module.css';

interface ReportViewProps {
  format: ReportFormat;
  /** The report's data (ReportData). */
  data: unknown;
  language: Language;
}

/** Whether a form holds anything: a filled field or a table with rows. */
function hasContent(data: unknown, form: FormDef): boolean {
  const section = isRecord(data) ? own(data, form.id) : undefined;
  if (!isRecord(section)) return false;
  return [...form.fields, ...form.tables].some((item) => !isEmpty(own(section, item.id)));
}

/**
 * A whole report, read-only, in the order of the official forms: the cover page (annual reports),
 * the header with the points of contact, then Forms A–J. A form the cover page marks unchanged or
 * not applicable says so instead of showing empty tables.
 */
export function ReportView({ format, data, language }: ReportViewProps) {
  const { t } = useTranslation('reports');
  const kind = isRecord(data) ? own(data, 'kind') : undefined;
  const withCover = kind === 'annual' && format.coverPage.usedFor.includes('annual');
  const formTitle = (form: FormDef) =>
    t('reports.view.formTitle', { id: form.id, title: form.title[language] });

  return (
    <div className={classes.report}>
      <nav aria-labelledby="report-contents-heading" className={classes.contents}>
        <Text fw={700} id="report-contents-heading">
          {t('reports.view.contents')}
        </Text>
        <ol>
          {withCover && (
            <li>
              <a href="#report-cover">{format.coverPage.title[language]}</a>
            </li>
          )}
          <li>
            <a href="#report-header">{format.header.title[language]}</a>
          </li>
          {format.forms.map((form) => (
            <li key={form.id}>
              <a href={`#report-form-${form.id}`}>{formTitle(form)}</a>
            </li>
          ))}
        </ol>
      </nav>

      {withCover && (
        <section className={classes.form} aria-labelledby="report-cover">
          <Title order={2} size="h3" id="report-cover" className={classes.formTitle}>
            {format.coverPage.title[language]}
          </Title>
          <CoverView format={format} data={data} language={language} />
        </section>
      )}

      <section className={classes.form} aria-labelledby="report-header">
        <Title order={2} size="h3" id="report-header" className={classes.formTitle}>
          {format.header.title[language]}
        </Title>
        <SectionView format={format} sectionId="header" data={data} language={language} />
      </section>

      {format.forms.map((form) => {
        const entry = coverEntry(data, form.id);
        const filled = hasContent(data, form);
        // An initial report has no cover page: what it gives is its content.
        const status =
          entry?.choice === 'unchanged_since'
            ? t('reports.view.unchangedSince', { year: entry.year })
            : entry?.choice === 'not_applicable'
              ? t('reports.view.notApplicable')
              : !entry && !filled
                ? t('reports.view.notGiven')
                : null;
        return (
          <section
            key={form.id}
            className={classes.form}
            aria-labelledby={`report-form-${form.id}`}
            data-testid={`form-${form.id}`}
          >
            <Title order={2} size="h3" id={`report-form-${form.id}`} className={classes.formTitle}>
              {formTitle(form)}
            </Title>
            <p className={classes.basis}>
              {/* Legal references read the same in every language; Form J's "Voluntary" is the badge. */}
              {form.basis.startsWith('Art.') && <span>{form.basis}</span>}
              {form.requirement === 'voluntary' && (
                <StatusBadge tone="gray">{t('reports.view.voluntary')}</StatusBadge>
              )}
            </p>
            {status && <Text className={classes.status}>{status}</Text>}
            {(entry?.choice === 'changed' || filled) && (
              <SectionView format={format} sectionId={form.id} data={data} language={language} />
            )}
          </section>
        );
      })}
    </div>
  );
}
