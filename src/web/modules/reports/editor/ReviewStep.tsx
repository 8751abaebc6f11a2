import { Alert, Button, Textarea } from '@mantine/core';
import { type MouseEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Completeness } from '../../../../domain/reports/completeness';
import { ApiError } from '../../../lib/api';
import { errorText, issuesOf } from '../../../lib/api-errors';
import { ChecksPanel } from './ChecksPanel';
import type { DraftSaver } from './draft-saver';
import classes from './editor.module.css';
import { domId } from './paths';
import { SectionStatusBadge } from './SectionNav';
import { useSaveStatus } from './use-draft';

interface ReviewStepProps {
  result: Completeness;
  /** A correction of a submitted report: the note says what it changes. */
  correction: boolean;
  /** Submitting waits while saving is stopped by a conflict. */
  saver: DraftSaver;
  onGo: (path: string) => void;
  onSubmit: (note: string | null) => Promise<void>;
}

/** The last step: the completeness summary, a note for a correction, and "Submit report". */
export function ReviewStep({ result, correction, saver, onGo, onSubmit }: ReviewStepProps) {
  const { t } = useTranslation('reportEditor');
  const blocked = useSaveStatus(saver).state === 'conflict';
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const remaining = result.counts.missing + result.counts.errors;
  const disabled = remaining > 0 || blocked || busy;
  const issues = issuesOf(failure);

  const submit = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit(note.trim() === '' ? null : note.trim());
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const go = (path: string) => (event: MouseEvent) => {
    event.preventDefault();
    onGo(path);
  };

  return (
    <section aria-labelledby={domId('review')} className={classes.sectionBody}>
      <h2 id={domId('review')} tabIndex={-1} className={classes.sectionTitle}>
        {t('reportEditor.review.heading')}
      </h2>
      <ul className={classes.reviewList}>
        {result.sections.map((section) => (
          <li key={section.section}>
            <span>{section.title}</span> <SectionStatusBadge status={section.status} />
          </li>
        ))}
      </ul>
      <ChecksPanel result={result} current="" expanded headingLevel={3} onGo={onGo} />
      {correction && (
        <Textarea
          label={t('reportEditor.review.note')}
          description={t('reportEditor.review.noteHelp')}
          value={note}
          maxLength={2000}
          rows={3}
          onChange={(event) => setNote(event.currentTarget.value)}
          mt="md"
        />
      )}
      {remaining > 0 && (
        <p id="submit-blocked" className={classes.note}>
          {t('reportEditor.review.blocked', { count: remaining })}
        </p>
      )}
      {blocked && remaining === 0 && (
        <p id="submit-blocked" className={classes.note}>
          {t('reportEditor.review.blockedConflict')}
        </p>
      )}
      {failure !== null && (
        <Alert color="red" title={t('reportEditor.review.failed')} mt="md">
          {failure instanceof Error && !(failure instanceof ApiError)
            ? failure.message
            : errorText(failure, t)}
          {issues.length > 0 && (
            <ul className={classes.checkList}>
              {issues.map((issue) => {
                const path = issue.path.replace(/^(body\.)?(data\.)?/, '');
                return (
                  <li key={`${issue.path}:${issue.message}`}>
                    <a href={`#${domId(path)}`} onClick={go(path)}>
                      {path}: {issue.message}
                    </a>
                  </li>
                );
              })}
            </ul>
          )}
        </Alert>
      )}
      <Button
        mt="md"
        onClick={() => void submit()}
        disabled={disabled}
        loading={busy}
        aria-describedby={remaining > 0 || blocked ? 'submit-blocked' : undefined}
      >
        {correction ? t('reportEditor.review.submitCorrection') : t('reportEditor.review.submit')}
      </Button>
    </section>
  );
}
