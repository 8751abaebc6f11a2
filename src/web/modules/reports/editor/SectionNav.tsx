import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionStatus } from '../../../../domain/reports/completeness';
import { type BadgeTone, StatusBadge } from '../../../components/StatusBadge';
import classes from './editor.module.css';

export interface SectionEntry {
  key: string;
  title: string;
  /** None for the review step. */
  status: SectionStatus | null;
}

const tones: Record<SectionStatus, BadgeTone> = {
  complete: 'green',
  incomplete: 'red',
  unchanged: 'blue',
  not_applicable: 'gray',
  undecided: 'yellow',
};

export function SectionStatusBadge({ status }: { status: SectionStatus }) {
  const { t } = useTranslation('reportEditor');
  return <StatusBadge tone={tones[status]}>{t(`reportEditor.status.${status}`)}</StatusBadge>;
}

/** The steps of the report, each with its status; the current one is marked for screen readers. */
export const SectionNav = memo(function SectionNav({
  entries,
  current,
  onSelect,
}: {
  entries: readonly SectionEntry[];
  current: string;
  onSelect: (key: string) => void;
}) {
  const { t } = useTranslation('reportEditor');
  return (
    <nav aria-labelledby="report-sections-heading" className={classes.nav}>
      <h2 id="report-sections-heading" className={classes.sideTitle}>
        {t('reportEditor.nav.heading')}
      </h2>
      <ol className={classes.navList}>
        {entries.map((entry) => (
          <li key={entry.key}>
            <button
              type="button"
              className={classes.navButton}
              aria-current={entry.key === current ? 'step' : undefined}
              onClick={() => onSelect(entry.key)}
            >
              <span>{entry.title}</span>
              {entry.status && <SectionStatusBadge status={entry.status} />}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
});
