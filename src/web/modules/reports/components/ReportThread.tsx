import { Alert, Button, Loader, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError';
import { errorText, fieldErrors } from '../../../lib/api-errors';
import { formatDateTime } from '../../../lib/format';
import { type ReportDetail, usePostMessage, useThread } from '../api';
import classes from '../reports.module.css';

/**
 * The ISU's queries about a report and the State's replies, oldest first. Only the ISU and the
 * State's focal points see it; the form offers what this reader may post (a query or a reply).
 */
export function ReportThread({ report }: { report: ReportDetail }) {
  const { t, i18n } = useTranslation('reports');
  const thread = useThread(report.id, true);
  const post = usePostMessage(report.id);
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState('');
  const [notice, setNotice] = useState('');
  const kind = report.abilities.query ? 'query' : report.abilities.reply ? 'reply' : null;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setNotice('');
    setMissing(body.trim() ? '' : t('reports.thread.required'));
    if (!body.trim()) return;
    post.mutate(body.trim(), {
      onSuccess: () => {
        setBody('');
        setNotice(t('reports.thread.sent'));
      },
    });
  };
  const errors = fieldErrors(post.error, t);

  return (
    <section className={classes.section} aria-labelledby="thread-heading">
      <Title order={2} size="h3" id="thread-heading" mb="xs">
        {t('reports.thread.heading')}
      </Title>
      {thread.isPending && <Loader size="sm" aria-label={t('layout.loading')} />}
      {thread.isError && <QueryError error={thread.error} onRetry={() => thread.refetch()} />}
      {thread.data && thread.data.items.length === 0 && <Text>{t('reports.thread.empty')}</Text>}
      {thread.data && thread.data.items.length > 0 && (
        <ol className={classes.thread} aria-label={t('reports.thread.heading')}>
          {thread.data.items.map((m) => (
            <li key={m.id} className={`${classes.message} ${m.kind === 'reply' ? classes.reply : ''}`}>
              <Text size="sm" fw={700}>
                {t(`reports.thread.kind.${m.kind}`)} · {m.author ?? t('reports.thread.unknown')} ·{' '}
                <time dateTime={m.createdAt}>{formatDateTime(m.createdAt, i18n.language)}</time>
              </Text>
              <Text className={classes.text}>{m.body}</Text>
            </li>
          ))}
        </ol>
      )}
      <Text role="status" size="sm" mt="sm">
        {notice}
      </Text>
      {kind && (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm" mt="sm">
            <Textarea
              label={t(`reports.thread.label.${kind}`)}
              value={body}
              rows={4}
              maxLength={5000}
              onChange={(event) => setBody(event.currentTarget.value)}
              error={missing || errors.body}
              required
            />
            {post.error && !errors.body && <Alert color="red">{errorText(post.error, t)}</Alert>}
            <div>
              <Button type="submit" loading={post.isPending}>
                {t(`reports.thread.send.${kind}`)}
              </Button>
            </div>
          </Stack>
        </form>
      )}
    </section>
  );
}
