/**
 * Who uses the platform. A focal point acts for one State only (ISO 3166 alpha-3 code).
 * The public is not a role: it is the absence of a signed-in user.
 */
export const roles = ['isu_admin', 'isu_staff', 'coordinator', 'state_focal_point'] as const;
export type Role = (typeof roles)[number];

export const languages = ['en', 'fr', 'es'] as const;
export type Language = (typeof languages)[number];

export type Actor = {
  userId: string;
  role: Role;
  /** Set for focal points, null for everyone else. */
  stateIso3: string | null;
};

export const isStaff = (actor: Actor | null): boolean =>
  actor?.role === 'isu_admin' || actor?.role === 'isu_staff';
export const isAdmin = (actor: Actor | null): boolean => actor?.role === 'isu_admin';

/** Staff keep the Convention's records and so must sign in with a second factor. */
export const roleRequiresSecondFactor = (role: Role): boolean => role === 'isu_admin' || role === 'isu_staff';

/** Restricted records of a State: ISU staff, coordinators, and that State's own focal points. */
export function canReadRestrictedOf(actor: Actor | null, stateIso3: string): boolean {
  if (!actor) return false;
  if (actor.role === 'state_focal_point') return actor.stateIso3 === stateIso3;
  return true;
}

/** Changing a State's records: ISU staff, or that State's own focal point. */
export function canActForState(actor: Actor | null, stateIso3: string): boolean {
  if (!actor) return false;
  if (isStaff(actor)) return true;
  return actor.role === 'state_focal_point' && actor.stateIso3 === stateIso3;
}
