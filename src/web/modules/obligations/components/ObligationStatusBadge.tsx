import { useTranslation } from 'react-i18next';
import { type BadgeTone, StatusBadge } from '../../../components/StatusBadge';
import type { ObligationStatus, RequestStatus } from '../api';

/** Colour repeats the word, never replaces it (WCAG 1.4.1). */
export const statusTones: Record<ObligationStatus, BadgeTone> = {
  not_applicable: 'gray',
  in_progress: 'blue',
  due_within_12_months: 'yellow',
  overdue: 'red',
  extended: 'blue',
  completed_on_time: 'green',
  completed_late: 'green',
};

export function ObligationStatusBadge({ status }: { status: ObligationStatus }) {
  const { t } = useTranslation('obligations');
  return <StatusBadge tone={statusTones[status]}>{t(`obligations.status.${status}`)}</StatusBadge>;
}

const requestTones: Record<RequestStatus, BadgeTone> = {
  draft: 'gray',
  submitted: 'blue',
  under_analysis: 'yellow',
  decided: 'green',
  withdrawn: 'gray',
};

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useTranslation('obligations');
  return <StatusBadge tone={requestTones[status]}>{t(`obligations.requestStatus.${status}`)}</StatusBadge>;
}
