import type { AppointmentRow } from './queries';

/** An appointment as the API answers it: an explicit whitelist of its fields. */
export function presentAppointment(row: AppointmentRow) {
  return {
    id: row.id,
    familyId: row.familyId,
    startsAt: row.startsAt.toISOString(),
    durationMinutes: row.durationMinutes,
    place: row.place,
    expectedPersonIds: [...row.expectedPersonIds],
    status: row.status,
    outcomeNote: row.outcomeNote,
    outcomeRecordedAt: row.outcomeRecordedAt?.toISOString() ?? null,
    rescheduleCount: row.rescheduleCount,
    practitioner: { id: row.practitionerId, name: row.practitionerName },
    version: row.version,
  };
}

/** An appointment in someone's diary, with the family it is for. */
export function presentWeekItem(row: AppointmentRow & { familyName: string }) {
  return { ...presentAppointment(row), family: { id: row.familyId, name: row.familyName } };
}
