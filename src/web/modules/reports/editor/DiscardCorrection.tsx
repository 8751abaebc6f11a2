import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../components/AppModal';
import { errorText } from '../../../lib/api-errors';
import { useDeleteDraft, useDiscardCorrection } from '../api-editor';

interface DiscardProps {
  reportId: string;
  /** 'correction': back to the submitted version; 'draft': the report never submitted is deleted. */
  mode: 'correction' | 'draft';
  /** The submitted version a correction started from. */
  version: number | null;
  /** Stops autosaving before the working copy disappears. */
  onBefore: () => void;
  onFailed: () => void;
  onDone: () => void;
}

/** Throws away the working copy (a correction in progress, or a draft never submitted). Asks first. */
export function DiscardCorrection({ reportId, mode, version, onBefore, onFailed, onDone }: DiscardProps) {
  const { t } = useTranslation('reportEditor');
  const [open, setOpen] = useState(false);
  const discard = useDiscardCorrection(reportId);
  const remove = useDeleteDraft(reportId);
  const action = mode === 'correction' ? discard : remove;
  const words =
    mode === 'correction'
      ? {
          button: t('reportEditor.correction.discard'),
          title: t('reportEditor.correction.discardTitle'),
          text: t('reportEditor.correction.discardText', { version: version ?? '' }),
          confirm: t('reportEditor.correction.discardConfirm'),
        }
      : {
          button: t('reportEditor.draft.delete'),
          title: t('reportEditor.draft.deleteTitle'),
          text: t('reportEditor.draft.deleteText'),
          confirm: t('reportEditor.draft.deleteConfirm'),
        };
  const confirm = () => {
    onBefore();
    action.mutate(undefined, {
      onSuccess: () => {
        setOpen(false);
        onDone();
      },
      onError: onFailed,
    });
  };
  return (
    <>
      <Button variant="default" color="red" size="xs" onClick={() => setOpen(true)}>
        {words.button}
      </Button>
      <AppModal
        opened={open}
        onClose={() => setOpen(false)}
        title={words.title}
        closeButtonProps={{ 'aria-label': t('reportEditor.dialog.close') }}
      >
        <Text>{words.text}</Text>
        {action.isError && (
          <Text c="red.8" mt="sm" role="alert">
            {errorText(action.error, t)}
          </Text>
        )}
        <Group justify="flex-end" gap="sm" mt="md">
          <Button variant="default" onClick={() => setOpen(false)}>
            {t('reportEditor.correction.keep')}
          </Button>
          <Button color="red.9" onClick={confirm} loading={action.isPending}>
            {words.confirm}
          </Button>
        </Group>
      </AppModal>
    </>
  );
}
