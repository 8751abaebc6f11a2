import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FocusHeading } from '../../../components/FocusHeading';
import { errorText, fieldErrors } from '../../../lib/api-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { requestPasswordReset } from '../api';
import classes from '../components/account.module.css';

/**
 * Asks for a reset link. The answer is the same whether or not the address has an account, so the
 * page cannot be used to find out who has one.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation('account');
  useDocumentTitle(t('forgot.documentTitle'));
  const [email, setEmail] = useState('');
  const [missing, setMissing] = useState<string>();
  const mutation = useMutation({ mutationFn: requestPasswordReset });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = email.trim();
    setMissing(value ? undefined : t('signIn.emailRequired'));
    if (value) mutation.mutate(value);
  };

  if (mutation.isSuccess) {
    return (
      <section className={classes.narrow}>
        <FocusHeading focus>{t('forgot.sentHeading')}</FocusHeading>
        <Text mb="md">{t('forgot.sent')}</Text>
        <Anchor component={Link} to="/sign-in">
          {t('forgot.backToSignIn')}
        </Anchor>
      </section>
    );
  }

  const fields = fieldErrors(mutation.error, t);
  return (
    <section className={classes.narrow}>
      <FocusHeading>{t('forgot.heading')}</FocusHeading>
      <Text mb="md">{t('forgot.intro')}</Text>
      {mutation.error && !fields.email && (
        <Alert color="red" mb="md">
          {errorText(mutation.error, t)}
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={missing ?? fields.email}
          />
          <div>
            <Button type="submit" loading={mutation.isPending}>
              {t('forgot.submit')}
            </Button>
          </div>
          <Anchor component={Link} to="/sign-in" size="sm">
            {t('forgot.backToSignIn')}
          </Anchor>
        </Stack>
      </form>
    </section>
  );
}
