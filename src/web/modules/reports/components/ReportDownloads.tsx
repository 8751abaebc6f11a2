import { Anchor, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../domain/reports/kinds';
import { type DocumentFormat, documentUrl, fileUrl, type ReportDetail } from '../api';
import classes from '../reports.module.css';

const formats: DocumentFormat[] = ['pdf', 'docx', 'csv', 'xlsx'];

interface Props {
  report: ReportDetail;
  language: Language;
  /** The version shown, when the reader picked one; else what the reader sees by default. */
  version: number | null;
}

/** The report as a document in the interface language, and the documents received with it. */
export function ReportDownloads({ report, language, version }: Props) {
  const { t } = useTranslation('reports');
  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? `${Math.max(1, Math.round(bytes / 1024))} kB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return (
    <section className={classes.section} aria-labelledby="downloads-heading">
      <Title order={2} size="h3" id="downloads-heading" mb="xs">
        {t('reports.downloads.heading')}
      </Title>
      <ul className={classes.links} aria-label={t('reports.downloads.documents')}>
        {formats.map((format) => (
          <li key={format}>
            <Anchor href={documentUrl(report.id, format, language, version ?? undefined)} download>
              {t(`reports.downloads.${format}`)}
            </Anchor>
          </li>
        ))}
      </ul>
      {report.files.length > 0 && (
        <ul className={classes.links} aria-label={t('reports.downloads.files')}>
          {report.files.map((file) => (
            <li key={file.id}>
              <Anchor href={fileUrl(report.id, file.id)} download={file.filename}>
                {file.purpose === 'original'
                  ? t('reports.downloads.original', { name: file.filename })
                  : t('reports.downloads.attachment', { name: file.filename })}
              </Anchor>{' '}
              ({size(file.size)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
