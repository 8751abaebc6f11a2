import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  currentUser,
  passwordResetRequestBody,
  signInBody,
  signInResult,
  tokenInfo,
  tokenPasswordBody,
  totpBody,
} from '../../../shared/contracts/auth.js';
import { clearSessionCookie, requireSessionStage, requireSignedIn } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import { currentUser as loadCurrentUser } from './service-account.js';
import {
  completeSignIn,
  describeToken,
  requestPasswordReset,
  setPasswordWithToken,
  signIn,
  signOut,
} from './service-auth.js';

const tags = ['auth'];

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/auth/sign-in',
    {
      schema: {
        tags,
        summary: 'Sign in with e-mail and password',
        body: signInBody,
        response: { 200: signInResult },
      },
    },
    async (request, reply) => {
      const { result, token } = await signIn(request.ctx, {
        ...request.body,
        userAgent: request.headers['user-agent'],
      });
      if (token) reply.setSessionCookie(token);
      return result;
    },
  );

  app.post(
    '/api/v1/auth/totp',
    {
      onRequest: requireSessionStage('totp'),
      schema: {
        tags,
        summary: 'Second step of signing in: authenticator or recovery code',
        body: totpBody,
        response: { 200: z.object({ status: z.literal('signed_in'), user: currentUser }) },
      },
    },
    async (request, reply) => {
      const session = request.session;
      if (!session) throw new AppError('unauthenticated', 'Sign in first');
      const { token, user } = await completeSignIn(request.ctx, session, {
        code: request.body.code,
        userAgent: request.headers['user-agent'],
      });
      reply.setSessionCookie(token);
      return { status: 'signed_in' as const, user };
    },
  );

  app.post(
    '/api/v1/auth/sign-out',
    { schema: { tags, summary: 'Sign out of this session' } },
    async (request, reply) => {
      if (request.session) await signOut(request.ctx, request.session);
      clearSessionCookie(reply);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      onRequest: requireSignedIn,
      schema: { tags, summary: 'The signed-in user', response: { 200: currentUser } },
    },
    async (request) => loadCurrentUser(request.ctx, request.ctx.actor?.userId ?? ''),
  );

  app.get(
    '/api/v1/auth/session',
    {
      schema: {
        tags,
        summary: 'Where the sign-in stands for this browser',
        response: { 200: z.object({ stage: z.enum(['anonymous', 'totp', 'enrol', 'signed_in']) }) },
      },
    },
    async (request) => {
      const stage = request.session?.stage;
      return { stage: stage === 'full' ? ('signed_in' as const) : (stage ?? ('anonymous' as const)) };
    },
  );

  app.post(
    '/api/v1/auth/password-reset',
    {
      schema: {
        tags,
        summary: 'E-mail a password reset link (the answer is the same for unknown addresses)',
        body: passwordResetRequestBody,
      },
    },
    async (request, reply) => {
      await requestPasswordReset(request.ctx, request.body.email);
      return reply.status(202).send();
    },
  );

  app.post(
    '/api/v1/auth/password-reset/complete',
    { schema: { tags, summary: 'Choose a new password with a reset link', body: tokenPasswordBody } },
    async (request, reply) => {
      await setPasswordWithToken(request.ctx, 'password_reset', request.body);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/auth/invitations/accept',
    { schema: { tags, summary: 'Accept an invitation by choosing a password', body: tokenPasswordBody } },
    async (request, reply) => {
      await setPasswordWithToken(request.ctx, 'invitation', request.body);
      return reply.status(204).send();
    },
  );

  // POST, not GET: the token stays out of URLs and so out of logs and browser history.
  app.post(
    '/api/v1/auth/tokens/describe',
    {
      schema: {
        tags,
        summary: 'What an invitation or reset link is for',
        body: z.object({ token: z.string().min(20).max(200) }),
        response: { 200: tokenInfo },
      },
    },
    async (request) => describeToken(request.ctx, request.body.token),
  );
};
