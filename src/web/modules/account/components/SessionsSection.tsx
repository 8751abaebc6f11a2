import { Alert, Button, Group, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppModal } from '../../../components/AppModal';
import tableClasses from '../../../components/DataTable.module.css';
import { QueryError } from '../../../components/QueryError';
import { StatusBadge } from '../../../components/StatusBadge';
import { TableScroll } from '../../../components/TableScroll';
import { errorText } from '../../../lib/api-errors';
import { forgetSignedIn } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/format';
import { accountKeys, endSession, listSessions, signOutEverywhere } from '../api';
import classes from './account.module.css';

/** The browsers signed in to this account; any but this one can be ended from here. */
export function SessionsSection() {
  const { t, i18n } = useTranslation('account');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const sessions = useQuery({
    queryKey: accountKeys.sessions,
    queryFn: ({ signal }) => listSessions(signal),
  });
  const end = useMutation({
    mutationFn: endSession,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions }),
  });
  const everywhere = useMutation({
    mutationFn: signOutEverywhere,
    onSuccess: () => {
      forgetSignedIn(queryClient);
      navigate('/sign-in', { replace: true });
    },
  });

  return (
    <section className={classes.section} aria-labelledby="sessions-heading">
      <Title order={2} id="sessions-heading" mb="sm">
        {t('account.sessions.heading')}
      </Title>
      <Text mb="md">{t('account.sessions.intro')}</Text>
      {sessions.isError && <QueryError error={sessions.error} onRetry={() => sessions.refetch()} />}
      {end.error && (
        <Alert color="red" mb="md">
          {errorText(end.error, t)}
        </Alert>
      )}
      {sessions.data && (
        <TableScroll labelledBy="sessions-caption">
          <Table className={tableClasses.table} verticalSpacing="xs">
            <caption id="sessions-caption">{t('account.sessions.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('account.sessions.browser')}</Table.Th>
                <Table.Th scope="col">{t('account.sessions.ip')}</Table.Th>
                <Table.Th scope="col">{t('account.sessions.started')}</Table.Th>
                <Table.Th scope="col">{t('account.sessions.lastSeen')}</Table.Th>
                <Table.Th scope="col">{t('table.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.data.items.map((session) => (
                <Table.Tr key={session.id}>
                  <Table.Td>
                    {session.userAgent ?? t('account.sessions.unknown')}{' '}
                    {session.current && (
                      <StatusBadge tone="green">{t('account.sessions.current')}</StatusBadge>
                    )}
                  </Table.Td>
                  <Table.Td>{session.ip ?? t('account.sessions.unknown')}</Table.Td>
                  <Table.Td className={tableClasses.nowrap}>
                    {formatDateTime(session.createdAt, i18n.language)}
                  </Table.Td>
                  <Table.Td className={tableClasses.nowrap}>
                    {formatDateTime(session.lastSeenAt, i18n.language)}
                  </Table.Td>
                  <Table.Td>
                    {!session.current && (
                      <Button
                        size="xs"
                        variant="default"
                        loading={end.isPending && end.variables === session.id}
                        onClick={() => end.mutate(session.id)}
                      >
                        {t('account.sessions.end')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <Button mt="md" color="red" variant="outline" onClick={() => setConfirming(true)}>
        {t('account.sessions.everywhere')}
      </Button>
      <AppModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('account.sessions.everywhere')}
      >
        <Text mb="md">{t('account.sessions.everywhereConfirm')}</Text>
        {everywhere.error && (
          <Alert color="red" mb="md">
            {errorText(everywhere.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={everywhere.isPending} onClick={() => everywhere.mutate()}>
            {t('account.sessions.everywhereSubmit')}
          </Button>
        </Group>
      </AppModal>
    </section>
  );
}
