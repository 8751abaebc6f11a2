import { Alert, Button, Group, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../components/AppModal';
import { ApiError } from '../../../lib/api';
import { errorText, fieldErrors } from '../../../lib/api-errors';
import { inviteUser, type UserSummary } from '../api';
import { UserFields, type UserFormErrors, type UserFormValue, userFormErrors } from './UserFields';

interface InviteUserModalProps {
  opened: boolean;
  onClose: () => void;
  onInvited: (user: UserSummary) => void;
}

const EMPTY: UserFormValue = {
  email: '',
  name: '',
  role: 'state_focal_point',
  stateIso3: '',
  language: 'en',
};

/** Opens an account; the person receives an e-mail with a link to choose a password. */
export function InviteUserModal({ opened, onClose, onInvited }: InviteUserModalProps) {
  const { t } = useTranslation('users');
  const [value, setValue] = useState<UserFormValue>(EMPTY);
  const [clientErrors, setClientErrors] = useState<UserFormErrors>({});
  const mutation = useMutation({
    mutationFn: inviteUser,
    onSuccess: (user) => {
      setValue(EMPTY);
      setClientErrors({});
      onInvited(user);
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problems = userFormErrors(value, true, t);
    setClientErrors(problems);
    if (Object.keys(problems).length > 0) return;
    mutation.mutate({
      email: value.email.trim(),
      name: value.name.trim(),
      role: value.role,
      stateIso3: value.role === 'state_focal_point' ? value.stateIso3.trim() : null,
      language: value.language,
    });
  };

  const close = () => {
    mutation.reset();
    setClientErrors({});
    onClose();
  };

  const conflict = mutation.error instanceof ApiError && mutation.error.code === 'conflict';
  const server: UserFormErrors = conflict
    ? { email: t('users.form.exists') }
    : fieldErrors(mutation.error, t);
  const errors = { ...server, ...clientErrors };
  const showAlert = mutation.error && Object.keys(server).length === 0;
  return (
    <AppModal opened={opened} onClose={close} title={t('users.invite.title')} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <UserFields value={value} onChange={setValue} errors={errors} withEmail />
          {showAlert && <Alert color="red">{errorText(mutation.error, t)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('users.invite.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
