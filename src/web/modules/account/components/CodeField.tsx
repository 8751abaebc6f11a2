import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Accepted by the server: six digits, or a recovery code such as k3m9q-x7p2w. */
export const CODE_PATTERN = /^(\d{6}|[a-z0-9]{5}-?[a-z0-9]{5})$/i;

interface CodeFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** Whether a recovery code is accepted here too (it is when signing in). */
  allowRecovery?: boolean;
}

/** The one-time code input: numeric keyboard hints off when letters are allowed. */
export function CodeField({ value, onChange, error, allowRecovery = false }: CodeFieldProps) {
  const { t } = useTranslation('account');
  return (
    <TextInput
      label={allowRecovery ? t('totp.codeOrRecoveryLabel') : t('totp.codeLabel')}
      description={allowRecovery ? t('totp.codeOrRecoveryHint') : t('totp.codeHint')}
      autoComplete="one-time-code"
      inputMode={allowRecovery ? 'text' : 'numeric'}
      spellCheck={false}
      required
      maw={260}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
