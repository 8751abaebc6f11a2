import { Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import tableClasses from '../../../components/DataTable.module.css';
import { SortHeader, type SortOrder } from '../../../components/SortHeader';
import { StatusBadge } from '../../../components/StatusBadge';
import { TableScroll } from '../../../components/TableScroll';
import { formatDateTime } from '../../../lib/format';
import type { SortKey, UserSummary } from '../api';

export type UserAction = 'edit' | 'deactivate' | 'reactivate' | 'resendInvitation';

interface UsersTableProps {
  users: UserSummary[];
  sort: SortKey;
  order: SortOrder;
  onSort: (sort: SortKey, order: SortOrder) => void;
  onAction: (action: UserAction, user: UserSummary) => void;
  /** The user whose invitation is being sent again, to show that button as busy. */
  busyId?: string;
}

const STATUS_COLOURS = { invited: 'blue', active: 'green', deactivated: 'gray' } as const;

/** The accounts, one row each; a row offers only the actions its `abilities` allow. */
export function UsersTable({ users, sort, order, onSort, onAction, busyId }: UsersTableProps) {
  const { t, i18n } = useTranslation('users');
  const header = (column: SortKey, label: string) => (
    <SortHeader column={column} sort={sort} order={order} onSort={onSort}>
      {label}
    </SortHeader>
  );
  return (
    <TableScroll labelledBy="users-caption">
      <Table className={tableClasses.table} striped verticalSpacing="xs">
        <caption id="users-caption">{t('users.caption')}</caption>
        <Table.Thead>
          <Table.Tr>
            {header('name', t('fields.name'))}
            {header('email', t('fields.email'))}
            {header('role', t('fields.role'))}
            <Table.Th scope="col">{t('fields.state')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.status')}</Table.Th>
            {header('lastSignInAt', t('users.columns.lastSignIn'))}
            {header('createdAt', t('users.columns.created'))}
            <Table.Th scope="col">{t('table.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Th scope="row">{user.name}</Table.Th>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
              <Table.Td>{user.stateIso3 ?? '—'}</Table.Td>
              <Table.Td>
                <StatusBadge tone={STATUS_COLOURS[user.status]}>
                  {t(`users.status.${user.status}`)}
                </StatusBadge>
                {user.totpEnabled && (
                  <Text size="xs" c="dimmed">
                    {t('users.twoStep')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td className={tableClasses.nowrap}>
                {user.lastSignInAt ? formatDateTime(user.lastSignInAt, i18n.language) : t('users.never')}
              </Table.Td>
              <Table.Td className={tableClasses.nowrap}>
                {formatDateTime(user.createdAt, i18n.language)}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  {user.abilities.edit && (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => onAction('edit', user)}
                      aria-label={t('users.actions.editFor', { name: user.name })}
                    >
                      {t('users.actions.edit')}
                    </Button>
                  )}
                  {user.abilities.resendInvitation && (
                    <Button
                      size="xs"
                      variant="default"
                      loading={busyId === user.id}
                      onClick={() => onAction('resendInvitation', user)}
                      aria-label={t('users.actions.resendFor', { name: user.name })}
                    >
                      {t('users.actions.resend')}
                    </Button>
                  )}
                  {user.abilities.deactivate && (
                    <Button
                      size="xs"
                      variant="outline"
                      color="red"
                      onClick={() => onAction('deactivate', user)}
                      aria-label={t('users.actions.deactivateFor', { name: user.name })}
                    >
                      {t('users.actions.deactivate')}
                    </Button>
                  )}
                  {user.abilities.reactivate && (
                    <Button
                      size="xs"
                      variant="outline"
                      onClick={() => onAction('reactivate', user)}
                      aria-label={t('users.actions.reactivateFor', { name: user.name })}
                    >
                      {t('users.actions.reactivate')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
