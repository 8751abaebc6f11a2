import { type Actor, canActForState, isStaff } from '../../../shared/roles.js';

type RequestRecord = { iso3: string; status: string };

/** Who may do what with an extension request. Drafts stay between the State and the ISU. */
export function requestAbilities(actor: Actor | null, request: RequestRecord) {
  const ownState = canActForState(actor, request.iso3);
  const open = request.status === 'submitted' || request.status === 'under_analysis';
  return {
    read: request.status !== 'draft' || ownState,
    readComments: isStaff(actor) || actor?.role === 'coordinator' || ownState,
    edit: request.status === 'draft' && ownState,
    submit: request.status === 'draft' && ownState,
    startAnalysis: request.status === 'submitted' && isStaff(actor),
    comment: open && (isStaff(actor) || actor?.role === 'coordinator'),
    reply: open && actor?.role === 'state_focal_point' && actor.stateIso3 === request.iso3,
    decide: open && isStaff(actor),
    withdraw: (request.status === 'draft' || open) && ownState,
  };
}

export const canRecordObligationFacts = (actor: Actor | null) => isStaff(actor);

/** The compliance dashboard is a working tool of the ISU and the coordinators (the data are public). */
export const canUseComplianceDashboard = (actor: Actor | null) =>
  isStaff(actor) || actor?.role === 'coordinator';
