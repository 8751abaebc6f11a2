import { Anchor, Group, Loader, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from '../../../app/pages/NotFoundPage';
import tableClasses from '../../../components/DataTable.module.css';
import { FocusHeading } from '../../../components/FocusHeading';
import { QueryError } from '../../../components/QueryError';
import { type BadgeTone, StatusBadge } from '../../../components/StatusBadge';
import { TableScroll } from '../../../components/TableScroll';
import { ApiError } from '../../../lib/api';
import { intlLocale, matchLanguage } from '../../../lib/languages';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useReport } from '../api';
import { type ReportDiff, useVersionDiff } from '../api-editor';
import { useReportTitle } from '../editor/use-report-title';
import { diffPath, earlierVersion } from '../versions';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type Change = ReportDiff['changes'][number];
const tones: Record<Change['kind'], BadgeTone> = { added: 'green', removed: 'red', changed: 'blue' };

/** Changes in the order found, grouped by the section they are in. */
function bySection(changes: readonly Change[]): [string, Change[]][] {
  const groups = new Map<string, Change[]>();
  for (const change of changes) groups.set(change.section, [...(groups.get(change.section) ?? []), change]);
  return [...groups];
}

/** `?against=`: a version before this one, or null for the server's default (the version before). */
function againstParam(value: string | null, number: number): number | null {
  const against = Number(value);
  return value !== null && Number.isInteger(against) && against >= 1 && against < number ? against : null;
}

/** The server refused the version to compare with: this reader may read none before this one. */
const nothingEarlier = (error: unknown) =>
  error instanceof ApiError &&
  error.code === 'validation_failed' &&
  ((error.details as { issues?: { path?: string }[] } | undefined)?.issues ?? []).some(
    (issue) => issue.path === 'query.against',
  );

/**
 * /reports/:id/versions/:number/diff — what version n changed from the version before (or from
 * `?against=`), section by section, each change with the value before and after.
 */
export function VersionDiffPage() {
  const { t, i18n } = useTranslation('reportEditor');
  const lang = matchLanguage(i18n.language) ?? 'en';
  const params = useParams();
  const id = params.id ?? '';
  const number = Number(params.number);
  const valid = UUID.test(id) && Number.isInteger(number) && number >= 1;
  const against = againstParam(useSearchParams()[0].get('against'), number);
  const report = useReport(id);
  const diff = useVersionDiff(id, number, against, lang, valid);
  const reportTitle = useReportTitle(report.data);
  const title = t('reportEditor.diff.title', { number });
  useDocumentTitle(report.data ? `${title} · ${reportTitle}` : title);

  const notFound = (error: unknown) => error instanceof ApiError && error.status === 404;
  if (!valid || notFound(diff.error)) return <NotFoundPage />;

  const sectionName = (section: string) =>
    section === 'header'
      ? t('reportEditor.diff.header')
      : section === 'cover'
        ? t('reportEditor.diff.cover')
        : /^[A-J]$/.test(section)
          ? t('reportEditor.diff.form', { form: section })
          : section;

  return (
    <article>
      <Anchor component={Link} to={`/reports/${id}`} size="sm">
        {t('reportEditor.diff.back')}
      </Anchor>
      <FocusHeading>{title}</FocusHeading>
      {report.data && <Text mb="xs">{reportTitle}</Text>}
      {diff.isPending && <Loader size="sm" aria-label={t('layout.loading')} />}
      {diff.isError &&
        (nothingEarlier(diff.error) ? (
          <Text>{t('reportEditor.diff.nothingEarlier')}</Text>
        ) : (
          <QueryError error={diff.error} onRetry={() => diff.refetch()} />
        ))}
      {diff.data && (
        <>
          <Text mb="md">{t('reportEditor.diff.compared', { from: diff.data.from, to: diff.data.to })}</Text>
          {diff.data.changes.length === 0 && <Text>{t('reportEditor.diff.none')}</Text>}
          {bySection(diff.data.changes).map(([section, changes], index) => (
            <section key={section} aria-labelledby={`diff-section-${index}`}>
              <Title order={2} size="h3" id={`diff-section-${index}`} mt="lg" mb="xs">
                {sectionName(section)}
              </Title>
              <ChangesTable changes={changes} labelledBy={`diff-section-${index}`} lang={lang} />
            </section>
          ))}
          <EarlierLink id={id} from={diff.data.from} versions={report.data?.versions ?? []} />
        </>
      )}
    </article>
  );
}

/** What the version compared with changed in turn, when this reader may read one before it. */
function EarlierLink({ id, from, versions }: { id: string; from: number; versions: { number: number }[] }) {
  const { t } = useTranslation('reportEditor');
  const earlier = earlierVersion(versions, from);
  if (earlier === null) return null;
  return (
    <Group gap="lg" mt="lg">
      <Anchor component={Link} to={diffPath(id, from, earlier)}>
        {t('reportEditor.diff.earlier', { number: from })}
      </Anchor>
    </Group>
  );
}

function ChangesTable({
  changes,
  labelledBy,
  lang,
}: {
  changes: Change[];
  labelledBy: string;
  lang: string;
}) {
  const { t } = useTranslation('reportEditor');
  const show = (value: unknown) =>
    readable(value, lang, t('reportEditor.field.yes'), t('reportEditor.field.no'));
  return (
    <TableScroll labelledBy={labelledBy}>
      <table className={tableClasses.table} aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t('reportEditor.diff.change')}</th>
            <th scope="col">{t('reportEditor.diff.before')}</th>
            <th scope="col">{t('reportEditor.diff.after')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={`${change.kind}:${change.path}`}>
              <th scope="row" style={{ fontWeight: 400, textAlign: 'start', verticalAlign: 'top' }}>
                <StatusBadge tone={tones[change.kind]}>
                  {t(`reportEditor.diff.kind.${change.kind}`)}
                </StatusBadge>{' '}
                {change.description}
              </th>
              <td style={{ verticalAlign: 'top', whiteSpace: 'pre-line' }}>{show(change.before)}</td>
              <td style={{ verticalAlign: 'top', whiteSpace: 'pre-line' }}>{show(change.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** A value of a report as a reader writes it: figures formatted, rows one "column: value" a line. */
export function readable(value: unknown, lang: string, yes: string, no: string): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'number') return new Intl.NumberFormat(intlLocale(lang)).format(value);
  if (typeof value === 'boolean') return value ? yes : no;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v) => readable(v, lang, yes, no)).join(', ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.name === 'string' && typeof record.ref === 'string') return record.name;
    return Object.entries(record)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([key, v]) => `${key}: ${readable(v, lang, yes, no)}`)
      .join('\n');
  }
  return String(value);
}
