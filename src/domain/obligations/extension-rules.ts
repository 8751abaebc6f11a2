import { addMonths, addYears, type IsoDate } from '../calendar.js';
import { type Decision, type ExtensionArticle, requestChecklist } from './kinds.js';

export type RequestDraft = {
  article: ExtensionArticle;
  requestedUntil: IsoDate | null;
  exceptionalCircumstances: string | null;
  /** Checklist item (a, b, …) → what the request says about it. */
  contents: Record<string, string>;
};

export type RequestContext = {
  currentDeadline: IsoDate;
  /** Extensions of this article already granted to the State. */
  earlierExtensions: number;
  submittedOn: IsoDate;
  /** First day of the meeting that will consider the request, when known. */
  meetingStart: IsoDate | null;
  meetingName: string | null;
};

export type RuleFinding = { field: string; message: string };

/** The longest extension one request may seek: Art. 3(3) four years, Art. 4(5) and (8) five. */
export const maxExtensionYears: Record<ExtensionArticle, number> = { '3': 4, '4': 5 };

/**
 * Checks an extension request before submission. Errors block it; warnings are shown to the
 * State and the ISU but do not (the 9-month lead time is a rule of the meeting, not of validity).
 */
export function checkRequest(
  draft: RequestDraft,
  context: RequestContext,
): { errors: RuleFinding[]; warnings: RuleFinding[] } {
  const errors: RuleFinding[] = [];
  const warnings: RuleFinding[] = [];
  const years = maxExtensionYears[draft.article];
  if (!draft.requestedUntil) errors.push({ field: 'requestedUntil', message: 'is required' });
  else if (draft.requestedUntil <= context.currentDeadline) {
    errors.push({
      field: 'requestedUntil',
      message: `must be after the current deadline (${context.currentDeadline})`,
    });
  } else if (draft.requestedUntil > addYears(context.currentDeadline, years)) {
    errors.push({
      field: 'requestedUntil',
      message: `may extend the deadline by at most ${years} years (to ${addYears(context.currentDeadline, years)}; Art. ${draft.article === '3' ? '3(3)' : '4(5)'})`,
    });
  }
  if (draft.article === '3' && context.earlierExtensions > 0 && !draft.exceptionalCircumstances?.trim()) {
    errors.push({
      field: 'exceptionalCircumstances',
      message: 'a further Art. 3 extension needs the exceptional circumstances stated (Art. 3(3))',
    });
  }
  if (draft.article === '4' && context.submittedOn > context.currentDeadline) {
    errors.push({
      field: 'submittedOn',
      message: `an Art. 4 request must be submitted before the deadline expires (${context.currentDeadline}; Art. 4(6))`,
    });
  }
  for (const item of requestChecklist[draft.article]) {
    if (!draft.contents[item]?.trim()) {
      errors.push({
        field: `contents.${item}`,
        message: `item (${item}) of Art. ${draft.article === '3' ? '3(4)' : '4(6)'} is not addressed`,
      });
    }
  }
  if (context.meetingStart && context.submittedOn > addMonths(context.meetingStart, -9)) {
    warnings.push({
      field: 'meeting',
      message: `submitted less than 9 months before ${context.meetingName ?? 'the meeting'} (${context.meetingStart}), which the treaty asks for`,
    });
  }
  return { errors, warnings };
}

/** What a decision grants: the new deadline, checked against what was requested. */
export function grantedDeadline(
  decision: Decision,
  requestedUntil: IsoDate,
  currentDeadline: IsoDate,
  grantedUntil: IsoDate | null,
): { deadline: IsoDate | null; error?: RuleFinding } {
  if (decision === 'not_granted') return { deadline: null };
  if (decision === 'granted') return { deadline: requestedUntil };
  if (!grantedUntil || grantedUntil >= requestedUntil || grantedUntil <= currentDeadline) {
    return {
      deadline: null,
      error: {
        field: 'grantedUntil',
        message: `a shorter extension ends after ${currentDeadline} and before ${requestedUntil}`,
      },
    };
  }
  return { deadline: grantedUntil };
}
