import { Anchor, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../lib/use-document-title';

/** A signed-in person opened a page their role does not allow (the HTTP 403 of the interface). */
export function ForbiddenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('forbidden.documentTitle'));
  return (
    <section>
      <Title order={1}>{t('forbidden.heading')}</Title>
      <Text my="md">{t('forbidden.body')}</Text>
      {/* Plain paragraphs, not Mantine's Group: this page is in the first-load bundle. */}
      <p>
        <Anchor component={Link} to="/account">
          {t('forbidden.account')}
        </Anchor>
      </p>
      <p>
        <Anchor component={Link} to="/">
          {t('notFound.home')}
        </Anchor>
      </p>
    </section>
  );
}
