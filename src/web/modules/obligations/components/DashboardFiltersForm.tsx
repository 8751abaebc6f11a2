import { Button, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import tableClasses from '../../../components/DataTable.module.css';
import { ccmRegions, obligationArticles, obligationStatuses, type StateName } from '../api';
import type { DashboardFilters } from '../dashboard';
import { articleKey } from '../format';
import { StateSearch } from './StateSearch';

interface Props {
  filters: DashboardFilters;
  states: StateName[];
  onChange: (patch: Partial<DashboardFilters>) => void;
}

/** Article, status, CCM region, State and "as of" date; each change updates the address. */
export function DashboardFiltersForm({ filters, states, onChange }: Props) {
  const { t } = useTranslation('obligations');
  return (
    <search aria-label={t('obligations.filters.label')} className={tableClasses.filters}>
      <NativeSelect
        label={t('obligations.columns.article')}
        value={filters.article}
        onChange={(event) => onChange({ article: event.currentTarget.value as DashboardFilters['article'] })}
      >
        <option value="">{t('obligations.filters.anyArticle')}</option>
        {obligationArticles.map((article) => (
          <option key={article} value={article}>
            {t(`obligations.article.${articleKey(article)}`)}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect
        label={t('obligations.columns.status')}
        value={filters.status}
        onChange={(event) => onChange({ status: event.currentTarget.value as DashboardFilters['status'] })}
      >
        <option value="">{t('obligations.filters.anyStatus')}</option>
        {obligationStatuses
          .filter((status) => status !== 'not_applicable')
          .map((status) => (
            <option key={status} value={status}>
              {t(`obligations.status.${status}`)}
            </option>
          ))}
      </NativeSelect>
      <NativeSelect
        label={t('obligations.columns.region')}
        value={filters.ccmRegion}
        onChange={(event) =>
          onChange({ ccmRegion: event.currentTarget.value as DashboardFilters['ccmRegion'] })
        }
      >
        <option value="">{t('obligations.filters.anyRegion')}</option>
        {ccmRegions.map((region) => (
          <option key={region} value={region}>
            {t(`obligations.regions.${region}`)}
          </option>
        ))}
      </NativeSelect>
      <StateSearch
        label={t('obligations.columns.state')}
        states={states.filter((s) => s.entryIntoForce)}
        value={filters.state}
        onChange={(state) => onChange({ state })}
      />
      <TextInput
        type="date"
        label={t('obligations.filters.asOf')}
        description={t('obligations.filters.asOfHint')}
        value={filters.asOf}
        onChange={(event) => onChange({ asOf: event.currentTarget.value })}
      />
      <div className={tableClasses.filterActions}>
        <Button
          variant="subtle"
          onClick={() => onChange({ article: '', status: '', ccmRegion: '', state: '', asOf: '' })}
        >
          {t('table.clearFilters')}
        </Button>
      </div>
    </search>
  );
}
