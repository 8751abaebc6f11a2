import { Anchor, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../lib/use-document-title';

/**
 * Kept in the main chunk rather than lazy-loaded: the route error boundary renders it for 404s
 * thrown by any module's loader, and it is a few hundred bytes.
 */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.documentTitle'));
  return (
    <section>
      <Title order={1}>{t('notFound.heading')}</Title>
      <Text my="md">{t('notFound.body')}</Text>
      <Anchor component={Link} to="/">
        {t('notFound.home')}
      </Anchor>
    </section>
  );
}
