import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const measureLinkRoutes: FastifyPluginAsyncZod = async () => {};
