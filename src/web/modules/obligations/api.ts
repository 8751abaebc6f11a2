import type { z } from 'zod';
import {
  type Decision,
  decisions,
  type ExtensionArticle,
  extensionArticles,
  factKinds,
  nationalMeasures,
  type ObligationArticle,
  type ObligationStatus,
  obligationArticles,
  obligationStatuses,
  type RequestStatus,
  requestChecklist,
  requestStatuses,
} from '../../../domain/obligations/kinds';
import type {
  commentBody,
  completionBody,
  decisionBody,
  extensionRequest,
  extensionRequestList,
  factBody,
  meeting,
  nationalMeasuresBody,
  obligation,
  obligationList,
  requestBody,
  requestUpdateBody,
  stateFacts,
  stateObligations,
  submissionBody,
  victimAssistanceBody,
} from '../../../shared/contracts/obligations';
import type { stateList } from '../../../shared/contracts/states';
import { API_BASE, apiGet, apiSend } from '../../lib/api';

export type { Decision, ExtensionArticle, ObligationArticle, ObligationStatus, RequestStatus };
export {
  decisions,
  extensionArticles,
  factKinds,
  nationalMeasures,
  obligationArticles,
  obligationStatuses,
  requestChecklist,
  requestStatuses,
};

export type Obligation = z.infer<typeof obligation>;
export type StateObligations = z.infer<typeof stateObligations>;
export type ObligationList = z.infer<typeof obligationList>;
export type ObligationRow = ObligationList['items'][number];
export type StateRecords = z.infer<typeof stateFacts>;
export type Meeting = z.infer<typeof meeting>;
export type ExtensionRequest = z.infer<typeof extensionRequest>;
export type ExtensionRequestSummary = z.infer<typeof extensionRequestList>['items'][number];
export type FactInput = z.input<typeof factBody>;
export type CompletionInput = z.input<typeof completionBody>;
export type NationalMeasuresInput = z.input<typeof nationalMeasuresBody> & { version?: number };
export type VictimAssistanceInput = z.input<typeof victimAssistanceBody> & { version?: number };
export type SubmissionInput = z.input<typeof submissionBody>;
export type RequestInput = z.input<typeof requestBody>;
export type RequestUpdate = z.input<typeof requestUpdateBody>;
export type CommentInput = z.input<typeof commentBody>;
export type DecisionInput = z.input<typeof decisionBody>;

/** The Convention's regional grouping, as `ccmRegions` in contracts/states.ts. */
export const ccmRegions = ['africa', 'americas', 'asia_pacific', 'europe'] as const;
export type CcmRegion = (typeof ccmRegions)[number];
export type Lang = 'en' | 'fr' | 'es';

export const obligationKeys = {
  all: ['obligations'] as const,
  list: (query: string) => ['obligations', 'list', query] as const,
  state: (iso3: string) => ['obligations', 'state', iso3] as const,
  records: (iso3: string) => ['obligations', 'records', iso3] as const,
  requests: (query: string) => ['obligations', 'requests', query] as const,
  request: (id: string) => ['obligations', 'request', id] as const,
  // Reference data, outside the 'obligations' prefix: a record never changes them.
  meetings: ['meetings'] as const,
  stateNames: (lang: Lang) => ['state-names', lang] as const,
};

export const fetchObligationList = (query: string, signal?: AbortSignal) =>
  apiGet<ObligationList>(`/obligations${query ? `?${query}` : ''}`, { signal });

export const fetchStateObligations = (iso3: string, signal?: AbortSignal) =>
  apiGet<StateObligations>(`/states/${iso3}/obligations`, { signal });

export const fetchStateRecords = (iso3: string, signal?: AbortSignal) =>
  apiGet<StateRecords>(`/states/${iso3}/obligation-records`, { signal });

export const fetchMeetings = (signal?: AbortSignal) => apiGet<{ items: Meeting[] }>('/meetings', { signal });

export interface StateName {
  iso3: string;
  name: string;
  entryIntoForce: string | null;
}

/** States named in the interface language (the obligations API names States in English). */
export const fetchStateNames = async (lang: Lang, signal?: AbortSignal): Promise<StateName[]> => {
  const list = await apiGet<z.infer<typeof stateList>>(`/states?lang=${lang}`, { signal });
  return list.items.map(({ iso3, name, entryIntoForce }) => ({ iso3, name, entryIntoForce }));
};

export const exportUrl = (format: 'csv' | 'xlsx', query: string) =>
  `${API_BASE}/obligations/export.${format}${query ? `?${query}` : ''}`;
export const calendarUrl = (iso3?: string) =>
  `${API_BASE}/obligations/calendar.ics${iso3 ? `?state=${iso3}` : ''}`;

export const recordFact = (iso3: string, input: FactInput) =>
  apiSend<unknown>('POST', `/states/${iso3}/facts`, input);
export const recordCompletion = (iso3: string, input: CompletionInput) =>
  apiSend<unknown>('POST', `/states/${iso3}/completions`, input);
export const setVictimAssistance = (iso3: string, input: VictimAssistanceInput) =>
  apiSend('PUT', `/states/${iso3}/victim-assistance`, input);

export const setNationalMeasures = (iso3: string, input: NationalMeasuresInput) =>
  apiSend<unknown>('PUT', `/states/${iso3}/national-measures`, input);
export const recordSubmission = (iso3: string, input: SubmissionInput) =>
  apiSend<unknown>('POST', `/states/${iso3}/report-submissions`, input);

export const fetchRequests = (query: string, signal?: AbortSignal) =>
  apiGet<{ items: ExtensionRequestSummary[] }>(`/extension-requests${query ? `?${query}` : ''}`, {
    signal,
  });
export const fetchRequest = (id: string, signal?: AbortSignal) =>
  apiGet<ExtensionRequest>(`/extension-requests/${id}`, { signal });
export const createRequest = (input: RequestInput) =>
  apiSend<ExtensionRequest>('POST', '/extension-requests', input);
export const updateRequest = (id: string, input: RequestUpdate) =>
  apiSend<ExtensionRequest>('PATCH', `/extension-requests/${id}`, input);
export const submitRequest = (id: string, version: number) =>
  apiSend<ExtensionRequest>('POST', `/extension-requests/${id}/submit`, { version });
export const startAnalysis = (id: string) =>
  apiSend<ExtensionRequest>('POST', `/extension-requests/${id}/analysis`);
export const addComment = (id: string, input: CommentInput) =>
  apiSend<ExtensionRequest>('POST', `/extension-requests/${id}/comments`, input);
export const decideRequest = (id: string, input: DecisionInput) =>
  apiSend<ExtensionRequest>('POST', `/extension-requests/${id}/decision`, input);
export const withdrawRequest = (id: string) =>
  apiSend<ExtensionRequest>('POST', `/extension-requests/${id}/withdraw`);

/** Today as YYYY-MM-DD in UTC, as the server computes statuses. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** `date` plus `months` (YYYY-MM-DD, day clamped to the end of a shorter month). */
export function addMonthsIso(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** The checklist item (a…i) a check finding is about, from its field (`contents.b`), or null. */
export const checklistItemOf = (field: string) => /^contents\.([a-i])$/.exec(field)?.[1] ?? null;
