import { useTranslation } from 'react-i18next';
import { type BadgeTone, StatusBadge } from '../../../components/StatusBadge';
import type { OutreachPriority } from '../api';

// Mantine's light orange fails contrast (3.6:1); StatusBadge's tones are checked to pass AA.
const TONES: Record<OutreachPriority, BadgeTone> = { high: 'red', medium: 'yellow', low: 'blue' };

/** The priority as a word (colour only repeats it), "Not set" when there is none. */
export function PriorityBadge({ priority }: { priority: OutreachPriority | null }) {
  const { t } = useTranslation('outreach');
  if (!priority) return <StatusBadge tone="gray">{t('outreach.priority.none')}</StatusBadge>;
  return <StatusBadge tone={TONES[priority]}>{t(`outreach.priority.${priority}`)}</StatusBadge>;
}
