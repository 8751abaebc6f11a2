import { Button, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from '../../../components/DataTable.module.css';
import { StatusBadge } from '../../../components/StatusBadge';
import { TableScroll } from '../../../components/TableScroll';
import { formatDateTime } from '../../../lib/format';
import type { OutboxMessage } from '../api';

const STATUS_COLOURS = { pending: 'blue', sent: 'green', failed: 'red', held: 'yellow' } as const;

/** Messages the platform sent or will send; each row opens to read the message itself. */
export function OutboxTable({ messages }: { messages: OutboxMessage[] }) {
  const { t, i18n } = useTranslation('outbox');
  const [openId, setOpenId] = useState<string | null>(null);

  return (
    <TableScroll labelledBy="outbox-caption">
      <Table className={classes.table} verticalSpacing="xs">
        <caption id="outbox-caption">{t('outbox.caption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('outbox.columns.created')}</Table.Th>
            <Table.Th scope="col">{t('outbox.columns.recipient')}</Table.Th>
            <Table.Th scope="col">{t('outbox.columns.subject')}</Table.Th>
            <Table.Th scope="col">{t('outbox.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('outbox.columns.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {messages.map((message) => {
            const expanded = openId === message.id;
            const bodyId = `outbox-body-${message.id}`;
            return (
              <Fragment key={message.id}>
                <Table.Tr>
                  <Table.Td className={classes.nowrap}>
                    {formatDateTime(message.createdAt, i18n.language)}
                  </Table.Td>
                  <Table.Td>{message.recipient}</Table.Td>
                  <Table.Td>
                    {message.subject}
                    <Text size="xs" c="dimmed">
                      {message.kind} · {message.language}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge tone={STATUS_COLOURS[message.status]}>
                      {t(`outbox.status.${message.status}`)}
                    </StatusBadge>
                    <Text size="xs" c="dimmed" className={classes.nowrap}>
                      {message.sentAt
                        ? t('outbox.sentAt', { time: formatDateTime(message.sentAt, i18n.language) })
                        : t('outbox.attempts', { count: message.attempts })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      aria-expanded={expanded}
                      aria-controls={bodyId}
                      onClick={() => setOpenId(expanded ? null : message.id)}
                    >
                      {expanded ? t('outbox.hide') : t('outbox.read')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
                <Table.Tr id={bodyId} hidden={!expanded} className={classes.details}>
                  <Table.Td colSpan={5}>
                    {expanded && (
                      <>
                        {message.lastError && (
                          <Text size="sm" c="red.8" mb="xs">
                            {t('outbox.lastError', { error: message.lastError })}
                          </Text>
                        )}
                        <pre className={classes.pre}>{message.body}</pre>
                      </>
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
