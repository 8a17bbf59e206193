import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const measureRoutes: FastifyPluginAsyncZod = async () => {};
