import { countsAsParty, type TreatyStatus } from '../../../domain/treaty/status.js';
import type { Actor, Role } from '../../../shared/roles.js';

/** Who prepares outreach: ISU staff and the coordinators. Never focal points, never the public. */
export const outreachRoles = ['isu_admin', 'isu_staff', 'coordinator'] as const satisfies readonly Role[];

export const canDoOutreach = (actor: Actor | null): boolean =>
  actor !== null && (outreachRoles as readonly Role[]).includes(actor.role);

/** A Party needs no more outreach: its history stays readable but takes no new records. */
export const takesOutreachRecords = (status: TreatyStatus): boolean => !countsAsParty(status);

export function outreachAbilities(actor: Actor | null, status: TreatyStatus) {
  return { edit: canDoOutreach(actor) && takesOutreachRecords(status) };
}
