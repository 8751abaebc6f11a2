import { Anchor, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import tableClasses from '../../../components/DataTable.module.css';
import { TableScroll } from '../../../components/TableScroll';
import { formatDate, formatDateTime } from '../../../lib/format';
import type { ReportDetail } from '../api';
import classes from '../reports.module.css';
import { diffPath, earlierVersion } from '../versions';

interface Props {
  report: ReportDetail;
  /** The version shown on the page, if one was picked. */
  viewing: number | null;
}

/**
 * Every version submitted (or received), newest first, with who sent it, when it counts as
 * received, the note of a correction, and links to read it and to see what it changed since the
 * version before it that this reader may read (the public: the one published before).
 */
export function VersionHistory({ report, viewing }: Props) {
  const { t, i18n } = useTranslation('reports');
  const versions = [...report.versions].sort((a, b) => b.number - a.number);
  return (
    <section className={classes.section} aria-labelledby="versions-heading">
      <Title order={2} size="h3" id="versions-heading" mb="xs">
        {t('reports.versions.heading')}
      </Title>
      {versions.length === 0 ? (
        <Text>{t('reports.versions.none')}</Text>
      ) : (
        <TableScroll labelledBy="versions-caption">
          <Table className={tableClasses.table} striped verticalSpacing="xs">
            <caption id="versions-caption">{t('reports.versions.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('reports.versions.number')}</Table.Th>
                <Table.Th scope="col">{t('reports.versions.submittedAt')}</Table.Th>
                <Table.Th scope="col">{t('reports.columns.receivedOn')}</Table.Th>
                <Table.Th scope="col">{t('reports.versions.note')}</Table.Th>
                <Table.Th scope="col">{t('reports.versions.published')}</Table.Th>
                <Table.Th scope="col">{t('reports.versions.links')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {versions.map((v) => {
                const earlier = earlierVersion(versions, v.number);
                return (
                  <Table.Tr key={v.number} aria-current={viewing === v.number ? 'true' : undefined}>
                    <Table.Th scope="row">{t('reports.versions.name', { number: v.number })}</Table.Th>
                    <Table.Td>
                      <time dateTime={v.submittedAt}>{formatDateTime(v.submittedAt, i18n.language)}</time>
                      {v.submittedBy && <div>{v.submittedBy}</div>}
                      {v.channel === 'received' && <div>{t('reports.channel.received')}</div>}
                    </Table.Td>
                    <Table.Td className={tableClasses.nowrap}>
                      {formatDate(v.receivedOn, i18n.language)}
                    </Table.Td>
                    <Table.Td className={classes.text}>{v.note ?? '—'}</Table.Td>
                    <Table.Td>{v.published ? t('reports.view.yes') : t('reports.view.no')}</Table.Td>
                    <Table.Td>
                      <div className={classes.links}>
                        <Anchor component={Link} to={`/reports/${report.id}?version=${v.number}`}>
                          {t('reports.versions.view', { number: v.number })}
                        </Anchor>
                        {earlier !== null && (
                          <Anchor component={Link} to={diffPath(report.id, v.number, earlier)}>
                            {t('reports.versions.diff', { number: v.number, previous: earlier })}
                          </Anchor>
                        )}
                      </div>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
