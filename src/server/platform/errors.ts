import type { ErrorCode, FieldError } from '../../core/error-codes';

export { ERROR_CODES, type ErrorCode, type FieldError } from '../../core/error-codes';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  VALIDATION: 400,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** The one error type. Its message is shown to the user, so it must be plain and safe. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[] | undefined;

  constructor(code: ErrorCode, message: string, opts: { fields?: FieldError[]; cause?: unknown } = {}) {
    super(message, { cause: opts.cause });
    this.name = 'AppError';
    this.code = code;
    this.fields = opts.fields;
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found.`);

/** A write that named a version someone else has already replaced: nothing was overwritten. */
export const staleVersion = (what: string) =>
  new AppError('CONFLICT', `Someone else changed ${what} while you were editing. Reload to see their change.`);
