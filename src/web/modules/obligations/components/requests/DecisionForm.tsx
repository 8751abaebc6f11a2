import { Alert, Button, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../lib/api';
import { errorText, fieldErrors } from '../../../../lib/api-errors';
import { formatDate } from '../../../../lib/format';
import {
  type Decision,
  decideRequest,
  decisions,
  type ExtensionRequest,
  obligationKeys,
  todayIso,
} from '../../api';
import { useMeetings } from '../../hooks';
import classes from '../../obligations.module.css';

/**
 * The meeting's decision (ISU staff): granted as requested, granted for a shorter period (with its
 * end date), or not granted; the decision date, meeting and document. It sets the new deadline.
 */
export function DecisionForm({
  request,
  onNotice,
}: {
  request: ExtensionRequest;
  onNotice: (text: string) => void;
}) {
  const { t, i18n } = useTranslation('obligations');
  const queryClient = useQueryClient();
  const meetings = useMeetings();
  const [decision, setDecision] = useState<Decision>('granted');
  const [grantedUntil, setGrantedUntil] = useState('');
  const [decidedOn, setDecidedOn] = useState(request.meeting?.endDate ?? todayIso());
  const [meetingId, setMeetingId] = useState(request.meeting?.id ?? '');
  const [documentRef, setDocumentRef] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: () =>
      decideRequest(request.id, {
        version: request.version,
        decision,
        grantedUntil: decision === 'granted_shorter' ? grantedUntil : null,
        decidedOn,
        meetingId: meetingId || null,
        document: documentRef.trim() || null,
      }),
    onSuccess: (decided) => {
      queryClient.setQueryData(obligationKeys.request(decided.id), decided);
      void queryClient.invalidateQueries({ queryKey: obligationKeys.all, refetchType: 'none' });
      onNotice(t('obligations.decision.saved'));
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!decidedOn) problems.decidedOn = t('obligations.forms.required');
    if (decision === 'granted_shorter' && !grantedUntil)
      problems.grantedUntil = t('obligations.forms.required');
    setMissing(problems);
    if (Object.keys(problems).length === 0) mutation.mutate();
  };
  const errors = { ...fieldErrors(mutation.error, t), ...missing };
  const conflict = mutation.error instanceof ApiError && mutation.error.code === 'conflict';

  return (
    <section className={classes.section} aria-labelledby="decision-heading">
      <Title order={2} size="h3" id="decision-heading" mb="sm">
        {t('obligations.decision.heading')}
      </Title>
      <form onSubmit={onSubmit} noValidate aria-labelledby="decision-heading">
        <Stack gap="sm">
          <div className={classes.row}>
            <NativeSelect
              label={t('obligations.decision.decision')}
              value={decision}
              onChange={(event) => setDecision(event.currentTarget.value as Decision)}
            >
              {decisions.map((d) => (
                <option key={d} value={d}>
                  {t(`obligations.decisionKind.${d}`)}
                </option>
              ))}
            </NativeSelect>
            {decision === 'granted_shorter' && (
              <TextInput
                type="date"
                label={t('obligations.decision.grantedUntil')}
                value={grantedUntil}
                onChange={(event) => setGrantedUntil(event.currentTarget.value)}
                error={errors.grantedUntil}
                required
              />
            )}
            <TextInput
              type="date"
              label={t('obligations.decision.decidedOn')}
              value={decidedOn}
              onChange={(event) => setDecidedOn(event.currentTarget.value)}
              error={errors.decidedOn}
              required
            />
          </div>
          {decision === 'granted' && request.requestedUntil && (
            <Text size="sm">
              {t('obligations.decision.asRequested', {
                date: formatDate(request.requestedUntil, i18n.language),
              })}
            </Text>
          )}
          <div className={classes.row}>
            <NativeSelect
              label={t('obligations.decision.meeting')}
              value={meetingId}
              onChange={(event) => setMeetingId(event.currentTarget.value)}
              error={errors.meetingId}
            >
              <option value="">{t('obligations.forms.noMeeting')}</option>
              {meetings.data?.items.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </NativeSelect>
            <TextInput
              label={t('obligations.decision.document')}
              description={t('obligations.decision.documentHint')}
              value={documentRef}
              maxLength={200}
              onChange={(event) => setDocumentRef(event.currentTarget.value)}
              error={errors.document}
            />
          </div>
          {mutation.error && (
            <Alert color="red">
              {errorText(mutation.error, t)}
              {conflict && (
                <div>
                  <Button variant="default" size="xs" mt="sm" onClick={() => window.location.reload()}>
                    {t('obligations.editor.reload')}
                  </Button>
                </div>
              )}
            </Alert>
          )}
          <div>
            <Button type="submit" loading={mutation.isPending}>
              {t('obligations.decision.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </section>
  );
}
