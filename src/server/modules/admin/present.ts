import type { MemberRow } from './queries';
import type { Member } from './schemas';

/** A membership as the admin area sees it; password hashes and secrets only as yes/no. */
export const presentMember = (row: MemberRow): Member => ({
  id: row.id,
  userId: row.userId,
  email: row.email,
  displayName: row.displayName,
  role: row.role,
  active: row.active,
  invitationPending: row.hasPassword === null,
  twoFactorEnrolled: row.totpSecret !== null,
  version: row.version,
});
