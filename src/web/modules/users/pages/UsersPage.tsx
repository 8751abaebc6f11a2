import { Alert, Button, Loader, Text } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import classes from '../../../components/DataTable.module.css';
import { FocusHeading } from '../../../components/FocusHeading';
import { Pager } from '../../../components/Pager';
import { QueryError } from '../../../components/QueryError';
import { errorText } from '../../../lib/api-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  filtersFromParams,
  filtersToParams,
  listUsers,
  PAGE_SIZE,
  resendInvitation,
  type UserFilters,
  type UserSummary,
  userKeys,
  usersQueryString,
} from '../api';
import { ConfirmStatusModal } from '../components/ConfirmStatusModal';
import { EditUserModal } from '../components/EditUserModal';
import { InviteUserModal } from '../components/InviteUserModal';
import { UsersFilters } from '../components/UsersFilters';
import { type UserAction, UsersTable } from '../components/UsersTable';

type Dialog = { kind: 'edit' | 'deactivate' | 'reactivate'; user: UserSummary } | null;

/** Account administration for ISU administrators; the filters live in the address. */
export function UsersPage() {
  const { t } = useTranslation('users');
  useDocumentTitle(t('users.documentTitle'));
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const query = usersQueryString(filters);
  const [inviting, setInviting] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [message, setMessage] = useState('');

  const list = useQuery({
    queryKey: userKeys.list(query),
    queryFn: ({ signal }) => listUsers(query, signal),
    placeholderData: keepPreviousData,
  });
  const resend = useMutation({
    mutationFn: (user: UserSummary) => resendInvitation(user.id),
    onSuccess: (_result, user) => setMessage(t('users.messages.resent', { email: user.email })),
  });

  const update = (patch: Partial<UserFilters>) =>
    setParams(filtersToParams({ ...filters, page: 1, ...patch }), { replace: true });
  const refresh = () => queryClient.invalidateQueries({ queryKey: userKeys.all });
  const done = (text: string) => {
    setDialog(null);
    setMessage(text);
    void refresh();
  };

  const onAction = (action: UserAction, user: UserSummary) => {
    setMessage('');
    if (action === 'resendInvitation') resend.mutate(user);
    else setDialog({ kind: action, user });
  };

  return (
    <article>
      <div className={classes.toolbar}>
        <FocusHeading>{t('users.heading')}</FocusHeading>
        <Button onClick={() => setInviting(true)}>{t('users.invite.open')}</Button>
      </div>
      <UsersFilters filters={filters} onChange={update} />
      <Text role="status" mb="sm" fw={500}>
        {message}
      </Text>
      {resend.error && (
        <Alert color="red" mb="md">
          {errorText(resend.error, t)}
        </Alert>
      )}
      {list.isPending && <Loader size="sm" aria-label={t('layout.loading')} />}
      {list.isError && <QueryError error={list.error} onRetry={() => list.refetch()} />}
      {list.data && list.data.items.length === 0 && <Text my="md">{t('users.empty')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <>
          <UsersTable
            users={list.data.items}
            sort={filters.sort}
            order={filters.order}
            onSort={(sort, order) => update({ sort, order })}
            onAction={onAction}
            busyId={resend.isPending ? resend.variables?.id : undefined}
          />
          <Pager
            page={filters.page}
            pageSize={PAGE_SIZE}
            total={list.data.total}
            onPage={(page) => update({ page })}
          />
        </>
      )}
      <InviteUserModal
        opened={inviting}
        onClose={() => setInviting(false)}
        onInvited={(user) => {
          setInviting(false);
          done(t('users.messages.invited', { email: user.email }));
        }}
      />
      {dialog?.kind === 'edit' && (
        <EditUserModal
          key={dialog.user.id}
          user={dialog.user}
          onClose={() => setDialog(null)}
          onSaved={(user) => done(t('users.messages.saved', { name: user.name }))}
          onReload={() => {
            setDialog(null);
            void refresh();
          }}
        />
      )}
      {(dialog?.kind === 'deactivate' || dialog?.kind === 'reactivate') && (
        <ConfirmStatusModal
          user={dialog.user}
          active={dialog.kind === 'reactivate'}
          onClose={() => setDialog(null)}
          onDone={(user) =>
            done(
              t(dialog.kind === 'reactivate' ? 'users.messages.reactivated' : 'users.messages.deactivated', {
                name: user.name,
              }),
            )
          }
        />
      )}
    </article>
  );
}
