import { randomBytes } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import type { Role } from '../../shared/roles.js';
import type { App } from '../app.js';
import type { Database } from '../db/client.js';
import { sessionCookie } from '../http/auth.js';
import { hashPassword } from '../modules/users/password.js';
import { createSession } from '../modules/users/sessions.js';
import { users } from '../modules/users/tables.js';
import { newTotpSecret } from '../modules/users/totp.js';

/** The Origin a browser on the platform sends; state-changing requests need it (CSRF check). */
export const ownOrigin = 'http://localhost:3000';
export const testPassword = 'correct horse battery staple';

let counter = 0;

export async function createUser(
  db: Database,
  input: {
    role: Role;
    stateIso3?: string | null;
    email?: string;
    withPassword?: boolean;
    withTotp?: boolean;
    name?: string;
    language?: 'en' | 'fr' | 'es';
  },
) {
  counter++;
  const email = input.email ?? `${input.role}.${counter}.${randomBytes(3).toString('hex')}@example.org`;
  const [user] = await db
    .insert(users)
    .values({
      email,
      name: input.name ?? `Test ${input.role} ${counter}`,
      role: input.role,
      stateIso3: input.stateIso3 ?? (input.role === 'state_focal_point' ? 'LAO' : null),
      language: input.language ?? 'en',
      status: 'active',
      passwordHash: input.withPassword === false ? null : await hashPassword(testPassword),
      totpSecret: input.withTotp ? newTotpSecret() : null,
      totpEnabledAt: input.withTotp ? new Date() : null,
    })
    .returning();
  if (!user) throw new Error('user not created');
  return user;
}

/** A signed-in session (both factors done) as a Cookie header, without going through the forms. */
export async function sessionFor(db: Database, userId: string): Promise<string> {
  const token = await createSession(db, { userId, stage: 'full', ip: '127.0.0.1', userAgent: 'test' });
  return `${sessionCookie}=${token}`;
}

export async function signedInAs(db: Database, role: Role, stateIso3?: string) {
  const user = await createUser(db, { role, stateIso3 });
  return { user, cookie: await sessionFor(db, user.id) };
}

/** `app.inject` as a browser on the platform would send it: with the Origin, and a session if given. */
export function send(app: App, options: InjectOptions & { cookie?: string }) {
  const { cookie, headers, ...rest } = options;
  return app.inject({
    ...rest,
    headers: { origin: ownOrigin, ...(cookie ? { cookie } : {}), ...(headers ?? {}) },
  });
}

export function cookieFrom(response: { cookies: { name: string; value: string }[] }): string {
  const cookie = response.cookies.find((c) => c.name === sessionCookie);
  if (!cookie) throw new Error('no session cookie set');
  return `${sessionCookie}=${cookie.value}`;
}
