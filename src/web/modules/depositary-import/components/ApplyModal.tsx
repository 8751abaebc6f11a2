import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../components/AppModal';
import { errorText } from '../../../lib/api-errors';
import { type DepositaryChange, refusalsOf } from '../api';

interface ApplyModalProps {
  changes: DepositaryChange[];
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before the selected changes are written, and says which ones were refused and why. */
export function ApplyModal({ changes, pending, error, onConfirm, onClose }: ApplyModalProps) {
  const { t } = useTranslation('depositaryImport');
  const refused = refusalsOf(error);
  const nameOf = (id: string) => changes.find((c) => c.id === id)?.name ?? id;
  return (
    <AppModal opened onClose={onClose} title={t('depositaryImport.confirm.title')}>
      <Text mb="md">{t('depositaryImport.confirm.body', { count: changes.length })}</Text>
      {refused.length > 0 && (
        <Alert color="red" mb="md" title={t('depositaryImport.confirm.refused')}>
          <List size="sm">
            {refused.map((refusal) => (
              <List.Item key={refusal.id}>
                {nameOf(refusal.id)}: {refusal.reasons.join('; ')}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {Boolean(error) && refused.length === 0 && (
        <Alert color="red" mb="md">
          {errorText(error, t)}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button loading={pending} onClick={onConfirm}>
          {t('depositaryImport.confirm.apply', { count: changes.length })}
        </Button>
      </Group>
    </AppModal>
  );
}
