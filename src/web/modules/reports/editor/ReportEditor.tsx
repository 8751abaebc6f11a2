import { Alert, Button } from '@mantine/core';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { SectionStatus } from '../../../../domain/reports/completeness';
import { coverChoicesOf } from '../../../../domain/reports/cover';
import type { ReportFormat } from '../../../../domain/reports/format-types';
import { formatOf } from '../../../../domain/reports/formats';
import { matchLanguage } from '../../../lib/languages';
import {
  type ReportDetail,
  type StateName,
  submittedVersion,
  uploadReportFile,
  useStateNameList,
  useSubmitReport,
} from '../api-editor';
import { ChecksPanel } from './ChecksPanel';
import { EditorContext, type EditorContextValue } from './context';
import { DiscardCorrection } from './DiscardCorrection';
import classes from './editor.module.css';
import { focusPath, sectionOfPath } from './paths';
import { ReviewStep } from './ReviewStep';
import { ConflictNotice, MyChanges, SaveStatus } from './SaveStatus';
import { CoverPageEditor, SectionEditor } from './SectionEditor';
import { type SectionEntry, SectionNav } from './SectionNav';
import { useChecks } from './use-checks';
import { useDraft } from './use-draft';

const noStates: StateName[] = [];

interface ReportEditorProps {
  report: ReportDetail;
  onSubmitted: (version: number | null) => void;
  /** The correction was discarded: the submitted version stays. */
  onDiscarded: () => void;
  /** The draft never submitted was deleted: the report is gone. */
  onDeleted: () => void;
}

/**
 * The guided workflow of a report: one section at a time (header, cover page, Forms A–J, review),
 * each with its status; the draft saved a moment after typing stops; the checks computed in the
 * browser and linked to the fields they are about.
 */
export default function ReportEditor(props: ReportEditorProps) {
  const { t } = useTranslation('reportEditor');
  const format = formatOf(props.report.formatVersion);
  if (!format)
    return (
      <Alert color="red">{t('reportEditor.unknownFormat', { version: props.report.formatVersion })}</Alert>
    );
  return <Editor {...props} format={format} />;
}

function Editor({
  report,
  format,
  onSubmitted,
  onDiscarded,
  onDeleted,
}: ReportEditorProps & { format: ReportFormat }) {
  const { t, i18n } = useTranslation('reportEditor');
  const lang = matchLanguage(i18n.language) ?? 'en';
  const draft = useDraft(report);
  const checks = useChecks(draft.data, report.iso3, report.previous?.data, format, lang, draft.server);
  const states = useStateNameList(lang).data ?? noStates;
  const statesListId = useId();
  const submit = useSubmitReport(report.id);
  const [params, setParams] = useSearchParams();
  // Where focus goes once the section asked for is on screen (the URL changes in a transition).
  const [focusRequest, setFocusRequest] = useState<{ path: string; section: string } | null>(null);

  const upload = useCallback((file: File) => uploadReportFile(report.id, file), [report.id]);
  const context = useMemo<EditorContextValue>(
    () => ({ format, lang, reportId: report.id, states, statesListId, change: draft.change, upload }),
    [format, lang, report.id, states, statesListId, draft.change, upload],
  );

  const kind = draft.data.kind === 'initial' ? 'initial' : 'annual';
  const keys = useMemo(
    () => ['header', ...(kind === 'annual' ? ['cover'] : []), ...format.forms.map((f) => f.id), 'review'],
    [kind, format],
  );
  const requested = params.get('section') ?? '';
  const current = keys.includes(requested) ? requested : 'header';

  const { saver } = draft;
  const select = useCallback(
    (key: string, path: string = key) => {
      // Leaving a section saves what was typed in it.
      void saver.save();
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.set('section', key);
          return next;
        },
        { replace: true },
      );
      setFocusRequest({ path, section: key });
    },
    [saver, setParams],
  );
  const goTo = useCallback(
    (path: string) => {
      const section = sectionOfPath(path);
      select(keys.includes(section) ? section : 'header', path);
    },
    [keys, select],
  );
  useEffect(() => {
    if (!focusRequest || focusRequest.section !== current) return;
    if (!focusPath(focusRequest.path)) focusPath(focusRequest.section);
    setFocusRequest(null);
  }, [focusRequest, current]);

  // The cover and kind keep their identity while other sections are typed in (paths.ts setIn).
  const { kind: dataKind, cover } = draft.data;
  const choices = useMemo(() => coverChoicesOf({ kind: dataKind, cover }, format), [dataKind, cover, format]);
  const entries = useMemo<SectionEntry[]>(() => {
    const status = (key: string) => checks.result.sections.find((s) => s.section === key)?.status ?? null;
    const coverErrors = checks.result.sections.some((s) => s.errors.some((e) => e.path.startsWith('cover.')));
    const coverStatus: SectionStatus = Object.values(choices).includes(null)
      ? 'undecided'
      : coverErrors
        ? 'incomplete'
        : 'complete';
    return keys.map((key) => {
      if (key === 'review') return { key, title: t('reportEditor.review.nav'), status: null };
      if (key === 'cover') return { key, title: format.coverPage.title[lang], status: coverStatus };
      const form = format.forms.find((f) => f.id === key);
      const title = form
        ? t('reportEditor.section.formTitle', { form: form.id, title: form.title[lang] })
        : format.header.title[lang];
      return { key, title, status: status(key) };
    });
  }, [format, choices, keys, checks.result, lang, t]);

  const onSubmit = async (note: string | null) => {
    if (!(await saver.save())) throw new Error(t('reportEditor.review.notSaved'));
    const answer = await submit.mutateAsync({ revision: saver.revision, note });
    saver.close();
    onSubmitted(submittedVersion(answer));
  };
  const index = keys.indexOf(current);
  const before = entries[index - 1];
  const after = entries[index + 1];
  const correction = report.status !== 'draft';
  const data = draft.data as Record<string, unknown>;
  const defaultYear = report.previous?.year ?? report.year - 1;

  return (
    <EditorContext.Provider value={context}>
      <datalist id={statesListId}>
        {states.map((s) => (
          <option key={s.iso3} value={s.name} />
        ))}
      </datalist>
      <div className={classes.toolbar}>
        <SaveStatus saver={saver} />
        {(correction ? report.abilities.discardCorrection : report.abilities.deleteDraft) && (
          <DiscardCorrection
            reportId={report.id}
            mode={correction ? 'correction' : 'draft'}
            version={report.latestVersion}
            onBefore={() => saver.close()}
            onFailed={() => saver.open()}
            onDone={correction ? onDiscarded : onDeleted}
          />
        )}
      </div>
      <ConflictNotice saver={saver} onLoadTheirs={draft.loadTheirs} />
      {draft.mine && <MyChanges mine={draft.mine} theirs={draft.data} onDismiss={draft.dismissMine} />}
      <div className={classes.layout}>
        <div className={classes.side}>
          <SectionNav entries={entries} current={current} onSelect={select} />
          {current !== 'review' && <ChecksPanel result={checks.result} current={current} onGo={goTo} />}
        </div>
        <div className={classes.main}>
          {current === 'review' ? (
            <ReviewStep
              result={checks.result}
              correction={correction}
              saver={saver}
              onGo={goTo}
              onSubmit={onSubmit}
            />
          ) : current === 'cover' ? (
            <CoverPageEditor
              cover={cover as Record<string, unknown>}
              choices={choices}
              kind={kind}
              defaultYear={defaultYear}
              messages={checks.messages}
            />
          ) : (
            <SectionEditor
              key={current}
              sectionId={current}
              value={data[current]}
              coverEntry={(cover as Record<string, unknown>)[current]}
              choice={current === 'header' ? 'always' : (choices[current as keyof typeof choices] ?? null)}
              kind={kind}
              previous={report.previous}
              defaultYear={defaultYear}
              messages={checks.messages}
            />
          )}
          <div className={classes.stepper}>
            {before && (
              <Button variant="default" onClick={() => select(before.key)}>
                {t('reportEditor.nav.previous', { title: before.title })}
              </Button>
            )}
            {after && (
              <Button onClick={() => select(after.key)}>
                {t('reportEditor.nav.next', { title: after.title })}
              </Button>
            )}
          </div>
        </div>
      </div>
    </EditorContext.Provider>
  );
}
