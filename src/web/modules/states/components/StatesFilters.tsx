import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import tableClasses from '../../../components/DataTable.module.css';
import { SelectField, TextField } from '../../../components/plain';
import { ccmRegions, m49Regions, STATUS_ORDER, type StateFilters } from '../api';
import classes from '../states.module.css';

interface StatesFiltersProps {
  filters: StateFilters;
  onApply: (filters: StateFilters) => void;
}

/** Status, regions and a name search, applied together (one request, one announcement). */
export function StatesFilters({ filters, onApply }: StatesFiltersProps) {
  const { t } = useTranslation('states');
  const [value, setValue] = useState(filters);
  const set =
    (key: 'q' | 'status' | 'ccmRegion' | 'region') =>
    (event: { currentTarget: HTMLInputElement | HTMLSelectElement }) =>
      setValue({ ...value, [key]: event.currentTarget.value });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(value);
  };
  const any = (label: string) => [{ value: '', label }];

  return (
    <search aria-label={t('states.filters.label')}>
      <form onSubmit={onSubmit} className={tableClasses.filters}>
        <TextField
          type="search"
          label={t('states.filters.search')}
          description={t('states.filters.searchHint')}
          value={value.q}
          onChange={set('q')}
        />
        <SelectField
          label={t('states.columns.status')}
          value={value.status}
          onChange={set('status')}
          options={[
            ...any(t('states.filters.anyStatus')),
            ...STATUS_ORDER.map((s) => ({ value: s, label: t(`states.status.${s}`) })),
          ]}
        />
        <SelectField
          label={t('states.columns.ccmRegion')}
          value={value.ccmRegion}
          onChange={set('ccmRegion')}
          options={[
            ...any(t('states.filters.anyRegion')),
            ...ccmRegions.map((r) => ({ value: r, label: t(`states.ccmRegion.${r}`) })),
          ]}
        />
        <SelectField
          label={t('states.columns.region')}
          value={value.region}
          onChange={set('region')}
          options={[
            ...any(t('states.filters.anyRegion')),
            ...m49Regions.map((r) => ({ value: r, label: t(`states.m49Region.${r}`) })),
          ]}
        />
        <div className={tableClasses.filterActions}>
          <button type="submit" className={classes.button}>
            {t('table.applyFilters')}
          </button>
          <button
            type="button"
            className={classes.buttonDefault}
            onClick={() => {
              const cleared = { ...value, q: '', status: '', ccmRegion: '', region: '' } as const;
              setValue(cleared);
              onApply(cleared);
            }}
          >
            {t('table.clearFilters')}
          </button>
        </div>
      </form>
    </search>
  );
}
