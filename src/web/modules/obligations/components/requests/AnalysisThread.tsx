import { Alert, Button, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, fieldErrors } from '../../../../lib/api-errors';
import { formatDateTime } from '../../../../lib/format';
import { addComment, type CommentInput, type ExtensionRequest, obligationKeys } from '../../api';
import { useUnsavedChangesWarning } from '../../hooks';
import classes from '../../obligations.module.css';

type Kind = CommentInput['kind'];

/**
 * The analysis: questions and comments from the ISU and the coordinators, replies from the State,
 * oldest first with author and time; the form offers only the kinds this person may post.
 */
export function AnalysisThread({
  request,
  onNotice,
}: {
  request: ExtensionRequest;
  onNotice: (text: string) => void;
}) {
  const { t, i18n } = useTranslation('obligations');
  const queryClient = useQueryClient();
  const kinds: Kind[] = [
    ...(request.abilities.comment ? (['question', 'comment'] as const) : []),
    ...(request.abilities.reply ? (['reply'] as const) : []),
  ];
  const [kind, setKind] = useState<Kind>(kinds[0] ?? 'comment');
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState('');
  useUnsavedChangesWarning(body.trim() !== '', t('obligations.editor.leaveWarning'));
  const mutation = useMutation({
    mutationFn: () => addComment(request.id, { kind, body: body.trim() }),
    onSuccess: (updated) => {
      queryClient.setQueryData(obligationKeys.request(updated.id), updated);
      setBody('');
      onNotice(t('obligations.thread.posted'));
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(body.trim() ? '' : t('obligations.forms.required'));
    if (body.trim()) mutation.mutate();
  };
  const errors = fieldErrors(mutation.error, t);

  return (
    <section className={classes.section} aria-labelledby="thread-heading">
      <Title order={2} size="h3" id="thread-heading" mb="sm">
        {t('obligations.thread.heading')}
      </Title>
      {request.comments.length === 0 ? (
        <Text mb="md">{t('obligations.thread.empty')}</Text>
      ) : (
        <ol className={classes.thread} aria-label={t('obligations.thread.heading')}>
          {request.comments.map((c) => (
            <li key={c.id} className={`${classes.comment} ${c.kind === 'reply' ? classes.reply : ''}`}>
              <Text size="sm" fw={700}>
                {t(`obligations.thread.kind.${c.kind}`)} · {c.authorName ?? t('obligations.thread.unknown')}
                {c.authorRole && ` (${t(`roles.${c.authorRole}` as 'roles.isu_staff')})`} ·{' '}
                <time dateTime={c.createdAt}>{formatDateTime(c.createdAt, i18n.language)}</time>
              </Text>
              <Text className={classes.text}>{c.body}</Text>
            </li>
          ))}
        </ol>
      )}
      {kinds.length > 0 && (
        <form onSubmit={onSubmit} noValidate aria-labelledby="thread-form-heading">
          <Stack gap="sm" mt="md">
            <Text fw={700} id="thread-form-heading">
              {t('obligations.thread.add')}
            </Text>
            {kinds.length > 1 && (
              <NativeSelect
                className={classes.narrow}
                label={t('obligations.thread.kindLabel')}
                value={kind}
                onChange={(event) => setKind(event.currentTarget.value as Kind)}
              >
                {kinds.map((k) => (
                  <option key={k} value={k}>
                    {t(`obligations.thread.kind.${k}`)}
                  </option>
                ))}
              </NativeSelect>
            )}
            <Textarea
              label={t(`obligations.thread.bodyLabel.${kind}`)}
              value={body}
              rows={3}
              maxLength={20_000}
              onChange={(event) => setBody(event.currentTarget.value)}
              error={missing || errors.body}
              required
            />
            {mutation.error && <Alert color="red">{errorText(mutation.error, t)}</Alert>}
            <div>
              <Button type="submit" loading={mutation.isPending}>
                {t(`obligations.thread.post.${kind}`)}
              </Button>
            </div>
          </Stack>
        </form>
      )}
    </section>
  );
}
