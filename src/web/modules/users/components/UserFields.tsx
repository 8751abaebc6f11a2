import { NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguageCode, LANGUAGES, type LanguageCode } from '../../../lib/languages';
import { type Role, roles } from '../api';

export interface UserFormValue {
  email: string;
  name: string;
  role: Role;
  stateIso3: string;
  language: LanguageCode;
}

export type UserFormErrors = Partial<Record<keyof UserFormValue, string>>;

/** Checks done before sending; the server checks the same and more. */
export function userFormErrors(
  value: UserFormValue,
  withEmail: boolean,
  t: (
    key:
      | 'fieldErrors.emailRequired'
      | 'fieldErrors.nameRequired'
      | 'fieldErrors.stateRequired'
      | 'fieldErrors.iso3',
  ) => string,
): UserFormErrors {
  const errors: UserFormErrors = {};
  if (withEmail && !value.email.trim()) errors.email = t('fieldErrors.emailRequired');
  if (!value.name.trim()) errors.name = t('fieldErrors.nameRequired');
  if (value.role === 'state_focal_point') {
    if (!value.stateIso3.trim()) errors.stateIso3 = t('fieldErrors.stateRequired');
    else if (!/^[A-Z]{3}$/.test(value.stateIso3.trim())) errors.stateIso3 = t('fieldErrors.iso3');
  }
  return errors;
}

interface UserFieldsProps {
  value: UserFormValue;
  onChange: (value: UserFormValue) => void;
  errors: UserFormErrors;
  withEmail: boolean;
  /** An administrator cannot change their own role. */
  roleDisabled?: boolean;
}

/** The fields of an account; the State appears only for a State focal point. */
export function UserFields({ value, onChange, errors, withEmail, roleDisabled = false }: UserFieldsProps) {
  const { t } = useTranslation('users');
  const set = (patch: Partial<UserFormValue>) => onChange({ ...value, ...patch });
  return (
    <>
      {withEmail && (
        <TextInput
          label={t('fields.email')}
          type="email"
          required
          data-autofocus
          value={value.email}
          onChange={(event) => set({ email: event.currentTarget.value })}
          error={errors.email}
        />
      )}
      <TextInput
        label={t('fields.name')}
        required
        value={value.name}
        onChange={(event) => set({ name: event.currentTarget.value })}
        error={errors.name}
      />
      <NativeSelect
        label={t('fields.role')}
        value={value.role}
        disabled={roleDisabled}
        description={roleDisabled ? t('users.form.ownRole') : undefined}
        onChange={(event) => set({ role: event.currentTarget.value as Role })}
        error={errors.role}
      >
        {roles.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </NativeSelect>
      {value.role === 'state_focal_point' && (
        <TextInput
          label={t('fields.state')}
          description={t('users.form.stateHint')}
          required
          maxLength={3}
          value={value.stateIso3}
          onChange={(event) => set({ stateIso3: event.currentTarget.value.toUpperCase() })}
          error={errors.stateIso3}
        />
      )}
      <NativeSelect
        label={t('fields.language')}
        description={t('users.form.languageHint')}
        value={value.language}
        onChange={(event) => {
          const language = event.currentTarget.value;
          if (isLanguageCode(language)) set({ language });
        }}
        error={errors.language}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </NativeSelect>
    </>
  );
}
