import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { Finding } from '../../../../domain/reports/findings';
import type { PathSegment, ReportData } from '../../../../domain/reports/report-data';
import { editorKeys, fetchReport, type ReportDetail } from '../api-editor';
import { DraftSaver, type SaveStatus } from './draft-saver';
import { getIn, setIn } from './paths';

export type Change = (path: readonly PathSegment[], value: unknown | ((old: unknown) => unknown)) => void;
type ServerFindings = { data: unknown; findings: { errors: Finding[]; warnings: Finding[] } };

/** The autosave state, for the few components that show it. */
export function useSaveStatus(saver: DraftSaver): SaveStatus {
  return useSyncExternalStore(saver.subscribe, saver.getStatus);
}

/**
 * The working copy of a report's draft: the data on screen, a stable `change(path, value)` for
 * the inputs, and the saver. Closing the tab with unsaved changes asks first; leaving for another
 * page of the application saves at once.
 */
export function useDraft(report: ReportDetail) {
  const queryClient = useQueryClient();
  const [data, setData] = useState(() => report.data as ReportData);
  const [server, setServer] = useState<ServerFindings | null>(() => ({
    data: report.data,
    findings: report.findings,
  }));
  /** What this browser had when the person chose to load the other version, for copying. */
  const [mine, setMine] = useState<ReportData | null>(null);
  const [saver] = useState(
    () =>
      new DraftSaver(
        report.id,
        report.data as ReportData,
        report.draftRevision ?? 1,
        report.draftUpdatedAt,
        (saved, result) => setServer({ data: saved, findings: result.findings }),
      ),
  );

  useEffect(() => saver.edit(data), [saver, data]);
  useEffect(() => {
    saver.open();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (saver.getStatus().state === 'saved') return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      saver.leave();
    };
  }, [saver]);

  const change: Change = useCallback(
    (path, value) =>
      setData((current) =>
        setIn(current, path, typeof value === 'function' ? value(getIn(current, path)) : value),
      ),
    [],
  );

  const loadTheirs = useCallback(async () => {
    const fresh = await fetchReport(report.id);
    queryClient.setQueryData(editorKeys.detail(report.id), fresh);
    const theirs = fresh.data as ReportData;
    setMine(saver.current);
    setData(theirs);
    saver.replace(theirs, fresh.draftRevision ?? saver.revision, fresh.draftUpdatedAt);
    setServer({ data: theirs, findings: fresh.findings });
  }, [queryClient, report.id, saver]);

  const dismissMine = useCallback(() => setMine(null), []);
  return { data, change, saver, server, mine, dismissMine, loadTheirs };
}
