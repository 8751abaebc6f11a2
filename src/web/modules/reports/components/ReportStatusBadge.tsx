import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/StatusBadge';
import { type ListStatus, statusTone } from '../list';

/** Not started, draft, submitted or published, in words and colour. */
export function ReportStatusBadge({ status }: { status: ListStatus }) {
  const { t } = useTranslation('reports');
  return <StatusBadge tone={statusTone[status]}>{t(`reports.status.${status}`)}</StatusBadge>;
}
