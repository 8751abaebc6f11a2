import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import tableClasses from '../../../components/DataTable.module.css';
import { plain } from '../../../components/plain';
import type { SortOrder } from '../../../components/SortHeader';
import { TableScroll } from '../../../components/TableScroll';
import { formatDate } from '../../../lib/format';
import { nameIn, type SortKey, type StateSummary } from '../api';
import classes from '../states.module.css';
import { StateStatusBadge } from './StateStatusBadge';

interface StatesTableProps {
  states: StateSummary[];
  sort: SortKey;
  order: SortOrder;
  onSort: (sort: SortKey, order: SortOrder) => void;
  caption: string;
}

/** One row per State, already sorted; the name links to the State's profile. */
export function StatesTable({ states, sort, order, onSort, caption }: StatesTableProps) {
  const { t, i18n } = useTranslation('states');
  const date = (iso: string | null) => (iso ? formatDate(iso, i18n.language) : '—');
  // As components/SortHeader, on a plain <th>: aria-sort on the sorted column, a button to sort.
  const header = (column: SortKey, label: string) => {
    const active = column === sort;
    return (
      <th scope="col" aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : undefined}>
        <button
          type="button"
          className={tableClasses.sortButton}
          onClick={() => onSort(column, active && order === 'asc' ? 'desc' : 'asc')}
        >
          {label}
          <span aria-hidden="true" className={tableClasses.sortIcon}>
            {active ? (order === 'asc' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };
  return (
    <TableScroll labelledBy="states-table-caption">
      <table className={`${tableClasses.table} ${classes.table}`}>
        <caption id="states-table-caption">{caption}</caption>
        <thead>
          <tr>
            {header('name', t('states.columns.state'))}
            {header('status', t('states.columns.status'))}
            {header('ccmRegion', t('states.columns.ccmRegion'))}
            <th scope="col">{t('states.columns.signature')}</th>
            {header('depositDate', t('states.columns.deposit'))}
            {header('entryIntoForce', t('states.columns.entryIntoForce'))}
          </tr>
        </thead>
        <tbody>
          {states.map((state) => (
            <tr key={state.iso3}>
              <th scope="row">
                <Link to={`/states/${state.iso3}`} className={plain.link}>
                  {nameIn(state, i18n.language)}
                </Link>
              </th>
              <td>
                <StateStatusBadge status={state.status} />
              </td>
              <td>{t(`states.ccmRegion.${state.ccmRegion}`)}</td>
              <td className={tableClasses.nowrap}>{date(state.signatureDate)}</td>
              <td>
                <span className={tableClasses.nowrap}>{date(state.depositDate)}</span>
                {state.depositType && ` (${t(`states.eventType.${state.depositType}`)})`}
              </td>
              <td className={tableClasses.nowrap}>{date(state.entryIntoForce)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
