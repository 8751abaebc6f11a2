import { Alert, Button, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, fieldErrors } from '../../../lib/api-errors';
import { type CurrentUser, rememberSignedIn } from '../../../lib/auth';
import { isLanguageCode, LANGUAGES, type LanguageCode } from '../../../lib/languages';
import { updateProfile } from '../api';
import classes from './account.module.css';

/** Name and preferred language (the language of e-mails, and of the interface after sign-in). */
export function ProfileSection({ user }: { user: CurrentUser }) {
  const { t } = useTranslation('account');
  const queryClient = useQueryClient();
  const [name, setName] = useState(user.name);
  const [language, setLanguage] = useState<LanguageCode>(user.language);
  const [missing, setMissing] = useState<string>();
  const mutation = useMutation({
    mutationFn: updateProfile,
    onSuccess: (updated) => rememberSignedIn(queryClient, updated),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(name.trim() ? undefined : t('fieldErrors.nameRequired'));
    if (name.trim()) mutation.mutate({ name: name.trim(), language });
  };

  const fields = fieldErrors(mutation.error, t);
  return (
    <section className={classes.section} aria-labelledby="profile-heading">
      <Title order={2} id="profile-heading" mb="sm">
        {t('account.profile.heading')}
      </Title>
      <Text mb="md">{t('account.profile.email', { email: user.email })}</Text>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md" className={classes.narrow}>
          <TextInput
            label={t('fields.name')}
            autoComplete="name"
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={missing ?? fields.name}
          />
          <NativeSelect
            label={t('fields.language')}
            description={t('account.profile.languageHint')}
            value={language}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isLanguageCode(value)) setLanguage(value);
            }}
          >
            {LANGUAGES.map((option) => (
              <option key={option.code} value={option.code} lang={option.code}>
                {option.name}
              </option>
            ))}
          </NativeSelect>
          {mutation.error && !fields.name && <Alert color="red">{errorText(mutation.error, t)}</Alert>}
          <div>
            <Button type="submit" loading={mutation.isPending}>
              {t('account.profile.save')}
            </Button>
          </div>
          <Text size="sm" role="status">
            {mutation.isSuccess ? t('account.profile.saved') : ''}
          </Text>
        </Stack>
      </form>
    </section>
  );
}
