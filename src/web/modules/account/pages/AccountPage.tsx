import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FocusHeading } from '../../../components/FocusHeading';
import { useAuth } from '../../../lib/auth';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { PasswordSection } from '../components/PasswordSection';
import { ProfileSection } from '../components/ProfileSection';
import { SecondFactorSection } from '../components/SecondFactorSection';
import { SessionsSection } from '../components/SessionsSection';

/** The signed-in person's own account (RequireAuth guarantees a user here). */
export function AccountPage() {
  const { t } = useTranslation('account');
  useDocumentTitle(t('account.documentTitle'));
  const user = useAuth().data?.user;
  if (!user) return null;
  return (
    <article>
      <FocusHeading>{t('account.heading')}</FocusHeading>
      <Text mb="md">{t('account.signedInAs', { name: user.name, role: t(`roles.${user.role}`) })}</Text>
      <ProfileSection user={user} />
      <PasswordSection />
      <SecondFactorSection user={user} />
      <SessionsSection />
    </article>
  );
}
