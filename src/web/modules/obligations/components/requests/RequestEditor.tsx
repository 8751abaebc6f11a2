import { Alert, Button, Group, NativeSelect, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../lib/api';
import { errorText, fieldErrors } from '../../../../lib/api-errors';
import {
  type ExtensionRequest,
  obligationKeys,
  requestChecklist,
  submitRequest,
  updateRequest,
} from '../../api';
import { fieldId, findingsByField, itemLabel } from '../../checks';
import { useMeetings, useUnsavedChangesWarning } from '../../hooks';
import classes from '../../obligations.module.css';
import { ChecksPanel } from './ChecksPanel';
import { ItemAttachments } from './ItemAttachments';

interface Values {
  requestedUntil: string;
  exceptionalCircumstances: string;
  contents: Record<string, string>;
  meetingId: string;
}

const valuesOf = (r: ExtensionRequest): Values => ({
  requestedUntil: r.requestedUntil ?? '',
  exceptionalCircumstances: r.exceptionalCircumstances ?? '',
  contents: { ...r.contents },
  meetingId: r.meeting?.id ?? '',
});
const same = (a: Values, b: Values) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The draft of a request: requested date, exceptional circumstances (Art. 3), each checklist item
 * of Art. 3(4) or Art. 4(6), the meeting. Saved explicitly; the server's checks come back with
 * every save. Leaving with unsaved changes asks first.
 */
export function RequestEditor({
  request,
  onNotice,
}: {
  request: ExtensionRequest;
  onNotice: (text: string) => void;
}) {
  const { t, i18n } = useTranslation('obligations');
  const queryClient = useQueryClient();
  const meetings = useMeetings();
  const [baseline, setBaseline] = useState(() => valuesOf(request));
  const [values, setValues] = useState(baseline);
  const dirty = !same(values, baseline);
  useUnsavedChangesWarning(dirty, t('obligations.editor.leaveWarning'));

  // Someone else's save (or a reload) shows up here unless this form holds unsaved changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new version matters.
  useEffect(() => {
    if (dirty) return;
    const fresh = valuesOf(request);
    setBaseline(fresh);
    setValues(fresh);
  }, [request.version]);

  const store = (saved: ExtensionRequest) => {
    queryClient.setQueryData(obligationKeys.request(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: obligationKeys.all, refetchType: 'none' });
  };
  const save = async () => {
    const saved = await updateRequest(request.id, {
      version: request.version,
      requestedUntil: values.requestedUntil || null,
      exceptionalCircumstances: values.exceptionalCircumstances.trim()
        ? values.exceptionalCircumstances
        : null,
      contents: values.contents,
      meetingId: values.meetingId || null,
    });
    setBaseline(values);
    store(saved);
    return saved;
  };
  const saving = useMutation({ mutationFn: save, onSuccess: () => onNotice(t('obligations.editor.saved')) });
  const submitting = useMutation({
    mutationFn: async () => {
      const current = dirty ? await save() : request;
      if (current.checks.errors.length > 0) return null;
      return submitRequest(request.id, current.version);
    },
    onSuccess: (submitted) => {
      if (!submitted) return onNotice(t('obligations.editor.fixErrors'));
      store(submitted);
      onNotice(t('obligations.editor.submitted'));
    },
  });
  const failure = saving.error ?? submitting.error;
  const conflict = failure instanceof ApiError && failure.code === 'conflict';
  const errors = {
    ...findingsByField(request.checks.errors, request.article, t, i18n.language),
    ...fieldErrors(failure, t),
  };
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const onSave = (event: FormEvent) => {
    event.preventDefault();
    saving.mutate();
  };
  const busy = saving.isPending || submitting.isPending;
  const blocked = !dirty && request.checks.errors.length > 0;

  return (
    <Stack gap="md">
      <ChecksPanel article={request.article} checks={request.checks} stale={dirty} />
      <form onSubmit={onSave} noValidate aria-labelledby="editor-heading">
        <Title order={2} size="h3" id="editor-heading" mb="sm">
          {t('obligations.editor.heading')}
        </Title>
        <Stack gap="sm">
          <div className={classes.row}>
            <TextInput
              id={fieldId('requestedUntil')}
              type="date"
              label={t('obligations.editor.requestedUntil')}
              description={t(`obligations.editor.requestedUntilHint${request.article}`)}
              value={values.requestedUntil}
              onChange={(event) => set({ requestedUntil: event.currentTarget.value })}
              error={errors.requestedUntil}
              required
            />
            <NativeSelect
              id={fieldId('meetingId')}
              label={t('obligations.editor.meeting')}
              description={t('obligations.editor.meetingHint')}
              value={values.meetingId}
              onChange={(event) => set({ meetingId: event.currentTarget.value })}
              error={errors.meetingId}
            >
              <option value="">{t('obligations.forms.noMeeting')}</option>
              {meetings.data?.items.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </NativeSelect>
          </div>
          {request.article === '3' && (
            <Textarea
              id={fieldId('exceptionalCircumstances')}
              label={t('obligations.editor.exceptional')}
              description={t('obligations.editor.exceptionalHint')}
              value={values.exceptionalCircumstances}
              rows={3}
              maxLength={20_000}
              onChange={(event) => set({ exceptionalCircumstances: event.currentTarget.value })}
              error={errors.exceptionalCircumstances}
            />
          )}
          <Title order={3} size="h4" mt="sm">
            {t(`obligations.editor.checklist${request.article}`)}
          </Title>
          {requestChecklist[request.article].map((item) => (
            <div key={item}>
              <Textarea
                id={fieldId(`contents.${item}`)}
                label={itemLabel(request.article, item, t)}
                description={t(`obligations.editor.itemRef${request.article}`, { item })}
                value={values.contents[item] ?? ''}
                rows={4}
                maxLength={20_000}
                onChange={(event) => {
                  const text = event.currentTarget.value;
                  setValues((v) => ({ ...v, contents: { ...v.contents, [item]: text } }));
                }}
                error={errors[`contents.${item}`]}
                required
              />
              <ItemAttachments requestId={request.id} item={item} editable />
            </div>
          ))}
          {failure && (
            <Alert color="red">
              {errorText(failure, t)}
              {conflict && (
                <div>
                  <Button variant="default" size="xs" mt="sm" onClick={() => window.location.reload()}>
                    {t('obligations.editor.reload')}
                  </Button>
                </div>
              )}
            </Alert>
          )}
          <Group gap="sm">
            <Button type="submit" variant="default" loading={saving.isPending} disabled={busy || !dirty}>
              {t('obligations.editor.save')}
            </Button>
            {request.abilities.submit && (
              <Button
                onClick={() => submitting.mutate()}
                loading={submitting.isPending}
                disabled={busy || blocked}
              >
                {dirty ? t('obligations.editor.saveAndSubmit') : t('obligations.editor.submit')}
              </Button>
            )}
          </Group>
          {blocked && request.abilities.submit && (
            <Alert color="yellow">{t('obligations.editor.blocked')}</Alert>
          )}
        </Stack>
      </form>
    </Stack>
  );
}
