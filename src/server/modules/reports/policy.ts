import { type Actor, canActForState, isStaff } from '../../../shared/roles.js';

type ReportRecord = {
  iso3: string;
  status: 'draft' | 'submitted' | 'published';
  /** A working copy exists: a draft never submitted, or a correction in progress. */
  hasDraft: boolean;
  channel: 'platform' | 'received';
  publishedVersion: number | null;
};

/**
 * Who may do what with an Article 7 report. A report is the State's until the ISU publishes it:
 * drafts and submitted versions are read by that State's focal points and the ISU only (the
 * coordinators see published reports like the public).
 */
export function reportAbilities(actor: Actor | null, report: ReportRecord) {
  const ownFocalPoint = isFocalPointOf(actor, report.iso3);
  const staff = isStaff(actor);
  return {
    /** Everyone reads the published version; the State and the ISU read every version and the draft. */
    read: report.publishedVersion !== null || staff || ownFocalPoint,
    readUnpublished: staff || ownFocalPoint,
    /** The draft or the correction in progress: the State's focal point. */
    edit: ownFocalPoint && report.hasDraft,
    submit: ownFocalPoint && report.hasDraft,
    /** A correction of a submitted or published report starts from its latest version. */
    amend: ownFocalPoint && report.status !== 'draft' && !report.hasDraft,
    discardCorrection: ownFocalPoint && report.status !== 'draft' && report.hasDraft,
    /** A report never submitted can be dropped altogether by the State that started it. */
    deleteDraft: ownFocalPoint && report.status === 'draft',
    readThread: staff || ownFocalPoint,
    query: staff && report.status !== 'draft',
    reply: ownFocalPoint,
    /** Publishing the latest version (a first submission or a correction). */
    publish: staff && report.status === 'submitted',
    attach: canActForState(actor, report.iso3),
  };
}

/** The State's own focal points: the only ones who write, submit and correct its reports. */
export const isFocalPointOf = (actor: Actor | null, iso3: string) =>
  actor?.role === 'state_focal_point' && actor.stateIso3 === iso3;

/** Starting a report for a State: its own focal points. Staff record reports received outside. */
export const canStartReport = isFocalPointOf;

export const canRecordReceivedReport = (actor: Actor | null) => isStaff(actor);

/** The ISU's working lists (all reports in every status, overdue reports). */
export const canReadAllReports = (actor: Actor | null) => isStaff(actor);
