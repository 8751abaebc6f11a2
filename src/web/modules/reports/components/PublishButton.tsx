import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../components/AppModal';
import { errorText } from '../../../lib/api-errors';
import { usePublish } from '../api';

interface Props {
  reportId: string;
  version: number;
  /** "Peru, annual report 2024", for the confirmation. */
  reportName: string;
  onPublished: (version: number) => void;
}

/**
 * The ISU publishes the latest version, after a confirmation: the public sees it at once and a
 * publication is not undone. The server refuses a version that is no longer the latest.
 */
export function PublishButton({ reportId, version, reportName, onPublished }: Props) {
  const { t } = useTranslation('reports');
  const [open, setOpen] = useState(false);
  const publish = usePublish(reportId);
  const close = () => {
    setOpen(false);
    publish.reset();
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('reports.publish.button', { version })}</Button>
      <AppModal opened={open} onClose={close} title={t('reports.publish.title', { version })}>
        <Text mb="md">{t('reports.publish.confirm', { version, report: reportName })}</Text>
        {publish.error && (
          <Alert color="red" mb="md" role="alert">
            {errorText(publish.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={publish.isPending}
            onClick={() =>
              publish.mutate(version, {
                onSuccess: () => {
                  setOpen(false);
                  onPublished(version);
                },
              })
            }
          >
            {t('reports.publish.submit', { version })}
          </Button>
        </Group>
      </AppModal>
    </>
  );
}
