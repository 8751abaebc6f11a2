import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageLoader } from '../../../app/PageLoader';
import { FocusHeading } from '../../../components/FocusHeading';
import { ApiError } from '../../../lib/api';
import { errorText, fieldErrors } from '../../../lib/api-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { accountKeys, describeToken, setPasswordWithToken, type TokenInfo } from '../api';
import classes from '../components/account.module.css';
import { NewPasswordFields, type NewPasswordValue, newPasswordErrors } from '../components/NewPasswordFields';

interface TokenPasswordPageProps {
  purpose: TokenInfo['purpose'];
}

/**
 * Choosing a password from an e-mailed link: accepting an invitation, or resetting a forgotten
 * password. The token is in the URL fragment, which browsers never send to a server; it goes to
 * the API only in request bodies.
 */
export function TokenPasswordPage({ purpose }: TokenPasswordPageProps) {
  const { t } = useTranslation('account');
  const prefix = purpose === 'invitation' ? 'invitation' : 'reset';
  useDocumentTitle(t(`${prefix}.documentTitle`));
  const { hash } = useLocation();
  const token = decodeURIComponent(hash.replace(/^#/, '')).trim();
  const [value, setValue] = useState<NewPasswordValue>({ password: '', confirmation: '' });
  const [clientErrors, setClientErrors] = useState<{ password?: string; confirmation?: string }>({});

  const info = useQuery({
    queryKey: accountKeys.token(token),
    queryFn: () => describeToken(token),
    enabled: token.length >= 20,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  const mutation = useMutation({
    mutationFn: (password: string) => setPasswordWithToken(purpose, token, password),
  });

  if (mutation.isSuccess) {
    return (
      <section className={classes.narrow}>
        <FocusHeading focus>{t(`${prefix}.doneHeading`)}</FocusHeading>
        <Text mb="md">{t(`${prefix}.done`)}</Text>
        <Anchor component={Link} to="/sign-in">
          {t('tokenPage.signIn')}
        </Anchor>
      </section>
    );
  }

  const invalidLink = (
    <section className={classes.narrow}>
      <FocusHeading>{t('tokenPage.invalidHeading')}</FocusHeading>
      <Text mb="md">{t(`${prefix}.invalid`)}</Text>
      <Anchor component={Link} to={purpose === 'invitation' ? '/sign-in' : '/forgot-password'}>
        {purpose === 'invitation' ? t('tokenPage.signIn') : t('tokenPage.newLink')}
      </Anchor>
    </section>
  );
  if (token.length < 20) return invalidLink;
  if (info.isPending) return <PageLoader />;
  if (info.error instanceof ApiError && info.error.status === 404) return invalidLink;
  if (info.isError) {
    return (
      <Alert color="red" title={t('errors.loadFailed')}>
        {errorText(info.error, t)}
      </Alert>
    );
  }
  if (info.data.purpose !== purpose) return invalidLink;
  // The link was used meanwhile (another tab, a double click): same message as an unknown link.
  if (mutation.error instanceof ApiError && mutation.error.status === 404) return invalidLink;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problems = newPasswordErrors(value, t);
    setClientErrors(problems);
    if (!problems.password && !problems.confirmation) mutation.mutate(value.password);
  };

  const serverErrors = fieldErrors(mutation.error, t);
  const errors = {
    password: clientErrors.password ?? serverErrors.password,
    confirmation: clientErrors.confirmation,
  };
  return (
    <section className={classes.narrow}>
      <FocusHeading>{t(`${prefix}.heading`)}</FocusHeading>
      <Text mb="md">{t(`${prefix}.intro`, { name: info.data.name, email: info.data.email })}</Text>
      {mutation.error && !serverErrors.password && (
        <Alert color="red" mb="md">
          {errorText(mutation.error, t)}
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {/* Lets password managers store the new password under the right account. */}
          <input
            type="email"
            name="username"
            autoComplete="username"
            value={info.data.email}
            readOnly
            hidden
          />
          <NewPasswordFields value={value} onChange={setValue} errors={errors} />
          <div>
            <Button type="submit" loading={mutation.isPending}>
              {t(`${prefix}.submit`)}
            </Button>
          </div>
        </Stack>
      </form>
    </section>
  );
}
