import { Alert, Anchor, Button, Loader, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { formatVersions } from '../../../../domain/reports/kinds';
import { isRecord, own } from '../../../../domain/reports/report-data';
import { NotFoundPage } from '../../../app/pages/NotFoundPage';
import { FocusHeading } from '../../../components/FocusHeading';
import { QueryError } from '../../../components/QueryError';
import { ApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  type ReportDetail,
  useLanguage,
  useReport,
  useReportFormat,
  useReportVersion,
  useStateNames,
} from '../api';
import { PublishButton } from '../components/PublishButton';
import { ReportDownloads } from '../components/ReportDownloads';
import { ReportStatusBadge } from '../components/ReportStatusBadge';
import { ReportThread } from '../components/ReportThread';
import { VersionHistory } from '../components/VersionHistory';
import classes from '../reports.module.css';
import { ReportView } from '../view/ReportView';

/** A report one may not read is answered like one that does not exist. */
const hidden = (error: unknown) =>
  error instanceof ApiError && [400, 403, 404].includes(error.status) && error.code !== 'network_error';

const versionParam = (value: string | null) => (value && /^[1-9]\d{0,3}$/.test(value) ? Number(value) : null);

/**
 * One report, in the browser, laid out like the official forms; its versions and downloads; for
 * the ISU the publication and the queries, for the State's focal point the replies and editing.
 */
export function ReportPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation('reports');
  const report = useReport(id);
  const picked = versionParam(params.get('version'));
  const version = useReportVersion(id, picked);

  if (report.isPending) return <Loader size="sm" aria-label={t('layout.loading')} />;
  if (report.isError) {
    if (hidden(report.error)) return <NotFoundPage />;
    return <QueryError error={report.error} onRetry={() => report.refetch()} />;
  }
  if (picked !== null && version.isError && hidden(version.error)) return <NotFoundPage />;
  return <ReportContent report={report.data} picked={picked} versionData={version.data?.data} />;
}

function ReportContent({
  report,
  picked,
  versionData,
}: {
  report: ReportDetail;
  picked: number | null;
  versionData: unknown;
}) {
  const { t, i18n } = useTranslation('reports');
  const language = useLanguage();
  const { nameOf } = useStateNames();
  const [notice, setNotice] = useState('');
  const state = nameOf(report.iso3, report.stateName);
  const name = t(`reports.reportName.${report.kind}`, { year: report.year });
  const title = t('reports.report.heading', { state, report: name });
  useDocumentTitle(title);
  const data = picked !== null ? versionData : report.data;
  // A version keeps the format it was written in, which a later correction may have changed.
  const written = isRecord(data) ? own(data, 'version') : undefined;
  const format = useReportFormat(formatVersions.find((v) => v === written) ?? report.formatVersion);
  const date = (iso: string | null) => (iso ? formatDate(iso, i18n.language) : '—');
  const showing =
    picked !== null
      ? t('reports.report.showsVersion', { number: picked })
      : report.shows === 'draft'
        ? t('reports.report.showsDraft')
        : t('reports.report.showsVersion', { number: report.shows });

  return (
    <article>
      <FocusHeading>{title}</FocusHeading>
      <dl className={classes.facts}>
        <dt>{t('reports.columns.status')}</dt>
        <dd>
          <ReportStatusBadge status={report.status} />
          {report.correctionInProgress && ` ${t('reports.list.correcting')}`}
        </dd>
        <dt>{t('reports.report.shows')}</dt>
        <dd>{showing}</dd>
        <dt>{t('reports.columns.dueOn')}</dt>
        <dd>{date(report.dueOn)}</dd>
        <dt>{t('reports.columns.receivedOn')}</dt>
        <dd>{date(report.receivedOn)}</dd>
        <dt>{t('reports.columns.onTime')}</dt>
        <dd>{report.onTime === null ? '—' : report.onTime ? t('reports.view.yes') : t('reports.view.no')}</dd>
        <dt>{t('reports.report.channel')}</dt>
        <dd>{t(`reports.channel.${report.channel}`)}</dd>
      </dl>

      {picked !== null && (
        <Text mt="sm">
          <Anchor component={Link} to={`/reports/${report.id}`}>
            {t('reports.report.backToCurrent')}
          </Anchor>
        </Text>
      )}
      {report.shows === 'draft' && picked === null && (
        <Alert color="yellow" mt="md">
          {t('reports.report.draftNotice')}
        </Alert>
      )}

      <div className={classes.links}>
        {report.abilities.edit && (
          <Button component={Link} to={`/reports/${report.id}/edit`} variant="default">
            {report.status === 'draft'
              ? t('reports.report.editDraft')
              : t('reports.report.continueCorrection')}
          </Button>
        )}
        {report.abilities.amend && (
          <Button component={Link} to={`/reports/${report.id}/edit`} variant="default">
            {t('reports.report.startCorrection')}
          </Button>
        )}
        {report.abilities.publish && report.latestVersion !== null && (
          <PublishButton
            reportId={report.id}
            version={report.latestVersion}
            reportName={`${state}, ${name}`}
            onPublished={(n) => setNotice(t('reports.publish.done', { version: n }))}
          />
        )}
      </div>
      <Text role="status" fw={700}>
        {notice}
      </Text>

      <ReportDownloads report={report} language={language} version={picked} />

      <div className={classes.section}>
        {format.isPending || (picked !== null && data === undefined) ? (
          <Loader size="sm" aria-label={t('layout.loading')} />
        ) : format.isError ? (
          <QueryError error={format.error} onRetry={() => format.refetch()} />
        ) : (
          <ReportView format={format.data} data={data} language={language} />
        )}
      </div>

      <VersionHistory report={report} viewing={picked} />
      {report.abilities.readThread && <ReportThread report={report} />}
    </article>
  );
}
