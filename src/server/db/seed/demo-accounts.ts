import { sql } from 'drizzle-orm';
import type { Role } from '../../../shared/roles.js';
import { hashPassword } from '../../modules/users/password.js';
import { users } from '../../modules/users/tables.js';
import type { Database } from '../client.js';

/**
 * Demo accounts, one per role, for `npm run demo` only (never for `npm start`). Staff accounts have
 * a second factor already set up with a published key, so anyone can try them: `npm run demo:code`
 * prints the current code.
 */
export const demoPassword = 'Demo-Platform-2026';
export const demoTotpSecret = 'KRUGKIDROVUWG2ZAMJZG653OEBTG66BAN5ZWCZDBORSQ';

export const demoAccounts: {
  email: string;
  name: string;
  role: Role;
  stateIso3: string | null;
  language: 'en' | 'fr' | 'es';
}[] = [
  {
    email: 'admin@demo.ccm-isu.org',
    name: 'Amina Director (demo)',
    role: 'isu_admin',
    stateIso3: null,
    language: 'en',
  },
  {
    email: 'staff@demo.ccm-isu.org',
    name: 'Sébastien Staff (demo)',
    role: 'isu_staff',
    stateIso3: null,
    language: 'fr',
  },
  {
    email: 'coordinator@demo.ccm-isu.org',
    name: 'Carmen Coordinator (demo)',
    role: 'coordinator',
    stateIso3: null,
    language: 'es',
  },
  {
    email: 'focal.lao@demo.ccm-isu.org',
    name: 'Souksavanh Focal Point (demo)',
    role: 'state_focal_point',
    stateIso3: 'LAO',
    language: 'en',
  },
  {
    email: 'focal.per@demo.ccm-isu.org',
    name: 'Lucía Punto Focal (demo)',
    role: 'state_focal_point',
    stateIso3: 'PER',
    language: 'es',
  },
];

export async function seedDemoAccounts(db: Database) {
  const passwordHash = await hashPassword(demoPassword);
  const staff = (role: Role) => role === 'isu_admin' || role === 'isu_staff';
  await db
    .insert(users)
    .values(
      demoAccounts.map((account) => ({
        ...account,
        status: 'active' as const,
        passwordHash,
        totpSecret: staff(account.role) ? demoTotpSecret : null,
        totpEnabledAt: staff(account.role) ? sql`now()` : null,
      })),
    )
    .onConflictDoNothing({ target: users.email });
}
