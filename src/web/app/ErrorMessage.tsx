import { Anchor, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../lib/use-document-title';

/**
 * What a visitor sees when a page failed. Reloading fetches the current deployment's files, which
 * cures the usual cause (a chunk removed by a newer deployment). A link to the current address
 * rather than a Mantine Button: Button pulls Transition into the first-load bundle (about 3 KB).
 */
export function ErrorMessage() {
  const { t } = useTranslation();
  useDocumentTitle(t('error.documentTitle'));
  return (
    <section>
      <Title order={1}>{t('error.heading')}</Title>
      <Text my="md">{t('error.body')}</Text>
      <Anchor href={window.location.href}>{t('error.reload')}</Anchor>
    </section>
  );
}
