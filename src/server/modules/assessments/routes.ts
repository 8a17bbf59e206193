import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const assessmentRoutes: FastifyPluginAsyncZod = async () => {};
