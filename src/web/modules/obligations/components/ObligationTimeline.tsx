import { useTranslation } from 'react-i18next';
import type { Obligation } from '../api';
import { dateOrDash, formatPartialDate } from '../format';
import { useMeetingName } from '../hooks';
import classes from '../obligations.module.css';

interface Step {
  key: string;
  text: string;
  future: boolean;
}

/**
 * The life of one obligation, in order: the treaty's original deadline, each extension request and
 * its decision, then the completion or the deadline still ahead (hollow marker: not reached yet).
 */
export function ObligationTimeline({ obligation: o, asOf }: { obligation: Obligation; asOf: string }) {
  const { t, i18n } = useTranslation('obligations');
  const meetingName = useMeetingName();
  const date = (value: string | null) => dateOrDash(value, i18n.language);
  const steps: Step[] = [];
  if (o.originalDeadline) {
    steps.push({
      key: 'original',
      text: t('obligations.timeline.original', { date: date(o.originalDeadline) }),
      future: o.originalDeadline > asOf,
    });
  }
  o.extensions.forEach((e, index) => {
    const key = `extension-${index}`;
    steps.push({
      key: `${key}-request`,
      text: e.requestedOn
        ? t('obligations.timeline.requested', { date: date(e.requestedOn), until: date(e.requestedUntil) })
        : t('obligations.timeline.requestedUndated', { until: date(e.requestedUntil) }),
      future: false,
    });
    const meeting = e.decidedAt ? meetingName(e.decidedAt) : t('obligations.timeline.unknownMeeting');
    let text = t('obligations.timeline.pending');
    if (e.decision === 'not_granted') text = t('obligations.timeline.notGranted', { meeting });
    else if (e.grantedUntil)
      text = t(
        e.decision === 'granted_shorter'
          ? 'obligations.timeline.grantedShorter'
          : 'obligations.timeline.granted',
        {
          date: date(e.grantedUntil),
          meeting,
        },
      );
    steps.push({ key: `${key}-decision`, text, future: !e.decision });
  });
  if (o.completedOn) {
    steps.push({
      key: 'completed',
      text: t('obligations.timeline.completed', { date: formatPartialDate(o.completedOn, i18n.language) }),
      future: false,
    });
  } else if (o.currentDeadline && o.currentDeadline !== o.originalDeadline) {
    steps.push({
      key: 'current',
      text: t('obligations.timeline.current', { date: date(o.currentDeadline) }),
      future: o.currentDeadline > asOf,
    });
  }
  if (steps.length === 0) return null;
  return (
    <ol className={classes.timeline} aria-label={t('obligations.timeline.label')}>
      {steps.map((step) => (
        <li key={step.key} className={step.future ? classes.future : undefined}>
          {step.text}
        </li>
      ))}
    </ol>
  );
}
