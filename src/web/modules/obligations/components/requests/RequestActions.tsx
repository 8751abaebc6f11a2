import { Alert, Button, Group } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../../lib/api-errors';
import { type ExtensionRequest, obligationKeys, startAnalysis, withdrawRequest } from '../../api';

/** Workflow steps outside the forms: open the analysis (ISU staff), withdraw (the State or the ISU). */
export function RequestActions({
  request,
  onNotice,
}: {
  request: ExtensionRequest;
  onNotice: (text: string) => void;
}) {
  const { t } = useTranslation('obligations');
  const queryClient = useQueryClient();
  const done = (updated: ExtensionRequest, message: string) => {
    queryClient.setQueryData(obligationKeys.request(updated.id), updated);
    void queryClient.invalidateQueries({ queryKey: obligationKeys.all, refetchType: 'none' });
    onNotice(message);
  };
  const analysis = useMutation({
    mutationFn: () => startAnalysis(request.id),
    onSuccess: (updated) => done(updated, t('obligations.request.analysisStarted')),
  });
  const withdraw = useMutation({
    mutationFn: () => withdrawRequest(request.id),
    onSuccess: (updated) => done(updated, t('obligations.request.withdrawn')),
  });
  const { startAnalysis: canAnalyse, withdraw: canWithdraw } = request.abilities;
  if (!canAnalyse && !canWithdraw) return null;
  const failure = analysis.error ?? withdraw.error;
  return (
    <>
      <Group gap="sm" my="sm">
        {canAnalyse && (
          <Button onClick={() => analysis.mutate()} loading={analysis.isPending}>
            {t('obligations.request.startAnalysis')}
          </Button>
        )}
        {canWithdraw && (
          <Button
            variant="default"
            color="red"
            loading={withdraw.isPending}
            onClick={() => window.confirm(t('obligations.request.withdrawConfirm')) && withdraw.mutate()}
          >
            {t('obligations.request.withdraw')}
          </Button>
        )}
      </Group>
      {failure && <Alert color="red">{errorText(failure, t)}</Alert>}
    </>
  );
}
