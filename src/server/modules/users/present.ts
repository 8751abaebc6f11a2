import type { CurrentUser } from '../../../shared/contracts/auth.js';
import type { UserSummary } from '../../../shared/contracts/users.js';
import { type Actor, isAdmin, isStaff } from '../../../shared/roles.js';
import { canUseComplianceDashboard } from '../obligations/policy.js';
import { canDoOutreach } from '../outreach/policy.js';
import { userAbilities } from './policy.js';
import type { users } from './tables.js';

type UserRow = typeof users.$inferSelect;

export function toCurrentUser(user: UserRow): CurrentUser {
  const actor: Actor = { userId: user.id, role: user.role, stateIso3: user.stateIso3 };
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    stateIso3: user.stateIso3,
    language: user.language,
    totpEnabled: user.totpEnabledAt !== null,
    // What the navigation may offer this person.
    abilities: {
      manageUsers: isAdmin(actor),
      readAudit: isAdmin(actor),
      readOutbox: isAdmin(actor),
      staff: isStaff(actor),
      outreach: canDoOutreach(actor),
      obligationsDashboard: canUseComplianceDashboard(actor),
    },
  };
}

export function toUserSummary(actor: Actor | null, user: UserRow): UserSummary {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    stateIso3: user.stateIso3,
    language: user.language,
    status: user.status,
    totpEnabled: user.totpEnabledAt !== null,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    version: user.version,
    abilities: userAbilities(actor, user),
  };
}

/** What the audit trail keeps of a user: never hashes or secrets. */
export function auditedUser(user: UserRow) {
  return {
    email: user.email,
    name: user.name,
    role: user.role,
    stateIso3: user.stateIso3,
    language: user.language,
    status: user.status,
    totpEnabled: user.totpEnabledAt !== null,
  };
}
