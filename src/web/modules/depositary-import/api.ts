import type {
  DepositaryApplyResult,
  DepositaryChange,
  DepositaryPreview,
  DepositaryRefusal,
} from '../../../shared/contracts/depositary-import';
import { ApiError, apiSend } from '../../lib/api';

export type { DepositaryApplyResult, DepositaryChange, DepositaryPreview, DepositaryRefusal };

/** Same limit as the server (depositaryPageMaxBytes), checked before the upload. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

/** Why the server refused a file, when it is not the Convention's status page. */
export const pageProblems = [
  'not_a_status_page',
  'wrong_treaty',
  'no_participants_table',
  'unreadable_entry',
  'duplicate_participant',
] as const;
export type PageProblem = (typeof pageProblems)[number];

export const previewImport = (html: string) =>
  apiSend<DepositaryPreview>('POST', '/treaty/depositary-import/preview', { html });

export const applyImport = (html: string, changeIds: string[]) =>
  apiSend<DepositaryApplyResult>('POST', '/treaty/depositary-import/apply', { html, changeIds });

/** The problem code of a refused file, or null for any other failure. */
export function pageProblemOf(error: unknown): PageProblem | null {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return null;
  const problem = (error.details as { problem?: unknown } | undefined)?.problem;
  return pageProblems.includes(problem as PageProblem) ? (problem as PageProblem) : null;
}

/** The changes an apply refused and why, from its 400 answer. */
export function refusalsOf(error: unknown): DepositaryRefusal[] {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return [];
  const refused = (error.details as { refused?: unknown } | undefined)?.refused;
  return Array.isArray(refused) ? (refused as DepositaryRefusal[]) : [];
}

/** The text of a chosen file (File.text where the browser has it, FileReader otherwise). */
export function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}
