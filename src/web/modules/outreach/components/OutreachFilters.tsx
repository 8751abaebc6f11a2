import { Button, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from '../../../components/DataTable.module.css';
import { ccmRegions, type OutreachFilters as Filters, outreachPriorities, outreachStatuses } from '../api';

interface OutreachFiltersProps {
  filters: Filters;
  onChange: (patch: Partial<Filters>) => void;
}

/** Search by name as you type (after a short pause), and status / region / priority filters. */
export function OutreachFilters({ filters, onChange }: OutreachFiltersProps) {
  const { t } = useTranslation('outreach');
  const [q, setQ] = useState(filters.q);
  const [debouncedQ] = useDebouncedValue(q, 300);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reacts to the typed text only.
  useEffect(() => {
    if (debouncedQ !== filters.q) onChange({ q: debouncedQ });
  }, [debouncedQ]);

  const clear = () => {
    setQ('');
    onChange({ q: '', status: '', ccmRegion: '', priority: '' });
  };

  return (
    <search aria-label={t('outreach.filters.label')} className={classes.filters}>
      <TextInput
        type="search"
        label={t('outreach.filters.search')}
        description={t('outreach.filters.searchHint')}
        value={q}
        onChange={(event) => setQ(event.currentTarget.value)}
      />
      <NativeSelect
        label={t('outreach.columns.status')}
        value={filters.status}
        onChange={(event) => onChange({ status: event.currentTarget.value as Filters['status'] })}
      >
        <option value="">{t('outreach.filters.anyStatus')}</option>
        {outreachStatuses.map((status) => (
          <option key={status} value={status}>
            {t(`outreach.status.${status}`)}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect
        label={t('outreach.columns.region')}
        value={filters.ccmRegion}
        onChange={(event) => onChange({ ccmRegion: event.currentTarget.value as Filters['ccmRegion'] })}
      >
        <option value="">{t('outreach.filters.anyRegion')}</option>
        {ccmRegions.map((region) => (
          <option key={region} value={region}>
            {t(`outreach.regions.${region}`)}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect
        label={t('outreach.columns.priority')}
        value={filters.priority}
        onChange={(event) => onChange({ priority: event.currentTarget.value as Filters['priority'] })}
      >
        <option value="">{t('outreach.filters.anyPriority')}</option>
        {[...outreachPriorities, 'none' as const].map((priority) => (
          <option key={priority} value={priority}>
            {t(`outreach.priority.${priority}`)}
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
