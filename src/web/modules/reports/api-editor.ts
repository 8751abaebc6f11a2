import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ReportKind } from '../../../domain/reports/kinds';
import type { ReportData } from '../../../domain/reports/report-data';
import type {
  ReportDetail,
  ReportDiff,
  ReportSummary,
  reportFile,
  SavedDraft,
  versionSummary,
} from '../../../shared/contracts/reports';
import type { stateList } from '../../../shared/contracts/states';
import { ApiError, apiGet, apiSend } from '../../lib/api';

/**
 * The focal point's workflow: start a report, save the draft, submit it, start or discard a
 * correction, and read what a version changed. Plain fetchers plus TanStack Query hooks; every
 * report query lives under the 'reports' prefix so one invalidation refreshes the public pages too.
 */

export type { ReportDetail, ReportDiff, ReportSummary, SavedDraft };
export type ReportFile = z.infer<typeof reportFile>;
export type VersionSummary = z.infer<typeof versionSummary>;
export type Lang = 'en' | 'fr' | 'es';

export const editorKeys = {
  all: ['reports'] as const,
  // The same key as api.ts (reportKeys.report), so the report page and the editor share one copy.
  detail: (id: string) => ['reports', 'report', id] as const,
  diff: (id: string, number: number, against: number | null, lang: Lang) =>
    ['reports', 'diff', id, number, against, lang] as const,
  // Shared with the obligations module (same key, same shape): States rarely change.
  stateNames: (lang: Lang) => ['state-names', lang] as const,
};

export interface StateName {
  iso3: string;
  name: string;
  entryIntoForce: string | null;
}

export const fetchReport = (id: string, signal?: AbortSignal) =>
  apiGet<ReportDetail>(`/reports/${id}`, { signal });

export const startReport = (body: { iso3: string; kind: ReportKind; year: number }) =>
  apiSend<ReportDetail>('POST', '/reports', body);

export const saveDraft = (id: string, body: { revision: number; data: ReportData }) =>
  apiSend<SavedDraft>('PUT', `/reports/${id}/draft`, body);

export const submitReport = (id: string, body: { revision: number; note: string | null }) =>
  apiSend<unknown>('POST', `/reports/${id}/submit`, body);

export const amendReport = (id: string) => apiSend<unknown>('POST', `/reports/${id}/amend`);

export const discardDraft = (id: string) => apiSend<unknown>('DELETE', `/reports/${id}/draft`);

/** Version `number` against `against`, or against the version just before it (the server's default). */
export const fetchDiff = (
  id: string,
  number: number,
  against: number | null,
  lang: Lang,
  signal?: AbortSignal,
) =>
  apiGet<ReportDiff>(
    `/reports/${id}/versions/${number}/diff?lang=${lang}${against === null ? '' : `&against=${against}`}`,
    { signal },
  );

/** Uploads a document for a file field and returns what the report stores: { ref, name }. */
export async function uploadReportFile(id: string, file: File): Promise<{ ref: string; name: string }> {
  const form = new FormData();
  form.append('file', file);
  const saved = await apiSend<Partial<ReportFile> & { id: string }>('POST', `/reports/${id}/files`, form);
  return { ref: saved.id, name: saved.filename ?? file.name };
}

export const fetchStateNames = async (lang: Lang, signal?: AbortSignal): Promise<StateName[]> => {
  const list = await apiGet<z.infer<typeof stateList>>(`/states?lang=${lang}`, { signal });
  return list.items.map(({ iso3, name, entryIntoForce }) => ({ iso3, name, entryIntoForce }));
};

/**
 * The report a refused "start" names: a 409 when the State already has that report, or a 400 on
 * `kind` when it already has its initial report of another year (the message quotes its id).
 */
export function existingReportId(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 409) {
    const details = error.details as Record<string, unknown> | undefined;
    const id = details?.reportId ?? details?.id;
    return typeof id === 'string' ? id : null;
  }
  const issues = (error.details as { issues?: { path?: unknown; message?: unknown }[] } | undefined)?.issues;
  const onKind = Array.isArray(issues) ? issues.find((issue) => issue.path === 'body.kind') : undefined;
  const quoted =
    typeof onKind?.message === 'string'
      ? /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.exec(onKind.message)
      : null;
  return error.status === 400 && quoted ? quoted[0] : null;
}

/** The version number a submission created, whatever shape the answer has. */
export function submittedVersion(answer: unknown): number | null {
  if (typeof answer !== 'object' || answer === null) return null;
  const record = answer as Record<string, unknown>;
  for (const key of ['latestVersion', 'number', 'version']) {
    if (typeof record[key] === 'number') return record[key];
  }
  return null;
}

/**
 * The report being edited: read afresh when the editor opens, then left alone (the editor owns
 * its working copy, and a background refetch must not look like someone else's save).
 */
export function useReportDetail(id: string, enabled = true) {
  return useQuery({
    queryKey: editorKeys.detail(id),
    queryFn: ({ signal }) => fetchReport(id, signal),
    enabled,
    refetchOnMount: 'always',
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

export function useStateNameList(lang: Lang) {
  return useQuery({
    queryKey: editorKeys.stateNames(lang),
    queryFn: ({ signal }) => fetchStateNames(lang, signal),
    staleTime: 60 * 60_000,
  });
}

export function useVersionDiff(
  id: string,
  number: number,
  against: number | null,
  lang: Lang,
  enabled = true,
) {
  return useQuery({
    queryKey: editorKeys.diff(id, number, against, lang),
    queryFn: ({ signal }) => fetchDiff(id, number, against, lang, signal),
    enabled,
  });
}

/** After a change of status: the report and every list that shows it are read again. */
function useRefreshReports() {
  const queryClient = useQueryClient();
  return (id: string) =>
    queryClient
      .invalidateQueries({ queryKey: editorKeys.all })
      .then(() =>
        queryClient.fetchQuery({ queryKey: editorKeys.detail(id), queryFn: () => fetchReport(id) }),
      );
}

export function useStartReport() {
  return useMutation({ mutationFn: startReport });
}

export function useAmendReport(id: string) {
  const refresh = useRefreshReports();
  return useMutation({ mutationFn: () => amendReport(id), onSuccess: () => refresh(id) });
}

export function useDiscardCorrection(id: string) {
  const refresh = useRefreshReports();
  return useMutation({ mutationFn: () => discardDraft(id), onSuccess: () => refresh(id) });
}

/** Deletes a draft never submitted: the report is gone, so it is dropped from the cache. */
export function useDeleteDraft(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => discardDraft(id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: editorKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: editorKeys.all, refetchType: 'none' });
    },
  });
}

export function useSubmitReport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { revision: number; note: string | null }) => submitReport(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: editorKeys.all, refetchType: 'none' }),
  });
}
