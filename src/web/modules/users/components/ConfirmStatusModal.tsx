import { Alert, Button, Group, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../components/AppModal';
import { errorText } from '../../../lib/api-errors';
import { setUserActive, type UserSummary } from '../api';

interface ConfirmStatusModalProps {
  user: UserSummary;
  /** true: reactivate; false: deactivate. */
  active: boolean;
  onClose: () => void;
  onDone: (user: UserSummary) => void;
}

/** Deactivating signs the person out everywhere and blocks sign-in; reactivating undoes it. */
export function ConfirmStatusModal({ user, active, onClose, onDone }: ConfirmStatusModalProps) {
  const { t } = useTranslation('users');
  const mutation = useMutation({ mutationFn: () => setUserActive(user.id, active), onSuccess: onDone });
  const prefix = active ? 'users.reactivate' : 'users.deactivate';
  return (
    <AppModal opened onClose={onClose} title={t(`${prefix}.title`, { name: user.name })}>
      <Text mb="md">{t(`${prefix}.body`, { name: user.name, email: user.email })}</Text>
      {mutation.error && (
        <Alert color="red" mb="md">
          {errorText(mutation.error, t)}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          color={active ? undefined : 'red'}
          loading={mutation.isPending}
          onClick={() => mutation.mutate()}
        >
          {t(`${prefix}.confirm`)}
        </Button>
      </Group>
    </AppModal>
  );
}
