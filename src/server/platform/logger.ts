import type { FastifyServerOptions } from 'fastify';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config';

/**
 * Operator logs: method, route pattern (never the raw URL, which may hold a token), status and
 * timing. No bodies, cookies, headers or personal data.
 */
export const loggerOptions = (config: Config): FastifyServerOptions['logger'] => ({
  level: config.LOG_LEVEL,
  redact: { paths: ['req.headers', 'res.headers'], remove: true },
  serializers: {
    req: (req: FastifyRequest) => ({ method: req.method, route: req.routeOptions.url ?? 'unmatched' }),
  },
});
