import { Alert, Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, fieldErrors } from '../../../lib/api-errors';
import { accountKeys, changePassword } from '../api';
import classes from './account.module.css';
import { NewPasswordFields, type NewPasswordValue, newPasswordErrors } from './NewPasswordFields';

const EMPTY: NewPasswordValue = { password: '', confirmation: '' };

/** Changing the password ends every other session of the account (the server does it). */
export function PasswordSection() {
  const { t } = useTranslation('account');
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState('');
  const [value, setValue] = useState<NewPasswordValue>(EMPTY);
  const [clientErrors, setClientErrors] = useState<{
    current?: string;
    password?: string;
    confirmation?: string;
  }>({});
  const mutation = useMutation({
    mutationFn: changePassword,
    onSuccess: () => {
      setCurrent('');
      setValue(EMPTY);
      void queryClient.invalidateQueries({ queryKey: accountKeys.sessions });
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problems = {
      ...newPasswordErrors(value, t),
      current: current ? undefined : t('fieldErrors.passwordRequired'),
    };
    setClientErrors(problems);
    if (problems.current || problems.password || problems.confirmation) return;
    mutation.mutate({ currentPassword: current, newPassword: value.password });
  };

  const server = fieldErrors(mutation.error, t);
  const hasFieldError = Boolean(server.currentPassword || server.newPassword);
  return (
    <section className={classes.section} aria-labelledby="password-heading">
      <Title order={2} id="password-heading" mb="sm">
        {t('account.password.heading')}
      </Title>
      <Text mb="md">{t('account.password.intro')}</Text>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md" className={classes.narrow}>
          <PasswordInput
            label={t('fields.currentPassword')}
            autoComplete="current-password"
            required
            value={current}
            onChange={(event) => setCurrent(event.currentTarget.value)}
            error={clientErrors.current ?? server.currentPassword}
            aria-invalid={clientErrors.current || server.currentPassword ? true : undefined}
          />
          <NewPasswordFields
            value={value}
            onChange={setValue}
            errors={{
              password: clientErrors.password ?? server.newPassword,
              confirmation: clientErrors.confirmation,
            }}
          />
          {mutation.error && !hasFieldError && <Alert color="red">{errorText(mutation.error, t)}</Alert>}
          <div>
            <Button type="submit" loading={mutation.isPending}>
              {t('account.password.submit')}
            </Button>
          </div>
          <Text size="sm" role="status">
            {mutation.isSuccess ? t('account.password.changed') : ''}
          </Text>
        </Stack>
      </form>
    </section>
  );
}
