import { Anchor, Loader } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../../app/pages/NotFoundPage';
import { FocusHeading } from '../../../components/FocusHeading';
import { QueryError } from '../../../components/QueryError';
import { ApiError } from '../../../lib/api';
import { matchLanguage } from '../../../lib/languages';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useReportDetail } from '../api-editor';
import { NotEditable, Submitted } from '../editor/EditorStates';
import { useReportTitle } from '../editor/use-report-title';

// The editor brings the domain's rules and the format (about 16 kB gzipped): its own chunk, so
// readers of the public report pages never download it.
const ReportEditor = lazy(() => import('../editor/ReportEditor'));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Outcome = { kind: 'submitted'; version: number | null } | { kind: 'discarded' } | null;

/**
 * /reports/:id/edit — the focal point's editor of a draft or a correction. The report is read
 * afresh on arrival (a cached copy may be older than the draft on the server) before the editor
 * takes its working copy.
 */
export function ReportEditorPage() {
  const { t, i18n } = useTranslation('reportEditor');
  const lang = matchLanguage(i18n.language) ?? 'en';
  const id = useParams().id ?? '';
  const valid = UUID.test(id);
  const query = useReportDetail(id, valid);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const navigate = useNavigate();
  const report = query.data;
  const title = useReportTitle(report);
  useDocumentTitle(title);

  if (!valid || (query.error instanceof ApiError && query.error.status === 404)) return <NotFoundPage />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  if (!report || (query.isFetching && !query.isFetchedAfterMount))
    return <Loader size="sm" aria-label={t('layout.loading')} />;

  return (
    <article>
      <Anchor component={Link} to={`/reports/${id}`} size="sm">
        {t('reportEditor.page.back')}
      </Anchor>
      <FocusHeading>{title}</FocusHeading>
      {outcome?.kind === 'submitted' ? (
        <Submitted reportId={id} version={outcome.version} lang={lang} />
      ) : report.abilities.edit ? (
        <Suspense fallback={<Loader size="sm" aria-label={t('layout.loading')} />}>
          <ReportEditor
            key={report.id}
            report={report}
            onSubmitted={(version) => setOutcome({ kind: 'submitted', version })}
            onDiscarded={() => setOutcome({ kind: 'discarded' })}
            onDeleted={() => navigate('/reports/start', { state: { deleted: true } })}
          />
        </Suspense>
      ) : (
        <NotEditable report={report} discarded={outcome?.kind === 'discarded'} />
      )}
    </article>
  );
}
