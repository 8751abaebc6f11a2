import { Alert, Button, Group, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffReports } from '../../../../domain/reports/diff';
import { pathLabels } from '../../../../domain/reports/labels';
import type { ReportData } from '../../../../domain/reports/report-data';
import { errorText } from '../../../lib/api-errors';
import { formatDateTime } from '../../../lib/format';
import { intlLocale } from '../../../lib/languages';
import { useEditor } from './context';
import type { DraftSaver } from './draft-saver';
import classes from './editor.module.css';
import { useSaveStatus } from './use-draft';

const timeOf = (iso: string, language: string) =>
  new Intl.DateTimeFormat(intlLocale(language), { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

/** "Saving…", "Saved at 14:05" or "Not saved", announced politely; a retry when saving failed. */
export function SaveStatus({ saver }: { saver: DraftSaver }) {
  const { t, i18n } = useTranslation('reportEditor');
  const status = useSaveStatus(saver);
  let text: string;
  switch (status.state) {
    case 'saved':
      text = status.savedAt
        ? t('reportEditor.save.savedAt', { time: timeOf(status.savedAt, i18n.language) })
        : t('reportEditor.save.upToDate');
      break;
    case 'pending':
    case 'saving':
      text = t('reportEditor.save.saving');
      break;
    case 'failed':
      text = t('reportEditor.save.failed', { reason: errorText(status.error, t) });
      break;
    case 'conflict':
      text = t('reportEditor.save.stopped');
      break;
  }
  return (
    <div className={classes.saveStatus}>
      <span role="status" className={status.state === 'failed' ? classes.errorText : undefined}>
        {text}
      </span>
      {status.state === 'failed' && (
        <Button size="xs" variant="default" onClick={() => void saver.save()}>
          {t('reportEditor.save.retry')}
        </Button>
      )}
    </div>
  );
}

/**
 * Someone else saved a newer revision: nothing is saved until the person chooses to load that
 * version (their own changes stay on screen for copying) or to overwrite it on purpose.
 */
export function ConflictNotice({
  saver,
  onLoadTheirs,
}: {
  saver: DraftSaver;
  onLoadTheirs: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation('reportEditor');
  const status = useSaveStatus(saver);
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  if (status.state !== 'conflict') return null;
  const { updatedAt, updatedBy } = status.conflict;
  const when = updatedAt ? formatDateTime(updatedAt, i18n.language) : null;
  const load = async () => {
    setLoading(true);
    setFailure(null);
    try {
      await onLoadTheirs();
    } catch (error) {
      setFailure(error);
    } finally {
      setLoading(false);
    }
  };
  return (
    <Alert color="red" title={t('reportEditor.conflict.title')} role="alert" className={classes.notice}>
      <p>
        {updatedBy && when
          ? t('reportEditor.conflict.byWhom', { name: updatedBy, time: when })
          : t('reportEditor.conflict.someone')}{' '}
        {t('reportEditor.conflict.notSaved')}
      </p>
      <Group gap="sm" mt="sm">
        <Button variant="default" onClick={() => void load()} loading={loading}>
          {t('reportEditor.conflict.loadTheirs')}
        </Button>
        <Button color="red.9" onClick={() => void saver.overwrite()} disabled={loading}>
          {t('reportEditor.conflict.keepMine')}
        </Button>
      </Group>
      {failure !== null && <p className={classes.errorText}>{errorText(failure, t)}</p>}
    </Alert>
  );
}

/** A value as text to copy: rows as "Column: value" lines, files by name. */
function plain(value: unknown, label: (key: string) => string): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((item) => plain(item, label)).join(', ');
  if (typeof value !== 'object') return String(value);
  const record = value as Record<string, unknown>;
  if (typeof record.name === 'string' && typeof record.ref === 'string') return record.name;
  return Object.entries(record)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([key, v]) => `${label(key)}: ${plain(v, label)}`)
    .join('\n');
}

/** After loading the other version: what this browser had that differs, to copy back by hand. */
export function MyChanges({
  mine,
  theirs,
  onDismiss,
}: {
  mine: ReportData;
  theirs: ReportData;
  onDismiss: () => void;
}) {
  const { t } = useTranslation('reportEditor');
  const { format, lang } = useEditor();
  // Only what this browser had: values it changed or added (what only theirs has is in the form).
  const changes = useMemo(
    () => diffReports(theirs, mine).filter((c) => c.kind !== 'removed'),
    [theirs, mine],
  );
  const columnLabel = (segments: readonly unknown[]) => (key: string) => {
    const [section, table] = segments;
    const def = section === 'header' ? format.header : format.forms.find((form) => form.id === section);
    const columns = def?.tables.find((item) => item.id === table)?.columns ?? [];
    return columns.find((column) => column.id === key)?.label[lang] ?? key;
  };
  return (
    <section aria-labelledby="my-changes-heading" className={classes.mine}>
      <h2 id="my-changes-heading" className={classes.sideTitle}>
        {t('reportEditor.mine.heading')}
      </h2>
      <p className={classes.help}>{t('reportEditor.mine.explain')}</p>
      {changes.length === 0 && <p>{t('reportEditor.mine.none')}</p>}
      {changes.map((change) => (
        <Textarea
          key={`${change.kind}:${change.path}`}
          label={pathLabels(format, change.segments, lang).join(' › ')}
          readOnly
          rows={3}
          value={plain(change.after, columnLabel(change.segments))}
        />
      ))}
      <Button variant="default" size="xs" mt="sm" onClick={onDismiss}>
        {t('reportEditor.mine.dismiss')}
      </Button>
    </section>
  );
}
