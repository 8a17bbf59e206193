import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { AppError } from './platform/errors';
import { registerErrorHandler } from './platform/error-handler';
import { sessionPlugin, type Deps } from './platform/http';
import { loggerOptions } from './platform/logger';
import { adminRoutes } from './modules/admin';
import { appointmentRoutes } from './modules/appointments';
import { assessmentRoutes } from './modules/assessments';
import { authRoutes } from './modules/auth';
import { disclosureRoutes } from './modules/disclosures';
import { exportRoutes } from './modules/exports';
import { familyRoutes } from './modules/families';
import { healthRoutes } from './modules/health';
import { interactionRoutes } from './modules/interactions';
import { measureLinkRoutes } from './modules/measure-links';
import { measureRoutes } from './modules/measures';
import { noteRoutes } from './modules/notes';
import { referralRoutes } from './modules/referrals';
import { riskRoutes } from './modules/risks';

export type AppOptions = { webRoot?: string | null; logger?: boolean };

/** Builds the one server: the JSON API under /api and, when built, the web app. */
export async function buildApp(deps: Deps, opts: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger === false ? false : loggerOptions(deps.config),
    genReqId: () => randomUUID(),
    bodyLimit: 256 * 1024,
    trustProxy: deps.config.HAVEN_TRUST_PROXY,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', deps);
  registerErrorHandler(app);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => new AppError('RATE_LIMITED', 'Too many requests. Wait a minute and try again.'),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Haven API',
        version: deps.version,
        description:
          'The API of Haven, a platform for parent-infant relationship services. Requests that change data with a session cookie must send the X-CSRF-Token header from GET /api/auth/session.',
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(sessionPlugin);

  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(adminRoutes);
  await app.register(referralRoutes);
  await app.register(familyRoutes);
  await app.register(noteRoutes);
  await app.register(appointmentRoutes);
  await app.register(riskRoutes);
  await app.register(disclosureRoutes);
  await app.register(exportRoutes);
  await app.register(measureRoutes);
  await app.register(measureLinkRoutes);
  await app.register(assessmentRoutes);
  await app.register(interactionRoutes);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const webRoot = opts.webRoot === undefined ? defaultWebRoot() : opts.webRoot;
  if (webRoot) await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false });
  app.setNotFoundHandler(async (request, reply) => {
    if (webRoot && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    throw new AppError('NOT_FOUND', 'There is nothing at this address.');
  });
  return app;
}

function defaultWebRoot(): string | null {
  const root = fileURLToPath(new URL('../../dist/web', import.meta.url));
  return existsSync(join(root, 'index.html')) ? root : null;
}
