import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutreachPriority } from '../api';

const COLOURS = { high: 'red', medium: 'orange', low: 'blue' } as const;

/** The priority as a word (colour only repeats it), "Not set" when there is none. */
export function PriorityBadge({ priority }: { priority: OutreachPriority | null }) {
  const { t } = useTranslation();
  if (!priority)
    return (
      <Badge variant="outline" color="gray">
        {t('outreach.priority.none')}
      </Badge>
    );
  return (
    <Badge variant="light" color={COLOURS[priority]}>
      {t(`outreach.priority.${priority}`)}
    </Badge>
  );
}
