import { and, eq } from 'drizzle-orm';
import type { Role } from '../../../core/roles';
import { families, services } from '../../db/schema';
import type { ServiceCtx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';

/** Roles that may open a family's record at all. Viewers see no identifiable data; trainers none. */
export const RECORD_ROLES = ['practitioner', 'manager', 'coordinator'] as const satisfies readonly Role[];

export type FamilyCaseRow = typeof families.$inferSelect;

/** What the caller may see and do in one family's record. */
export type FamilyAccess = {
  family: FamilyCaseRow;
  /** The caller is the family's lead practitioner or co-worker. */
  allocated: boolean;
  /** Case notes and the disclosure log: the clinical record. */
  clinical: boolean;
  /** Safeguarding entries: the allocated practitioners and managers only. */
  restricted: boolean;
  /** Appointments, people and contact details can be changed (the record is open and the role allows). */
  canEdit: boolean;
  /** The case notes can be written: clinical roles, on an open record. */
  canWriteNotes: boolean;
};

/**
 * Opens a family for the caller, or answers 404 when they may not see it (a practitioner sees the
 * families allocated to them, or the whole team's when the service turns that on), so a record's
 * existence is never revealed to someone outside it. Every module that touches a family starts here.
 */
export async function openFamily(tx: Tx, ctx: ServiceCtx, familyId: string): Promise<FamilyAccess> {
  if (!(RECORD_ROLES as readonly Role[]).includes(ctx.role)) {
    throw new AppError('FORBIDDEN', 'Your role in this service does not allow opening family records.');
  }
  const [row] = await tx
    .select({ family: families, teamVisible: services.teamCaseloadsVisible })
    .from(families)
    .innerJoin(services, eq(services.id, families.serviceId))
    .where(and(eq(families.serviceId, ctx.serviceId), eq(families.id, familyId)));
  if (!row) throw notFound('The family');
  const { family } = row;
  const allocated = family.practitionerId === ctx.membershipId || family.coWorkerId === ctx.membershipId;
  if (ctx.role === 'practitioner' && !allocated && !(row.teamVisible && family.status !== 'waiting')) {
    throw notFound('The family');
  }
  const open = family.status !== 'discharged';
  const clinical = ctx.role === 'manager' || ctx.role === 'practitioner';
  return {
    family,
    allocated,
    clinical,
    restricted: ctx.role === 'manager' || (ctx.role === 'practitioner' && allocated),
    canEdit: open,
    canWriteNotes: open && clinical,
  };
}

/** Refuses a change to a discharged (read-only) record. */
export function requireOpen(access: FamilyAccess): void {
  if (!access.canEdit)
    throw new AppError('PRECONDITION_FAILED', 'This family has been discharged: the record is read-only.');
}

/** Refuses the caller unless they may see the clinical record (case notes, disclosures). */
export function requireClinical(access: FamilyAccess): void {
  if (!access.clinical)
    throw new AppError('FORBIDDEN', 'Your role does not allow reading case notes or the disclosure log.');
}
