import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { plain } from '../../../components/plain';
import { STATUS_ORDER, type StateSummary, type TreatyStatus } from '../api';
import classes from '../map/map.module.css';
import { fillFor, PatternDefs } from '../map/palette';

// The map's outlines (~8 kB gzipped) come in their own chunk, after the counts and the table.
const WorldMap = lazy(() => import('../map/WorldMap'));

/** Legend of the map: each status with its swatch (colour and texture), its name and its count. */
export function MapLegend({ counts }: { counts?: Partial<Record<TreatyStatus, number>> }) {
  const { t } = useTranslation('states');
  return (
    <>
      <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: 'absolute' }}>
        <PatternDefs prefix="legend" />
      </svg>
      <ul className={classes.legend} aria-label={t('states.map.legend')}>
        {STATUS_ORDER.map((status) => (
          <li key={status} data-status={status}>
            <svg className={classes.swatch} width="24" height="16" aria-hidden="true" focusable="false">
              <rect width="24" height="16" fill={fillFor(status, 'legend')} />
            </svg>
            <span>
              {t(`states.status.${status}`)}
              {counts?.[status] !== undefined && ` (${counts[status]})`}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

interface MapSectionProps {
  /** Every State (unfiltered), with its status on the dashboard's date; undefined while loading. */
  states?: StateSummary[];
  counts?: Partial<Record<TreatyStatus, number>>;
  /** Id of the element after the map, for the "skip the map" link. */
  skipTo: string;
}

export function MapSection({ states, counts, skipTo }: MapSectionProps) {
  const { t } = useTranslation('states');
  const placeholder = <div className={classes.mapPlaceholder}>{t('states.map.loading')}</div>;
  return (
    <section aria-labelledby="states-map-heading">
      <h2 id="states-map-heading" className={`${plain.h2} ${plain.spaceBelow}`}>
        {t('states.map.heading')}
      </h2>
      <a href={`#${skipTo}`} className={`${plain.link} ${plain.small} ${classes.skip}`}>
        {t('states.map.skip')}
      </a>
      <MapLegend counts={counts} />
      <div className={classes.mapBox}>
        {states ? (
          <Suspense fallback={placeholder}>
            <WorldMap states={states} />
          </Suspense>
        ) : (
          placeholder
        )}
      </div>
      <p className={classes.note}>{t('states.map.note')}</p>
    </section>
  );
}
