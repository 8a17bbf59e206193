import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, ERROR_CODES, HTTP_STATUS, type FieldError } from './errors';

/** The body of every error answer. */
export const ErrorBody = z
  .object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string(),
  })
  .meta({ id: 'Error' });

/** PostgreSQL's codes for a transaction that lost a race (deadlock, serialization) and may simply be retried. */
const RETRYABLE = new Set(['40P01', '40001']);

function fromFramework(err: FastifyError): AppError | null {
  const pgCode = (err.cause as { code?: unknown } | undefined)?.code ?? (err as { code?: unknown }).code;
  if (typeof pgCode === 'string' && RETRYABLE.has(pgCode)) {
    return new AppError('CONFLICT', 'Someone else made a change at the same moment. Please try again.');
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = err.validationContext ?? 'body';
    const fields: FieldError[] = err.validation.map((v) => ({
      path: [where, ...v.instancePath.split('/').filter(Boolean)].join('.'),
      message: v.message ?? 'is not valid',
    }));
    const first = fields[0];
    return new AppError('VALIDATION', first ? `${first.path}: ${first.message}` : 'The request is not valid.', {
      fields,
    });
  }
  const status = err.statusCode ?? 500;
  if (status === 413) return new AppError('VALIDATION', 'The request is too large.');
  if (status === 415) return new AppError('VALIDATION', 'Send the request as JSON (Content-Type: application/json).');
  if (status === 429) return new AppError('RATE_LIMITED', 'Too many requests. Wait a minute and try again.');
  if (status === 400) return new AppError('VALIDATION', 'The request could not be read: check it is valid JSON.');
  if (status === 404) return new AppError('NOT_FOUND', 'Not found.');
  return null;
}

/** Maps every error to `{ code, message, fields?, requestId }`; unknown errors never leak detail. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = error instanceof AppError ? error : isResponseSerializationError(error) ? null : fromFramework(error);
    if (!known) {
      request.log.error({ err: { type: error.name, message: error.message, stack: error.stack } }, 'unhandled error');
      return reply.code(500).send({
        code: 'INTERNAL',
        message: 'Something went wrong on our side. Quote this reference if you contact support.',
        requestId: request.id,
      });
    }
    if (known.code === 'RATE_LIMITED') void reply.header('retry-after', reply.getHeader('retry-after') ?? 60);
    return reply.code(HTTP_STATUS[known.code]).send({
      code: known.code,
      message: known.message,
      ...(known.fields ? { fields: known.fields } : {}),
      requestId: request.id,
    });
  });
}
