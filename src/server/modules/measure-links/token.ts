import { createHash, randomBytes } from 'node:crypto';

/** A new link token: 32 random bytes, base64url (43 characters). Given to the practitioner once. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** What the database holds instead of the token: its SHA-256, in hex. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Where the parent opens the link. */
export const linkPath = (token: string): string => `/m/${token}`;
