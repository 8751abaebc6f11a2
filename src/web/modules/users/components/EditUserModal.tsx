import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../components/AppModal';
import { ApiError } from '../../../lib/api';
import { errorText, fieldErrors } from '../../../lib/api-errors';
import { type UpdateInput, type UserSummary, updateUser } from '../api';
import { UserFields, type UserFormErrors, type UserFormValue, userFormErrors } from './UserFields';

interface EditUserModalProps {
  user: UserSummary;
  onClose: () => void;
  onSaved: (user: UserSummary) => void;
  /** Reload the list after a conflict, to edit the current version. */
  onReload: () => void;
}

/**
 * Edits an account, sending the version it was read at: if someone changed it meanwhile the
 * server answers 409 instead of overwriting their change, and the person is asked to reload.
 */
export function EditUserModal({ user, onClose, onSaved, onReload }: EditUserModalProps) {
  const { t } = useTranslation('users');
  const [value, setValue] = useState<UserFormValue>({
    email: user.email,
    name: user.name,
    role: user.role,
    stateIso3: user.stateIso3 ?? '',
    language: user.language,
  });
  const [clientErrors, setClientErrors] = useState<UserFormErrors>({});
  const mutation = useMutation({
    mutationFn: (input: UpdateInput) => updateUser(user.id, input),
    onSuccess: onSaved,
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problems = userFormErrors(value, false, t);
    setClientErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const input: UpdateInput = {
      version: user.version,
      name: value.name.trim(),
      language: value.language,
      stateIso3: value.role === 'state_focal_point' ? value.stateIso3.trim() : null,
    };
    if (user.abilities.changeRole) input.role = value.role;
    mutation.mutate(input);
  };

  const conflict = mutation.error instanceof ApiError && mutation.error.code === 'conflict';
  const server = fieldErrors(mutation.error, t);
  const errors = { ...server, ...clientErrors };
  return (
    <AppModal opened onClose={onClose} title={t('users.edit.title', { name: user.name })} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('users.edit.email', { email: user.email })}</Text>
          <UserFields
            value={value}
            onChange={setValue}
            errors={errors}
            withEmail={false}
            roleDisabled={!user.abilities.changeRole}
          />
          {conflict && (
            <Alert color="yellow" title={t('users.edit.conflictTitle')}>
              {t('users.edit.conflict')}
              <div>
                <Button mt="sm" size="xs" variant="default" onClick={onReload}>
                  {t('users.edit.reload')}
                </Button>
              </div>
            </Alert>
          )}
          {mutation.error && !conflict && Object.keys(server).length === 0 && (
            <Alert color="red">{errorText(mutation.error, t)}</Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={conflict}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
