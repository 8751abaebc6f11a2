import { Button, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from '../../../components/DataTable.module.css';
import { roles, type UserFilters, userStatuses } from '../api';

interface UsersFiltersProps {
  filters: UserFilters;
  onChange: (patch: Partial<UserFilters>) => void;
}

/** Search as you type (after a short pause), and role / State / status filters. */
export function UsersFilters({ filters, onChange }: UsersFiltersProps) {
  const { t } = useTranslation('users');
  const [q, setQ] = useState(filters.q);
  const [state, setState] = useState(filters.stateIso3);
  const [debouncedQ] = useDebouncedValue(q, 300);
  const [debouncedState] = useDebouncedValue(state, 300);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reacts to the typed text only.
  useEffect(() => {
    if (debouncedQ !== filters.q) onChange({ q: debouncedQ });
  }, [debouncedQ]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reacts to the typed text only.
  useEffect(() => {
    const value = debouncedState.trim().toUpperCase();
    if (value !== filters.stateIso3 && (value === '' || value.length === 3)) onChange({ stateIso3: value });
  }, [debouncedState]);

  const clear = () => {
    setQ('');
    setState('');
    onChange({ q: '', stateIso3: '', role: '', status: '' });
  };

  return (
    <search aria-label={t('users.filters.label')} className={classes.filters}>
      <TextInput
        type="search"
        label={t('users.filters.search')}
        description={t('users.filters.searchHint')}
        value={q}
        onChange={(event) => setQ(event.currentTarget.value)}
      />
      <NativeSelect
        label={t('users.filters.role')}
        value={filters.role}
        onChange={(event) => onChange({ role: event.currentTarget.value as UserFilters['role'] })}
      >
        <option value="">{t('users.filters.anyRole')}</option>
        {roles.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </NativeSelect>
      <TextInput
        label={t('users.filters.state')}
        description={t('users.filters.stateHint')}
        maxLength={3}
        value={state}
        onChange={(event) => setState(event.currentTarget.value.toUpperCase())}
      />
      <NativeSelect
        label={t('users.filters.status')}
        value={filters.status}
        onChange={(event) => onChange({ status: event.currentTarget.value as UserFilters['status'] })}
      >
        <option value="">{t('users.filters.anyStatus')}</option>
        {userStatuses.map((status) => (
          <option key={status} value={status}>
            {t(`users.status.${status}`)}
          </option>
        ))}
      </NativeSelect>
      <div className={classes.filterActions}>
        <Button variant="subtle" onClick={clear}>
          {t('table.clearFilters')}
        </Button>
      </div>
    </search>
  );
}
