import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ReportFormat } from '../../../domain/reports/format-types';
import type { FormatVersion, Language } from '../../../domain/reports/kinds';
import type {
  OverdueReports,
  ReportAnalysis,
  ReportingRates,
} from '../../../shared/contracts/report-analysis';
import type {
  ReportDetail,
  ReportMessage,
  ReportSummary,
  ReportVersion,
  receivedReportFields,
} from '../../../shared/contracts/reports';
import type { stateList } from '../../../shared/contracts/states';
import { API_BASE, apiGet, apiSend } from '../../lib/api';
import { matchLanguage } from '../../lib/languages';

export type { ReportDetail, ReportMessage, ReportSummary, ReportVersion };
export type ReceivedInput = z.input<typeof receivedReportFields>;
export type DocumentFormat = 'pdf' | 'docx' | 'csv' | 'xlsx';
export type { ReportAnalysis, ReportingRates };
export type ReportingRateYear = ReportingRates['items'][number];
export type OverdueRow = OverdueReports['items'][number];
export type AnalyticalSummary = ReportAnalysis['summary'];
export type TrendPoint = ReportAnalysis['trend'][number];

export const reportKeys = {
  all: ['reports'] as const,
  list: (query: string) => ['reports', 'list', query] as const,
  report: (id: string) => ['reports', 'report', id] as const,
  version: (id: string, number: number) => ['reports', 'version', id, number] as const,
  thread: (id: string) => ['reports', 'thread', id] as const,
  rates: ['reports', 'rates'] as const,
  overdue: ['reports', 'overdue'] as const,
  summary: (year: number | null) => ['reports', 'summary', year] as const,
  // Reference data, outside the 'reports' prefix: nothing a report does changes it.
  format: (version: string) => ['report-formats', version] as const,
  // The same key and shape as the obligations module, so both share one cached list.
  stateNames: (lang: Language) => ['state-names', lang] as const,
};

const withQuery = (path: string, query: string) => `${path}${query ? `?${query}` : ''}`;

/** The interface language, as the formats and documents know it. */
export function useLanguage(): Language {
  const { i18n } = useTranslation('reports');
  return matchLanguage(i18n.language) ?? 'en';
}

/** A page of the list: the server cuts it after filtering and sorting. */
export interface ReportListPage {
  items: ReportSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export function useReportList(query: string, enabled = true) {
  return useQuery({
    queryKey: reportKeys.list(query),
    queryFn: ({ signal }) => apiGet<ReportListPage>(withQuery('/reports', query), { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export const listExportUrl = (format: 'csv' | 'xlsx', query: string) =>
  withQuery(`${API_BASE}/reports/export.${format}`, query);

export function useReport(id: string) {
  return useQuery({
    queryKey: reportKeys.report(id),
    queryFn: ({ signal }) => apiGet<ReportDetail>(`/reports/${id}`, { signal }),
    // A report one may not read answers 404 (or 403): no point asking again.
    retry: false,
  });
}

/** A submitted version, as submitted (versions never change). */
export function useReportVersion(id: string, number: number | null) {
  return useQuery({
    queryKey: reportKeys.version(id, number ?? 0),
    queryFn: ({ signal }) => apiGet<ReportVersion>(`/reports/${id}/versions/${number}`, { signal }),
    enabled: number !== null,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

export const fileUrl = (id: string, fileId: string) => `${API_BASE}/reports/${id}/files/${fileId}`;

/** A format never changes once adopted (formats.ts), so it is fetched once per session. */
export function useReportFormat(version: FormatVersion | null | undefined) {
  return useQuery({
    queryKey: reportKeys.format(version ?? ''),
    queryFn: ({ signal }) => apiGet<ReportFormat>(`/report-formats/${version}`, { signal }),
    enabled: Boolean(version),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function documentUrl(id: string, format: DocumentFormat, lang: Language, version?: number) {
  const query = new URLSearchParams({ lang });
  if (version !== undefined) query.set('version', String(version));
  return `${API_BASE}/reports/${id}/document.${format}?${query}`;
}

export function useThread(id: string, enabled: boolean) {
  return useQuery({
    queryKey: reportKeys.thread(id),
    queryFn: ({ signal }) => apiGet<{ items: ReportMessage[] }>(`/reports/${id}/messages`, { signal }),
    enabled,
  });
}

export function usePostMessage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => apiSend<ReportMessage>('POST', `/reports/${id}/messages`, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.thread(id) }),
  });
}

export function usePublish(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => apiSend<unknown>('POST', `/reports/${id}/publish`, { version }),
    // The list, the report and the figures all change with a publication.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

/** A report received on paper or by e-mail: the document and the key figures, in one request. */
export function useRecordReceived() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, fields }: { file: File; fields: ReceivedInput }) => {
      const form = new FormData();
      form.append('fields', JSON.stringify(fields));
      form.append('file', file);
      return apiSend<{ id: string }>('POST', '/reports/received', form);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

export function useRates() {
  return useQuery({
    queryKey: reportKeys.rates,
    queryFn: ({ signal }) => apiGet<ReportingRates>('/reports/rates', { signal }),
  });
}

export function useOverdue() {
  return useQuery({
    queryKey: reportKeys.overdue,
    queryFn: ({ signal }) => apiGet<OverdueReports>('/reports/overdue', { signal }),
  });
}

export const ratesExportUrl = (format: 'csv' | 'xlsx') => `${API_BASE}/reports/rates.${format}`;
export const overdueExportUrl = () => `${API_BASE}/reports/overdue.csv`;

/** The summary of a year; without one, the server picks the latest year with a published report. */
export function useSummary(year: number | null) {
  return useQuery({
    queryKey: reportKeys.summary(year),
    queryFn: ({ signal }) =>
      apiGet<ReportAnalysis>(`/reports/summary${year === null ? '' : `?year=${year}`}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export const summaryDocxUrl = (year: number, lang: Language) =>
  `${API_BASE}/reports/summary.docx?${new URLSearchParams({ year: String(year), lang })}`;

export interface StateName {
  iso3: string;
  name: string;
  entryIntoForce: string | null;
}

const noStates: StateName[] = [];

/**
 * States named in the interface language, and `nameOf(iso3, fallback)`; the name the reports API
 * gives is the fallback while the list loads (or if it fails).
 */
export function useStateNames() {
  const lang = useLanguage();
  const query = useQuery({
    queryKey: reportKeys.stateNames(lang),
    queryFn: async ({ signal }): Promise<StateName[]> => {
      const list = await apiGet<z.infer<typeof stateList>>(`/states?lang=${lang}`, { signal });
      return list.items.map(({ iso3, name, entryIntoForce }) => ({ iso3, name, entryIntoForce }));
    },
    staleTime: 60 * 60_000,
  });
  const states = query.data ?? noStates;
  const names = useMemo(() => new Map(states.map((s) => [s.iso3, s.name])), [states]);
  const nameOf = useCallback((iso3: string, fallback = iso3) => names.get(iso3) ?? fallback, [names]);
  return { states, nameOf, isPending: query.isPending };
}
