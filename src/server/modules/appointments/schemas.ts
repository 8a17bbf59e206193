import { z } from 'zod';
import {
  APPOINTMENT_OUTCOME_CODES,
  APPOINTMENT_PLACE_CODES,
  APPOINTMENT_STATUS_CODES,
} from '../../../core/family-options';
import { IsoDate, optionalText, Version } from '../../platform/fields';

export const AppointmentId = z.object({ id: z.uuid('Not an appointment id') });

const StartsAt = z.iso.datetime({
  offset: true,
  error: 'Enter the date and time the appointment starts, like 2026-03-02T10:00:00Z',
});
const Duration = z
  .number('Enter how long the appointment lasts, in minutes')
  .int('Enter a whole number of minutes')
  .min(5, 'An appointment lasts at least 5 minutes')
  .max(480, 'An appointment lasts at most 8 hours (480 minutes)');
const Place = z.enum(APPOINTMENT_PLACE_CODES, 'Choose where the appointment takes place');
const PersonIds = z
  .array(z.uuid('Choose people from this family'), 'Choose who is expected to come')
  .max(20, 'Choose at most 20 people');
const PractitionerId = z.uuid('Choose who the appointment is with');

export const BookAppointment = z.object({
  startsAt: StartsAt,
  durationMinutes: Duration.default(60),
  place: Place,
  expectedPersonIds: PersonIds.default([]),
  practitionerId: PractitionerId.optional(),
});
export type BookAppointment = z.infer<typeof BookAppointment>;

export const ChangeAppointment = z
  .object({
    version: Version,
    startsAt: StartsAt.optional(),
    durationMinutes: Duration.optional(),
    place: Place.optional(),
    expectedPersonIds: PersonIds.optional(),
    practitionerId: PractitionerId.optional(),
  })
  .refine(
    (v) =>
      v.startsAt !== undefined ||
      v.durationMinutes !== undefined ||
      v.place !== undefined ||
      v.expectedPersonIds !== undefined ||
      v.practitionerId !== undefined,
    'Say what to change: the time, length, place, who is expected or who it is with',
  );
export type ChangeAppointment = z.infer<typeof ChangeAppointment>;

export const RecordOutcome = z.object({
  version: Version,
  status: z.enum(APPOINTMENT_OUTCOME_CODES, 'Choose what happened'),
  note: optionalText(2000),
});
export type RecordOutcome = z.infer<typeof RecordOutcome>;

export const WeekQuery = z.object({
  from: IsoDate.optional(),
  days: z.coerce
    .number('Enter a number of days')
    .int('Enter a whole number of days')
    .min(1, 'Show at least 1 day')
    .max(31, 'Show at most 31 days')
    .default(7),
  practitionerId: z.uuid('Not a practitioner id').optional(),
});
export type WeekQuery = z.infer<typeof WeekQuery>;

export const Appointment = z
  .object({
    id: z.uuid(),
    familyId: z.uuid(),
    startsAt: z.string(),
    durationMinutes: z.number().int(),
    place: z.enum(APPOINTMENT_PLACE_CODES),
    expectedPersonIds: z.array(z.uuid()),
    status: z.enum(APPOINTMENT_STATUS_CODES),
    outcomeNote: z.string().nullable(),
    outcomeRecordedAt: z.string().nullable(),
    rescheduleCount: z.number().int(),
    practitioner: z.object({ id: z.uuid(), name: z.string() }),
    version: z.number().int(),
  })
  .meta({ id: 'Appointment' });

export const AppointmentList = z.object({ appointments: z.array(Appointment) });

export const WeekItem = Appointment.extend({ family: z.object({ id: z.uuid(), name: z.string() }) }).meta({
  id: 'WeekAppointment',
});

export const Week = z.object({
  from: z.string(),
  days: z.number().int(),
  practitioner: z.object({ id: z.uuid(), name: z.string() }),
  appointments: z.array(WeekItem),
});
