import { List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DepositaryChange } from '../api';
import { EventText } from './ChangesTable';

/**
 * What the import reports but never applies: participants whose name matches no State (staff
 * check the spelling or add the State), and entries to review by hand.
 */
export function ReviewLists({ changes }: { changes: DepositaryChange[] }) {
  const { t } = useTranslation('depositaryImport');
  const unknown = changes.filter((c) => c.kind === 'unknown_name');
  const review = changes.filter((c) => c.kind !== 'unknown_name' && !c.applicable);
  return (
    <>
      {unknown.length > 0 && (
        <section aria-labelledby="depositary-unknown-heading">
          <Title order={3} id="depositary-unknown-heading" mt="lg">
            {t('depositaryImport.unknown.heading')}
          </Title>
          <Text size="sm" mb="xs">
            {t('depositaryImport.unknown.intro')}
          </Text>
          <List>
            {unknown.map((change) => (
              <List.Item key={change.id}>{change.name}</List.Item>
            ))}
          </List>
        </section>
      )}
      {review.length > 0 && (
        <section aria-labelledby="depositary-review-heading">
          <Title order={3} id="depositary-review-heading" mt="lg">
            {t('depositaryImport.review.heading')}
          </Title>
          <Text size="sm" mb="xs">
            {t('depositaryImport.review.intro')}
          </Text>
          <List>
            {review.map((change) => (
              <List.Item key={change.id}>
                {change.name}
                {change.iso3 && ` (${change.iso3})`}: {t(`depositaryImport.kinds.${change.kind}`)}
                {change.current && (
                  <>
                    {' — '}
                    <EventText event={change.current} />
                  </>
                )}
              </List.Item>
            ))}
          </List>
        </section>
      )}
    </>
  );
}
