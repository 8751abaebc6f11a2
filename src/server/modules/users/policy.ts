import { type Actor, isAdmin } from '../../../shared/roles.js';

type UserRecord = { id: string; status: string };

/** Only ISU administrators manage accounts; nobody deactivates or demotes themselves by mistake. */
export function userAbilities(actor: Actor | null, user: UserRecord) {
  const admin = isAdmin(actor);
  const self = actor?.userId === user.id;
  return {
    edit: admin,
    changeRole: admin && !self,
    deactivate: admin && !self && user.status !== 'deactivated',
    reactivate: admin && user.status === 'deactivated',
    resendInvitation: admin && user.status === 'invited',
  };
}
