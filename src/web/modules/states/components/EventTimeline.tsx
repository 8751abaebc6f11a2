import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { TreatyEvent } from '../api';
import classes from '../states.module.css';

/** The State's treaty actions in date order: what, when, the Depositary notification, the source. */
export function EventTimeline({ events }: { events: TreatyEvent[] }) {
  const { t, i18n } = useTranslation('states');
  if (events.length === 0) return <Text>{t('states.profile.noEvents')}</Text>;
  const ordered = [...events].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <ol className={classes.timeline} data-testid="timeline">
      {ordered.map((event) => (
        <li key={event.id}>
          <Text fw={700}>
            <time dateTime={event.date}>{formatDate(event.date, i18n.language)}</time>
            {' · '}
            {t(`states.eventType.${event.type}`)}
          </Text>
          {event.effectiveDate && (
            <Text size="sm">
              {t('states.profile.effective', { date: formatDate(event.effectiveDate, i18n.language) })}
            </Text>
          )}
          {event.notification && (
            <Text size="sm">
              {t('states.profile.notification')} <code>{event.notification}</code>
            </Text>
          )}
          {event.detail && <Text size="sm">{event.detail}</Text>}
          <Text size="sm" c="gray.7">
            {t('states.profile.source', { source: event.source })}
          </Text>
        </li>
      ))}
    </ol>
  );
}
