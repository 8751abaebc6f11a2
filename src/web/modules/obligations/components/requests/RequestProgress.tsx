import { useTranslation } from 'react-i18next';
import type { ExtensionRequest } from '../../api';
import { dateOrDash } from '../../format';
import classes from '../../obligations.module.css';

/**
 * Where the request stands: drafted → submitted → under analysis → decided (or withdrawn). Steps
 * not reached yet have a hollow marker; the current one is marked for screen readers too.
 */
export function RequestProgress({ request: r }: { request: ExtensionRequest }) {
  const { t, i18n } = useTranslation('obligations');
  const order = ['draft', 'submitted', 'under_analysis', 'decided'] as const;
  const reached = r.status === 'withdrawn' ? (r.submittedOn ? 1 : 0) : order.indexOf(r.status);
  const detail: Record<(typeof order)[number], string> = {
    draft: '',
    submitted: r.submittedOn ? dateOrDash(r.submittedOn, i18n.language) : '',
    under_analysis: '',
    decided:
      r.status === 'decided'
        ? [
            r.decision ? t(`obligations.decisionKind.${r.decision}`) : '',
            r.decidedOn ? dateOrDash(r.decidedOn, i18n.language) : '',
            r.decidedAt?.name ?? '',
          ]
            .filter(Boolean)
            .join(', ')
        : '',
  };
  const steps = order.map((status, index) => ({ status, index }));
  return (
    <ol className={classes.timeline} aria-label={t('obligations.request.progress')}>
      {steps.map(({ status, index }) => {
        if (r.status === 'withdrawn' && index > reached) return null;
        const current = r.status !== 'withdrawn' && index === reached;
        return (
          <li
            key={status}
            className={index > reached ? classes.future : undefined}
            aria-current={current ? 'step' : undefined}
          >
            {t(`obligations.requestStatus.${status}`)}
            {detail[status] && ` — ${detail[status]}`}
          </li>
        );
      })}
      {r.status === 'withdrawn' && <li aria-current="step">{t('obligations.requestStatus.withdrawn')}</li>}
    </ol>
  );
}
