import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { Target } from '../api';
import classes from '../states.module.css';

/** The universalization targets in words, with where each comes from. */
export function TargetList({ targets }: { targets: Target[] }) {
  const { t, i18n } = useTranslation();
  if (targets.length === 0) return null;
  return (
    <>
      <Title order={3} mt="md">
        {t('states.targets.heading')}
      </Title>
      <ul className={classes.targets}>
        {targets.map((target) => (
          <li key={target.id}>
            {t('states.targets.item', {
              label: target.label,
              parties: target.parties,
              date: formatDate(target.byDate, i18n.language),
            })}
            <Text span size="sm" c="gray.7" display="block">
              {t('states.targets.source', { source: target.source })}
            </Text>
          </li>
        ))}
      </ul>
    </>
  );
}
