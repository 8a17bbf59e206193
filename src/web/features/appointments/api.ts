import type { AppointmentPlace, AppointmentStatus } from '../../../core/family-options';
import { api } from '../../app/api-client';
import { familyKeys, familyPath } from '../family/api';

type Named = { id: string; name: string };

export type Outcome = Exclude<AppointmentStatus, 'booked'>;

/** An appointment as the API answers it; `startsAt` is an instant (UTC). */
export type Appointment = {
  id: string;
  familyId: string;
  startsAt: string;
  durationMinutes: number;
  place: AppointmentPlace;
  expectedPersonIds: string[];
  status: AppointmentStatus;
  outcomeNote: string | null;
  outcomeRecordedAt: string | null;
  rescheduleCount: number;
  practitioner: Named;
  version: number;
};

export type WeekAppointment = Appointment & { family: Named };

export type Week = { from: string; days: number; practitioner: Named; appointments: WeekAppointment[] };

/** What a booking sends; a change sends any of it with the version it was based on. */
export type AppointmentDetails = {
  startsAt: string;
  durationMinutes: number;
  place: AppointmentPlace;
  expectedPersonIds: string[];
  practitionerId?: string;
};

export type OutcomeInput = { version: number; status: Outcome; note?: string };

export const appointmentKeys = {
  family: (familyId: string) => familyKeys.section(familyId, 'appointments'),
  weeks: ['appointments', 'week'] as const,
  week: (from: string, practitionerId: string | null) => ['appointments', 'week', from, practitionerId] as const,
};

const appointmentPath = (id: string, rest = '') => `/api/appointments/${encodeURIComponent(id)}${rest}`;

export const listAppointments = async (familyId: string) =>
  (await api<{ appointments: Appointment[] }>(familyPath(familyId, '/appointments'))).appointments;

export const bookAppointment = (familyId: string, details: AppointmentDetails) =>
  api<Appointment>(familyPath(familyId, '/appointments'), { method: 'POST', body: details });

export const changeAppointment = (id: string, change: Partial<AppointmentDetails> & { version: number }) =>
  api<Appointment>(appointmentPath(id), { method: 'PATCH', body: change });

export const recordOutcome = (id: string, outcome: OutcomeInput) =>
  api<Appointment>(appointmentPath(id, '/outcome'), { method: 'POST', body: outcome });

export function getWeek(from: string, practitionerId: string | null): Promise<Week> {
  const query = new URLSearchParams({ from, days: '7' });
  if (practitionerId) query.set('practitionerId', practitionerId);
  return api<Week>(`/api/appointments?${query.toString()}`);
}
