import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  currentUser,
  passwordChangeBody,
  profileBody,
  recoveryCodes,
  sessionInfo,
  totpBody,
  totpEnrolment,
} from '../../../shared/contracts/auth.js';
import { clearSessionCookie, requireSessionStage, requireSignedIn } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import {
  changePassword,
  confirmTotpEnrolment,
  endOwnSession,
  listSessions,
  regenerateRecoveryCodes,
  signOutEverywhere,
  startTotpEnrolment,
  updateProfile,
} from './service-account.js';
import type { LoadedSession } from './sessions.js';

const tags = ['account'];

function sessionOf(request: { session: LoadedSession | null }): LoadedSession {
  if (!request.session) throw new AppError('unauthenticated', 'Sign in first');
  return request.session;
}

export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  app.patch(
    '/api/v1/account',
    {
      onRequest: requireSignedIn,
      schema: {
        tags,
        summary: 'Change your name or language',
        body: profileBody,
        response: { 200: currentUser },
      },
    },
    async (request) => updateProfile(request.ctx, sessionOf(request).userId, request.body),
  );

  app.post(
    '/api/v1/account/password',
    {
      onRequest: requireSignedIn,
      schema: { tags, summary: 'Change your password (ends your other sessions)', body: passwordChangeBody },
    },
    async (request, reply) => {
      await changePassword(request.ctx, sessionOf(request), request.body);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/account/sessions',
    {
      onRequest: requireSignedIn,
      schema: {
        tags,
        summary: 'Your active sessions',
        response: { 200: z.object({ items: z.array(sessionInfo) }) },
      },
    },
    async (request) => listSessions(request.ctx, sessionOf(request)),
  );

  app.delete(
    '/api/v1/account/sessions/:id',
    {
      onRequest: requireSignedIn,
      schema: {
        tags,
        summary: 'End one of your sessions',
        params: z.object({ id: z.string().regex(/^[0-9a-f]{32}$/) }),
      },
    },
    async (request, reply) => {
      await endOwnSession(request.ctx, sessionOf(request), request.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/account/sign-out-everywhere',
    { onRequest: requireSignedIn, schema: { tags, summary: 'End all your sessions, this one included' } },
    async (request, reply) => {
      await signOutEverywhere(request.ctx, sessionOf(request));
      clearSessionCookie(reply);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/account/totp/enrol',
    {
      onRequest: requireSessionStage('enrol', 'full'),
      schema: {
        tags,
        summary: 'Start setting up an authenticator app (QR code and key)',
        response: { 200: totpEnrolment },
      },
    },
    async (request) => startTotpEnrolment(request.ctx, sessionOf(request)),
  );

  app.post(
    '/api/v1/account/totp/confirm',
    {
      onRequest: requireSessionStage('enrol', 'full'),
      schema: {
        tags,
        summary: 'Confirm the authenticator app with a code; returns ten recovery codes once',
        body: totpBody,
        response: { 200: recoveryCodes },
      },
    },
    async (request, reply) => {
      const result = await confirmTotpEnrolment(request.ctx, sessionOf(request), {
        code: request.body.code,
        userAgent: request.headers['user-agent'],
      });
      if (result.token) reply.setSessionCookie(result.token);
      return { recoveryCodes: result.recoveryCodes };
    },
  );

  app.post(
    '/api/v1/account/totp/recovery-codes',
    {
      onRequest: requireSignedIn,
      schema: {
        tags,
        summary: 'Replace your recovery codes (needs a current code)',
        body: totpBody,
        response: { 200: recoveryCodes },
      },
    },
    async (request) => regenerateRecoveryCodes(request.ctx, sessionOf(request), request.body.code),
  );
};
