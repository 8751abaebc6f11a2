import { PasswordInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const MIN_PASSWORD_LENGTH = 12;

export interface NewPasswordValue {
  password: string;
  confirmation: string;
}

/** Client-side checks, the same length rule the server applies; the server also refuses common passwords. */
export function newPasswordErrors(
  value: NewPasswordValue,
  t: (
    key: 'fieldErrors.passwordTooShort' | 'fieldErrors.passwordMismatch' | 'fieldErrors.passwordRequired',
  ) => string,
): { password?: string; confirmation?: string } {
  const errors: { password?: string; confirmation?: string } = {};
  if (!value.password) errors.password = t('fieldErrors.passwordRequired');
  else if ([...value.password].length < MIN_PASSWORD_LENGTH)
    errors.password = t('fieldErrors.passwordTooShort');
  if (value.password && value.confirmation !== value.password)
    errors.confirmation = t('fieldErrors.passwordMismatch');
  return errors;
}

interface NewPasswordFieldsProps {
  value: NewPasswordValue;
  onChange: (value: NewPasswordValue) => void;
  errors: { password?: string; confirmation?: string };
}

/**
 * New password and its confirmation, with the rule explained under the first field. aria-invalid is
 * set here because Mantine sets it on other inputs but not on PasswordInput.
 */
export function NewPasswordFields({ value, onChange, errors }: NewPasswordFieldsProps) {
  const { t } = useTranslation('account');
  return (
    <>
      <PasswordInput
        label={t('fields.newPassword')}
        description={t('password.rule')}
        autoComplete="new-password"
        required
        value={value.password}
        onChange={(event) => onChange({ ...value, password: event.currentTarget.value })}
        error={errors.password}
        aria-invalid={errors.password ? true : undefined}
      />
      <PasswordInput
        label={t('fields.confirmPassword')}
        autoComplete="new-password"
        required
        value={value.confirmation}
        onChange={(event) => onChange({ ...value, confirmation: event.currentTarget.value })}
        error={errors.confirmation}
        aria-invalid={errors.confirmation ? true : undefined}
      />
    </>
  );
}
