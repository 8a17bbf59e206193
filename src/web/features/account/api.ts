import { api } from '../../app/api-client';
import type { Ok } from '../auth/api';

/** A new secret for an authenticator app, as text and as a QR code (a data: PNG URL). */
export type Enrolment = { secret: string; uri: string; qrCode: string };

export const startEnrolment = () => api<Enrolment>('/api/account/two-factor/enrolment', { method: 'POST', body: {} });

export const confirmEnrolment = (code: string) =>
  api<Ok>('/api/account/two-factor/confirmation', { method: 'POST', body: { code } });

/** The secret in groups of four, easier to type into an app by hand. */
export const groupSecret = (secret: string): string => secret.replace(/(.{4})(?=.)/g, '$1 ');
