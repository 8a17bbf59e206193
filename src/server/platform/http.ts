import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config';
import type { Ctx, ServiceCtx } from './context';
import type { Db, Engine } from './db';
import { AppError } from './errors';
import { resolveSession, SESSION_COOKIE, type SessionState } from './session';

export type Deps = { db: Db; engine: Engine; config: Config; version: string };

declare module 'fastify' {
  interface FastifyInstance {
    deps: Deps;
  }
  interface FastifyRequest {
    session: SessionState | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Resolves the session cookie on every API request and enforces CSRF: a state-changing request
 * that carries a session cookie must also carry that session's token in a header, which a
 * cross-site form or script cannot read. Requests without a cookie can only be JSON, which a
 * cross-site form cannot send without a preflight.
 */
export const sessionPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    request.session = await resolveSession(app.deps.db, app.deps.config, token);
    if (request.session && !SAFE_METHODS.has(request.method)) {
      if (request.headers[CSRF_HEADER] !== request.session.csrfToken) {
        throw new AppError('FORBIDDEN', 'This request is missing its security token. Reload the page and try again.');
      }
    }
  });
});

/** The context of an operation called by anyone, signed in or not. */
export function anyone(request: FastifyRequest): Ctx {
  const { db, config } = request.server.deps;
  return {
    db,
    config,
    requestId: request.id,
    clientAddress: request.ip,
    userId: request.session && !request.session.twoFactorPending ? request.session.userId : null,
    sessionId: request.session?.sessionId ?? null,
  };
}

/** A fully signed-in caller (password and, when enrolled, the second factor). */
export function signedIn(request: FastifyRequest): Ctx & { userId: string; sessionId: string; session: SessionState } {
  const s = request.session;
  if (!s || s.twoFactorPending) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return { ...anyone(request), userId: s.userId, sessionId: s.sessionId, session: s };
}

/**
 * A signed-in caller acting in their chosen service. A service that requires two-factor sign-in
 * refuses members who have not set it up. What the role may do is the operation's to decide.
 */
export function member(request: FastifyRequest): ServiceCtx {
  const ctx = signedIn(request);
  const service = ctx.session.service;
  if (!service) throw new AppError('PRECONDITION_FAILED', 'Choose a service to continue.');
  if (service.requireTwoFactor && !ctx.session.twoFactorEnrolled) {
    throw new AppError('PRECONDITION_FAILED', `${service.name} requires two-factor sign-in. Set it up to continue.`);
  }
  return { ...ctx, serviceId: service.id, role: service.role, membershipId: service.membershipId };
}
