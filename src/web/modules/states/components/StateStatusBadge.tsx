import { useTranslation } from 'react-i18next';
import { type BadgeTone, StatusBadge } from '../../../components/StatusBadge';
import type { TreatyStatus } from '../api';

const TONES: Record<TreatyStatus, BadgeTone> = {
  state_party: 'green',
  party_not_in_force: 'blue',
  signatory: 'yellow',
  not_party: 'gray',
  withdrawn: 'red',
};

/** A State's treaty status in words, on a tint (the words carry the meaning, not the colour). */
export function StateStatusBadge({ status }: { status: TreatyStatus }) {
  const { t } = useTranslation('states');
  return <StatusBadge tone={TONES[status]}>{t(`states.status.${status}`)}</StatusBadge>;
}
