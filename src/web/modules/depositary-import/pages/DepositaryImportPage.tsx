import { Alert, Button, Loader, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FocusHeading } from '../../../components/FocusHeading';
import { errorText } from '../../../lib/api-errors';
import { formatDate } from '../../../lib/format';
import { AUTH_QUERY_KEY } from '../../../lib/query-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  applyImport,
  type DepositaryApplyResult,
  MAX_PAGE_BYTES,
  pageProblemOf,
  previewImport,
  readFileText,
} from '../api';
import { ApplyModal } from '../components/ApplyModal';
import { ChangesTable } from '../components/ChangesTable';
import { ReviewLists } from '../components/ReviewLists';
import classes from '../depositary-import.module.css';

/**
 * ISU staff upload the Convention's status page saved from the UN Treaty Collection, see how it
 * differs from the platform's records, and apply the differences they select. The file is read
 * in the browser and sent as text; nothing is written before "Apply selected" is confirmed.
 */
export function DepositaryImportPage() {
  const { t, i18n } = useTranslation('depositaryImport');
  useDocumentTitle(t('depositaryImport.documentTitle'));
  const queryClient = useQueryClient();
  const inputId = useId();
  const hintId = useId();
  const [html, setHtml] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [fileError, setFileError] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<DepositaryApplyResult | null>(null);

  const preview = useMutation({ mutationFn: previewImport });
  const apply = useMutation({
    mutationFn: (ids: string[]) => applyImport(html ?? '', ids),
    onSuccess: (applied) => {
      setConfirming(false);
      setResult(applied);
      setSelected(new Set());
      if (html) preview.mutate(html);
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== AUTH_QUERY_KEY[0] });
    },
  });

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    setHtml(null);
    setFileError('');
    setSelected(new Set());
    setResult(null);
    preview.reset();
    apply.reset();
    if (!file) return;
    if (file.size > MAX_PAGE_BYTES) {
      setFileError(t('depositaryImport.file.tooLarge'));
      return;
    }
    setReading(true);
    try {
      const text = await readFileText(file);
      setHtml(text);
      preview.mutate(text);
    } catch {
      setFileError(t('depositaryImport.file.unreadable'));
    } finally {
      setReading(false);
    }
  };

  const data = preview.data;
  const applicable = data?.changes.filter((c) => c.applicable) ?? [];
  const chosen = applicable.filter((c) => selected.has(c.id));
  const toggle = (id: string, checked: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  const problem = pageProblemOf(preview.error);
  const busy = reading || preview.isPending;

  return (
    <article>
      <FocusHeading>{t('depositaryImport.heading')}</FocusHeading>
      <Text mb="md">{t('depositaryImport.intro')}</Text>
      <div className={classes.fileField}>
        <label htmlFor={inputId} className={classes.label}>
          {t('depositaryImport.file.label')}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".html,.htm,text/html"
          aria-describedby={hintId}
          className={classes.input}
          onChange={onFile}
          disabled={busy || apply.isPending}
        />
        <Text id={hintId} size="sm" c="dimmed">
          {t('depositaryImport.file.hint')}
        </Text>
      </div>

      <div role="status" className={classes.status}>
        {busy && (
          <>
            <Loader size="sm" aria-hidden="true" />
            <Text>{reading ? t('depositaryImport.reading') : t('depositaryImport.checking')}</Text>
          </>
        )}
        {result && (
          <Text fw={500}>
            {t('depositaryImport.result.applied', { count: result.applied.length })}
            {result.unchanged.length > 0 &&
              ` ${t('depositaryImport.result.unchanged', { count: result.unchanged.length })}`}
          </Text>
        )}
      </div>

      {fileError && (
        <Alert color="red" my="md">
          {fileError}
        </Alert>
      )}
      {preview.isError && (
        <Alert color="red" my="md" title={problem ? t(`depositaryImport.problems.${problem}`) : undefined}>
          {problem ? (preview.error as Error).message : errorText(preview.error, t)}
        </Alert>
      )}

      {data && (
        <section aria-labelledby="depositary-preview-heading" className={classes.preview}>
          <Title order={2} id="depositary-preview-heading" mb="xs">
            {t('depositaryImport.preview.heading')}
          </Title>
          <Text>
            {data.statusAsAt
              ? t('depositaryImport.preview.summary', {
                  date: formatDate(data.statusAsAt, i18n.language),
                  count: data.participants,
                })
              : t('depositaryImport.preview.summaryUndated', { count: data.participants })}
          </Text>
          {data.changes.length === 0 && (
            <Alert color="green" my="md">
              {t('depositaryImport.preview.noDifferences')}
            </Alert>
          )}
          {applicable.length > 0 && (
            <>
              <Text my="sm">{t('depositaryImport.preview.choose')}</Text>
              <ChangesTable
                changes={applicable}
                selected={selected}
                onToggle={toggle}
                onToggleAll={(checked) => setSelected(new Set(checked ? applicable.map((c) => c.id) : []))}
              />
              <div className={classes.actions}>
                <Button disabled={chosen.length === 0} onClick={() => setConfirming(true)}>
                  {t('depositaryImport.applySelected', { count: chosen.length })}
                </Button>
              </div>
            </>
          )}
          <ReviewLists changes={data.changes} />
        </section>
      )}

      {confirming && (
        <ApplyModal
          changes={chosen}
          pending={apply.isPending}
          error={apply.error}
          onConfirm={() => apply.mutate(chosen.map((c) => c.id))}
          onClose={() => {
            setConfirming(false);
            apply.reset();
          }}
        />
      )}
    </article>
  );
}
