import { Alert, Button, Code, Image, List, Loader, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError';
import { errorText, fieldErrors } from '../../../lib/api-errors';
import { accountKeys, confirmTotpEnrolment, startTotpEnrolment } from '../api';
import classes from './account.module.css';
import { CodeField } from './CodeField';

/** The key in groups of four, as authenticator apps show and accept it. */
export function groupKey(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

interface TotpSetupProps {
  onConfirmed: (recoveryCodes: string[]) => void;
}

/**
 * Setting up an authenticator app: QR code (or the key typed by hand), then a first code to prove
 * it works. Starting the set-up is a POST that makes a new secret; as a query it runs once per
 * visit even under StrictMode's double mount, and never again on window focus.
 */
export function TotpSetup({ onConfirmed }: TotpSetupProps) {
  const { t } = useTranslation('account');
  const [code, setCode] = useState('');
  const [formatError, setFormatError] = useState<string>();
  const enrolment = useQuery({
    queryKey: accountKeys.enrolment,
    queryFn: startTotpEnrolment,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });
  const confirm = useMutation({
    mutationFn: confirmTotpEnrolment,
    onSuccess: (result) => onConfirmed(result.recoveryCodes),
  });

  if (enrolment.isPending) return <Loader size="sm" aria-label={t('layout.loading')} />;
  if (enrolment.isError) return <QueryError error={enrolment.error} onRetry={() => enrolment.refetch()} />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = code.trim();
    if (!/^\d{6}$/.test(value)) {
      setFormatError(value ? t('fieldErrors.sixDigits') : t('totp.codeRequired'));
      return;
    }
    setFormatError(undefined);
    confirm.mutate(value);
  };

  const fields = fieldErrors(confirm.error, t);
  const svgUrl = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.data.qrSvg)}`;
  return (
    <Stack gap="md">
      <List type="ordered" spacing="sm">
        <List.Item>{t('totp.setup.install')}</List.Item>
        <List.Item>
          {t('totp.setup.scan')}
          <Image src={svgUrl} alt={t('totp.setup.qrAlt')} className={classes.qr} />
        </List.Item>
        <List.Item>
          {t('totp.setup.manual')}{' '}
          <Code className={classes.key} data-testid="totp-key">
            {groupKey(enrolment.data.secret)}
          </Code>
        </List.Item>
        <List.Item>{t('totp.setup.enterCode')}</List.Item>
      </List>
      {confirm.error && !fields.code && <Alert color="red">{errorText(confirm.error, t)}</Alert>}
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <CodeField value={code} onChange={setCode} error={formatError ?? fields.code} />
          <div>
            <Button type="submit" loading={confirm.isPending}>
              {t('totp.setup.confirm')}
            </Button>
          </div>
        </Stack>
      </form>
      <Text size="sm" c="dimmed">
        {t('totp.setup.privacy')}
      </Text>
    </Stack>
  );
}
