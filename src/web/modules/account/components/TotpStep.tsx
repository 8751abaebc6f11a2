import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FocusHeading } from '../../../components/FocusHeading';
import { ApiError } from '../../../lib/api';
import { errorText, fieldErrors, retryMinutes } from '../../../lib/api-errors';
import type { CurrentUser } from '../../../lib/auth';
import { submitTotp } from '../api';
import { CODE_PATTERN, CodeField } from './CodeField';

interface TotpStepProps {
  onSignedIn: (user: CurrentUser) => void;
  /** Back to the password step (the half-finished sign-in expired or the person cancelled). */
  onRestart: (expired: boolean) => void;
  focusHeading: boolean;
}

/** Second step of signing in: a code from the authenticator app or a recovery code. */
export function TotpStep({ onSignedIn, onRestart, focusHeading }: TotpStepProps) {
  const { t } = useTranslation('account');
  const [code, setCode] = useState('');
  const [formatError, setFormatError] = useState<string>();
  const mutation = useMutation({
    mutationFn: submitTotp,
    onSuccess: (result) => onSignedIn(result.user),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 401) onRestart(true);
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = code.trim();
    if (!CODE_PATTERN.test(value)) {
      setFormatError(value ? t('fieldErrors.codeFormat') : t('totp.codeRequired'));
      return;
    }
    setFormatError(undefined);
    mutation.mutate(value);
  };

  const error = mutation.error;
  const fields = fieldErrors(error, t);
  let alert: string | undefined;
  if (error instanceof ApiError && error.code === 'rate_limited') {
    alert = t('signIn.locked', { count: retryMinutes(error) });
  } else if (error && !fields.code) alert = errorText(error, t);

  return (
    <>
      <FocusHeading focus={focusHeading}>{t('totp.heading')}</FocusHeading>
      <Text mb="md">{t('totp.intro')}</Text>
      {alert && (
        <Alert color="red" mb="md">
          {alert}
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <CodeField value={code} onChange={setCode} error={formatError ?? fields.code} allowRecovery />
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {t('totp.verify')}
            </Button>
            <Button variant="subtle" onClick={() => onRestart(false)}>
              {t('totp.startOver')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
