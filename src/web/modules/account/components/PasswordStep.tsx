import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FocusHeading } from '../../../components/FocusHeading';
import { ApiError } from '../../../lib/api';
import { errorText, fieldErrors, retryMinutes } from '../../../lib/api-errors';
import { type SignInResult, signIn } from '../api';

interface PasswordStepProps {
  onResult: (result: SignInResult) => void;
  /** True when the person came back here from a later step. */
  focusHeading: boolean;
  /** A message to show above the form, e.g. that the previous attempt expired. */
  notice?: string;
}

/** First step of signing in: e-mail address and password. */
export function PasswordStep({ onResult, focusHeading, notice }: PasswordStepProps) {
  const { t } = useTranslation('account');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({});
  const mutation = useMutation({ mutationFn: signIn, onSuccess: onResult });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problems = {
      email: email.trim() ? undefined : t('signIn.emailRequired'),
      password: password ? undefined : t('signIn.passwordRequired'),
    };
    setMissing(problems);
    if (problems.email || problems.password) return;
    mutation.mutate({ email: email.trim(), password });
  };

  const error = mutation.error;
  const fields = fieldErrors(error, t);
  let alert: string | undefined;
  if (error instanceof ApiError && error.status === 401) alert = t('signIn.wrongCredentials');
  else if (error instanceof ApiError && error.code === 'rate_limited') {
    alert = t('signIn.locked', { count: retryMinutes(error) });
  } else if (error && Object.keys(fields).length === 0) alert = errorText(error, t);

  return (
    <>
      <FocusHeading focus={focusHeading}>{t('signIn.heading')}</FocusHeading>
      {notice && (
        <Alert color="yellow" mb="md">
          {notice}
        </Alert>
      )}
      {alert && (
        <Alert color="red" mb="md" title={t('signIn.failed')}>
          {alert}
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md" maw={420}>
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={missing.email ?? fields.email}
          />
          <PasswordInput
            label={t('fields.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={missing.password ?? fields.password}
            // Mantine sets aria-invalid on other inputs, not on PasswordInput.
            aria-invalid={missing.password || fields.password ? true : undefined}
          />
          <div>
            <Button type="submit" loading={mutation.isPending}>
              {t('signIn.submit')}
            </Button>
          </div>
          <Text size="sm">
            <Anchor component={Link} to="/forgot-password">
              {t('signIn.forgot')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </>
  );
}
