import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errors } from '../../platform/openapi';
import { checkHealth } from './check-health';

export const Health = z
  .object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgresql']), version: z.string() })
  .meta({ id: 'Health' });

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    { schema: { tags: ['Operations'], summary: 'Is Haven up?', response: { 200: Health, ...errors } } },
    async (request) => checkHealth({ deps: request.server.deps }),
  );
};
