/** The one way the web app talks to the Haven API: JSON in and out, the CSRF token, typed errors. */

import { ERROR_CODES as API_ERROR_CODES, type FieldError } from '../../core/error-codes';

export type { FieldError };

/** The API's codes, and NETWORK for a server that could not be reached at all. */
export const ERROR_CODES = [...API_ERROR_CODES, 'NETWORK'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Any failed API call. `status` is 0 when the server could not be reached at all. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly fields: FieldError[];
  readonly requestId: string | null;

  constructor(
    status: number,
    code: ErrorCode,
    message: string,
    fields: FieldError[] = [],
    requestId: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.requestId = requestId;
  }
}

export const isApiError = (error: unknown, status?: number): error is ApiError =>
  error instanceof ApiError && (status === undefined || error.status === status);

const UNREACHABLE = 'Haven could not be reached. Check your connection and try again.';
const UNEXPECTED = 'Something went wrong on our side. Try again later.';
const CSRF_HEADER = 'X-CSRF-Token';

/**
 * The session's CSRF token, which requests that change data must send. `undefined` means not
 * known yet (it is read from the session first); `null` means there is no session.
 */
let csrfToken: string | null | undefined;

export function setCsrfToken(token: string | null | undefined): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type RequestOptions = { method?: Method; body?: unknown };

/** Calls the API and returns its JSON answer, or throws an ApiError. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  if (method === 'GET') return send<T>(path, method);
  if (csrfToken === undefined) await refreshCsrfToken();
  try {
    return await send<T>(path, method, options.body ?? {});
  } catch (error) {
    // The session may have changed since the token was read (another tab signed in again).
    if (!isApiError(error, 403) || !error.message.includes('security token')) throw error;
    await refreshCsrfToken();
    return send<T>(path, method, options.body ?? {});
  }
}

async function refreshCsrfToken(): Promise<void> {
  try {
    const session = await send<{ csrfToken: string }>('/api/auth/session', 'GET');
    csrfToken = session.csrfToken;
  } catch (error) {
    if (!isApiError(error, 401)) throw error;
    csrfToken = null;
  }
}

async function send<T>(path: string, method: Method, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'NETWORK', UNREACHABLE);
  }
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response.status, payload);
  return payload as T;
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const { path, message } = value as Record<string, unknown>;
  return typeof path === 'string' && typeof message === 'string';
}

function toApiError(status: number, payload: unknown): ApiError {
  if (typeof payload !== 'object' || payload === null) return new ApiError(status, 'INTERNAL', UNEXPECTED);
  const { code, message, fields, requestId } = payload as Record<string, unknown>;
  const knownCode = ERROR_CODES.find((c) => c === code) ?? 'INTERNAL';
  const fieldList = Array.isArray(fields) ? (fields as unknown[]).filter(isFieldError) : [];
  return new ApiError(
    status,
    knownCode,
    typeof message === 'string' ? message : UNEXPECTED,
    fieldList,
    typeof requestId === 'string' ? requestId : null,
  );
}
