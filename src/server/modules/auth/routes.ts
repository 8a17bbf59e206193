import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { anyone, signedIn } from '../../platform/http';
import { AppError } from '../../platform/errors';
import { SESSION_COOKIE } from '../../platform/session';
import { errors } from '../../platform/openapi';
import { acceptInvite, readInvite } from './accept-invite';
import { chooseService } from './choose-service';
import { getSession } from './get-session';
import { presentSession } from './present';
import {
  AcceptInvite,
  ChooseService,
  Enrolment,
  InviteAnswer,
  InviteToken,
  Ok,
  SessionAnswer,
  SignIn,
  SignInAnswer,
  TwoFactorCode,
} from './schemas';
import { signIn } from './sign-in';
import { signOut } from './sign-out';
import { confirmTwoFactor, startTwoFactorEnrolment } from './two-factor-enrolment';
import { verifyTwoFactor } from './verify-two-factor';

const tags = ['Sign-in'];

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/auth/sign-in',
    {
      schema: {
        tags,
        summary: 'Sign in with email and password',
        body: SignIn,
        response: { 200: SignInAnswer, ...errors },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const result = await signIn({ ctx: anyone(request), input: request.body });
      if (request.session) await signOut({ ctx: anyone(request), session: request.session });
      void reply.setCookie(SESSION_COOKIE, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
      });
      return { twoFactorRequired: result.twoFactorRequired };
    },
  );

  app.post(
    '/api/auth/two-factor',
    {
      schema: {
        tags,
        summary: 'Give the second factor of a sign-in',
        body: TwoFactorCode,
        response: { 200: Ok, ...errors },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request) => {
      await verifyTwoFactor({ ctx: anyone(request), session: request.session, input: request.body });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/sign-out',
    { schema: { tags, summary: 'End the session', response: { 200: Ok, ...errors } } },
    async (request, reply) => {
      await signOut({ ctx: anyone(request), session: request.session });
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/session',
    { schema: { tags, summary: 'The current session', response: { 200: SessionAnswer, ...errors } } },
    async (request) => {
      const session = request.session;
      if (!session) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
      const result = await getSession({ ctx: anyone(request), session });
      return presentSession(result.session, result.services);
    },
  );

  app.post(
    '/api/auth/service',
    {
      schema: { tags, summary: 'Choose the service to work in', body: ChooseService, response: { 200: Ok, ...errors } },
    },
    async (request) => {
      await chooseService({ ctx: signedIn(request), input: request.body });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/account/two-factor/enrolment',
    { schema: { tags, summary: 'Start setting up two-factor sign-in', response: { 200: Enrolment, ...errors } } },
    async (request) => startTwoFactorEnrolment({ ctx: signedIn(request) }),
  );

  app.post(
    '/api/account/two-factor/confirmation',
    {
      schema: {
        tags,
        summary: 'Confirm two-factor set-up with a code',
        body: TwoFactorCode,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      await confirmTwoFactor({ ctx: signedIn(request), input: request.body });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/invites/:token',
    {
      schema: {
        tags,
        summary: 'Who an invitation is for',
        params: InviteToken,
        response: { 200: InviteAnswer, ...errors },
      },
    },
    async (request) => readInvite({ ctx: anyone(request), token: request.params.token }),
  );

  app.post(
    '/api/invites/:token',
    {
      schema: {
        tags,
        summary: 'Accept an invitation by setting a password',
        params: InviteToken,
        body: AcceptInvite,
        response: { 200: Ok, ...errors },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request) => {
      await acceptInvite({ ctx: anyone(request), token: request.params.token, input: request.body });
      return { ok: true as const };
    },
  );
};
