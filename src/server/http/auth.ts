import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../shared/roles.js';
import type { Database } from '../db/client.js';
import { type LoadedSession, loadSession, sessionLimits } from '../modules/users/sessions.js';
import { sendError } from './errors.js';

export const sessionCookie = 'ccm_session';

declare module 'fastify' {
  interface FastifyRequest {
    session: LoadedSession | null;
  }
}

/**
 * Reads the session cookie into `request.session`, and `ctx.actor` once both factors are done.
 * Refuses state-changing API requests whose Origin is missing or foreign (CSRF).
 */
export async function registerAuth(app: FastifyInstance, options: { db: Database; publicUrl: string }) {
  await app.register(fastifyCookie);
  app.decorateRequest('session', null);
  const publicOrigin = new URL(options.publicUrl).origin;
  const secure = options.publicUrl.startsWith('https://');

  app.addHook('onRequest', async (request, reply) => {
    if (isUnsafeMethod(request.method) && request.url.startsWith('/api/')) {
      const origin = request.headers.origin;
      if (!origin || !isOwnOrigin(origin, publicOrigin, request.headers.host)) {
        return sendError(
          reply,
          'forbidden',
          'This request must come from the platform itself (Origin check)',
        );
      }
    }
    const token = request.cookies[sessionCookie];
    if (!token) return;
    const session = await loadSession(options.db, token);
    if (!session) {
      clearSessionCookie(reply);
      return;
    }
    request.session = session;
    if (session.stage === 'full') {
      request.ctx.actor = { userId: session.userId, role: session.role, stateIso3: session.stateIso3 };
    }
  });

  app.decorateReply('setSessionCookie', function (this: FastifyReply, token: string) {
    this.setCookie(sessionCookie, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure,
      maxAge: sessionLimits.absoluteHours * 3600,
    });
  });
}

declare module 'fastify' {
  interface FastifyReply {
    setSessionCookie(token: string): void;
  }
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(sessionCookie, { path: '/' });
}

const isUnsafeMethod = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method);

function isOwnOrigin(origin: string, publicOrigin: string, host: string | undefined): boolean {
  if (origin === publicOrigin) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Route guard: a signed-in user (both factors done) with one of the roles, if any are given. */
export function requireRoles(...allowed: Role[]) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const actor = request.ctx.actor;
    if (!actor) return sendError(reply, 'unauthenticated', 'Sign in to do this');
    if (allowed.length > 0 && !allowed.includes(actor.role)) {
      return sendError(reply, 'forbidden', 'Your role does not allow this');
    }
  };
}

export const requireSignedIn = requireRoles();

/** Route guard for the steps of signing in: a session at one of these stages. */
export function requireSessionStage(...stages: LoadedSession['stage'][]) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.session) return sendError(reply, 'unauthenticated', 'Sign in first');
    if (!stages.includes(request.session.stage)) {
      return sendError(reply, 'forbidden', 'This step of signing in does not apply to this session');
    }
  };
}
