import { Button, NativeSelect, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import tableClasses from '../../../components/DataTable.module.css';
import { type ListFilters, type ListStatus, reportKinds, reportListStatuses, reportYears } from '../list';

interface Props {
  filters: ListFilters;
  /** Whether "not started" rows exist for this reader (staff). */
  showNotStarted: boolean;
  onChange: (patch: Partial<ListFilters>) => void;
}

/** Year, State, kind and status; each change updates the address (the State after a pause in typing). */
export function ReportFilters({ filters, showNotStarted, onChange }: Props) {
  const { t } = useTranslation('reports');
  const [q, setQ] = useState(filters.q);
  useEffect(() => setQ(filters.q), [filters.q]);
  // The latest callback, so that a re-render of the page does not restart the pause.
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  useEffect(() => {
    if (q === filters.q) return;
    const timer = setTimeout(() => onChangeRef.current({ q }), 300);
    return () => clearTimeout(timer);
  }, [q, filters.q]);
  const statuses = reportListStatuses.filter((s) => showNotStarted || s !== 'not_started');

  return (
    <search aria-label={t('reports.list.filters')} className={tableClasses.filters}>
      <NativeSelect
        label={t('reports.columns.year')}
        value={filters.year}
        onChange={(event) => onChange({ year: event.currentTarget.value })}
      >
        <option value="">{t('reports.list.anyYear')}</option>
        {reportYears().map((year) => (
          <option key={year} value={String(year)}>
            {year}
          </option>
        ))}
      </NativeSelect>
      <TextInput
        type="search"
        label={t('reports.list.stateSearch')}
        value={q}
        maxLength={100}
        onChange={(event) => setQ(event.currentTarget.value)}
      />
      <NativeSelect
        label={t('reports.columns.kind')}
        value={filters.kind}
        onChange={(event) => onChange({ kind: event.currentTarget.value as ListFilters['kind'] })}
      >
        <option value="">{t('reports.list.anyKind')}</option>
        {reportKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`reports.kind.${kind}`)}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect
        label={t('reports.columns.status')}
        value={filters.status}
        onChange={(event) => onChange({ status: event.currentTarget.value as ListStatus | '' })}
      >
        <option value="">{t('reports.list.anyStatus')}</option>
        {statuses.map((status) => (
          <option key={status} value={status}>
            {t(`reports.status.${status}`)}
          </option>
        ))}
      </NativeSelect>
      <div className={tableClasses.filterActions}>
        <Button
          variant="subtle"
          onClick={() => {
            setQ('');
            onChange({ year: '', q: '', kind: '', status: '' });
          }}
        >
          {t('table.clearFilters')}
        </Button>
      </div>
    </search>
  );
}
