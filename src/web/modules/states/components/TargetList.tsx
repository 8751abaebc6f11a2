import { useTranslation } from 'react-i18next';
import { plain } from '../../../components/plain';
import { formatDate } from '../../../lib/format';
import type { Target } from '../api';
import classes from '../states.module.css';

/** The universalization targets in words, with where each comes from. */
export function TargetList({ targets }: { targets: Target[] }) {
  const { t, i18n } = useTranslation('states');
  if (targets.length === 0) return null;
  return (
    <>
      <h3 className={`${plain.h3} ${classes.targetsHeading}`}>{t('states.targets.heading')}</h3>
      <ul className={classes.targets}>
        {targets.map((target) => (
          <li key={target.id}>
            {t('states.targets.item', {
              label: target.label,
              parties: target.parties,
              date: formatDate(target.byDate, i18n.language),
            })}
            <span className={`${plain.small} ${classes.targetSource}`}>
              {t('states.targets.source', { source: target.source })}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
