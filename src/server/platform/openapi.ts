import { ErrorBody } from './error-handler';

/** The error answers every route documents, beside its success answer. */
export const errors = { '4xx': ErrorBody, 500: ErrorBody } as const;
