import { Button, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from '../../../components/DataTable.module.css';
import { type AuditFilterKey, FILTER_KEYS, type AuditFilters as Filters } from '../api';

interface AuditFiltersProps {
  filters: Filters;
  onApply: (filters: Filters) => void;
}

const EMPTY = Object.fromEntries(FILTER_KEYS.map((key) => [key, ''])) as Filters;

/** Filters applied together with one button, since an audit query is often several fields. */
export function AuditFilters({ filters, onApply }: AuditFiltersProps) {
  const { t } = useTranslation('audit');
  const [value, setValue] = useState<Filters>(filters);
  const set = (key: AuditFilterKey) => (event: { currentTarget: HTMLInputElement }) =>
    setValue({ ...value, [key]: event.currentTarget.value });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(value);
  };

  return (
    <search aria-label={t('audit.filters.label')}>
      <form onSubmit={onSubmit} className={classes.filters}>
        <TextInput
          label={t('audit.filters.actor')}
          description={t('audit.filters.actorHint')}
          value={value.actor}
          onChange={set('actor')}
        />
        <TextInput
          label={t('audit.filters.action')}
          description={t('audit.filters.actionHint')}
          value={value.action}
          onChange={set('action')}
        />
        <TextInput
          label={t('audit.filters.entityType')}
          description={t('audit.filters.entityTypeHint')}
          value={value.entityType}
          onChange={set('entityType')}
        />
        <TextInput label={t('audit.filters.entityId')} value={value.entityId} onChange={set('entityId')} />
        <TextInput type="date" label={t('audit.filters.from')} value={value.from} onChange={set('from')} />
        <TextInput type="date" label={t('audit.filters.to')} value={value.to} onChange={set('to')} />
        <div className={classes.filterActions}>
          <Button type="submit">{t('table.applyFilters')}</Button>
          <Button
            variant="subtle"
            onClick={() => {
              setValue(EMPTY);
              onApply(EMPTY);
            }}
          >
            {t('table.clearFilters')}
          </Button>
        </div>
      </form>
    </search>
  );
}
