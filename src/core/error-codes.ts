/** The closed set of error codes the API answers with; server and web app share it. */
export const ERROR_CODES = [
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'VALIDATION',
  'CONFLICT',
  'PRECONDITION_FAILED',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type FieldError = { path: string; message: string };
