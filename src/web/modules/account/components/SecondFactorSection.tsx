import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FocusHeading } from '../../../components/FocusHeading';
import { StatusBadge } from '../../../components/StatusBadge';
import { errorText, fieldErrors } from '../../../lib/api-errors';
import type { CurrentUser } from '../../../lib/auth';
import { AUTH_QUERY_KEY } from '../../../lib/query-client';
import { replaceRecoveryCodes } from '../api';
import classes from './account.module.css';
import { CODE_PATTERN, CodeField } from './CodeField';
import { RecoveryCodes } from './RecoveryCodes';
import { TotpSetup } from './TotpSetup';

/** Status of the second factor; set it up, or replace the recovery codes with a current code. */
export function SecondFactorSection({ user }: { user: CurrentUser }) {
  const { t } = useTranslation('account');
  const queryClient = useQueryClient();
  const [settingUp, setSettingUp] = useState(false);
  const [codes, setCodes] = useState<string[]>();
  const [code, setCode] = useState('');
  const [formatError, setFormatError] = useState<string>();
  const replace = useMutation({
    mutationFn: replaceRecoveryCodes,
    onSuccess: (result) => {
      setCode('');
      setCodes(result.recoveryCodes);
    },
  });

  const onReplace = (event: FormEvent) => {
    event.preventDefault();
    const value = code.trim();
    const problem = CODE_PATTERN.test(value)
      ? undefined
      : value
        ? t('fieldErrors.codeFormat')
        : t('totp.codeRequired');
    setFormatError(problem);
    if (!problem) replace.mutate(value);
  };

  const done = () => {
    setCodes(undefined);
    setSettingUp(false);
    // totpEnabled changed: read the account again.
    void queryClient.invalidateQueries({ queryKey: AUTH_QUERY_KEY });
  };

  const fields = fieldErrors(replace.error, t);
  let body: ReactNode;
  if (codes) {
    body = (
      <>
        <FocusHeading order={3} focus>
          {t('recoveryCodes.heading')}
        </FocusHeading>
        <RecoveryCodes codes={codes} />
        <Button mt="md" className="no-print" onClick={done}>
          {t('recoveryCodes.done')}
        </Button>
      </>
    );
  } else if (settingUp) {
    body = <TotpSetup onConfirmed={setCodes} />;
  } else if (!user.totpEnabled) {
    body = (
      <>
        <Text mb="md">{t('account.totp.offIntro')}</Text>
        <Button onClick={() => setSettingUp(true)}>{t('account.totp.setUp')}</Button>
      </>
    );
  } else {
    body = (
      <form onSubmit={onReplace} noValidate>
        <Text mb="md">{t('account.totp.replaceIntro')}</Text>
        <Stack gap="md">
          <CodeField value={code} onChange={setCode} error={formatError ?? fields.code} allowRecovery />
          {replace.error && !fields.code && <Alert color="red">{errorText(replace.error, t)}</Alert>}
          <div>
            <Button type="submit" variant="default" loading={replace.isPending}>
              {t('account.totp.replace')}
            </Button>
          </div>
        </Stack>
      </form>
    );
  }

  return (
    <section className={classes.section} aria-labelledby="totp-heading">
      <Group gap="sm" mb="sm">
        <Title order={2} id="totp-heading">
          {t('account.totp.heading')}
        </Title>
        <StatusBadge tone={user.totpEnabled ? 'green' : 'gray'}>
          {user.totpEnabled ? t('account.totp.on') : t('account.totp.off')}
        </StatusBadge>
      </Group>
      {body}
    </section>
  );
}
