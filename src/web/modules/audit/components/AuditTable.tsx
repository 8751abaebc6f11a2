import { Button, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from '../../../components/DataTable.module.css';
import { TableScroll } from '../../../components/TableScroll';
import { formatDateTime } from '../../../lib/format';
import type { AuditEvent } from '../api';

function json(value: unknown): string {
  return value === null || value === undefined ? '—' : JSON.stringify(value, null, 2);
}

/** Audit events, newest first; each row opens to show the record before and after. */
export function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t, i18n } = useTranslation('audit');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <TableScroll labelledBy="audit-caption">
      <Table className={classes.table} verticalSpacing="xs">
        <caption id="audit-caption">{t('audit.caption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.columns.time')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.actor')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.entity')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const expanded = open.has(event.id);
            const detailsId = `audit-details-${event.id}`;
            return (
              <Fragment key={event.id}>
                <Table.Tr>
                  <Table.Td className={classes.nowrap}>
                    <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, i18n.language)}</time>
                  </Table.Td>
                  <Table.Td>
                    {event.actorEmail ?? t('audit.system')}
                    {event.actorRole && (
                      <Text size="xs" c="dimmed">
                        {event.actorRole}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <code>{event.action}</code>
                  </Table.Td>
                  <Table.Td>
                    {event.entityType}
                    {event.entityId && (
                      <Text size="xs" c="dimmed" className={classes.nowrap}>
                        {event.entityId}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      aria-expanded={expanded}
                      aria-controls={detailsId}
                      onClick={() => toggle(event.id)}
                    >
                      {expanded ? t('audit.hideDetails') : t('audit.showDetails')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
                <Table.Tr id={detailsId} hidden={!expanded} className={classes.details}>
                  <Table.Td colSpan={5}>
                    {expanded && (
                      <dl>
                        <dt>{t('audit.before')}</dt>
                        <dd>
                          <pre className={classes.pre}>{json(event.before)}</pre>
                        </dd>
                        <dt>{t('audit.after')}</dt>
                        <dd>
                          <pre className={classes.pre}>{json(event.after)}</pre>
                        </dd>
                        <dt>{t('audit.request')}</dt>
                        <dd>
                          {event.requestId ?? '—'} · {event.ip ?? '—'}
                        </dd>
                      </dl>
                    )}
                  </Table.Td>
                </Table.Tr>
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
