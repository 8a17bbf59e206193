import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { member } from '../../platform/http';
import { errors } from '../../platform/openapi';
import { bookAppointment } from './book-appointment';
import { changeAppointment } from './change-appointment';
import { listAppointments } from './list-appointments';
import { listWeek } from './list-week';
import { recordOutcome } from './record-outcome';
import {
  Appointment,
  AppointmentId,
  AppointmentList,
  BookAppointment,
  ChangeAppointment,
  RecordOutcome,
  Week,
  WeekQuery,
} from './schemas';
import { FamilyId } from '../families';

const tags = ['Appointments'];

export const appointmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/families/:id/appointments',
    {
      schema: {
        tags,
        summary: "A family's appointments, earliest first (the read is audited)",
        params: FamilyId,
        response: { 200: AppointmentList, ...errors },
      },
    },
    async (request) => listAppointments({ ctx: member(request), familyId: request.params.id }),
  );

  app.post(
    '/api/families/:id/appointments',
    {
      schema: {
        tags,
        summary: 'Book an appointment with a family',
        params: FamilyId,
        body: BookAppointment,
        response: { 201: Appointment, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await bookAppointment({ ctx: member(request), familyId: request.params.id, input: request.body })),
  );

  app.patch(
    '/api/appointments/:id',
    {
      schema: {
        tags,
        summary: 'Reschedule a booked appointment or change its details',
        params: AppointmentId,
        body: ChangeAppointment,
        response: { 200: Appointment, ...errors },
      },
    },
    async (request) => changeAppointment({ ctx: member(request), id: request.params.id, input: request.body }),
  );

  app.post(
    '/api/appointments/:id/outcome',
    {
      schema: {
        tags,
        summary: 'Record (or correct) what happened: attended, did not attend or cancelled',
        params: AppointmentId,
        body: RecordOutcome,
        response: { 200: Appointment, ...errors },
      },
    },
    async (request) => recordOutcome({ ctx: member(request), id: request.params.id, input: request.body }),
  );

  app.get(
    '/api/appointments',
    {
      schema: {
        tags,
        summary: "One person's appointments over some days (by default: mine, this week from Monday)",
        querystring: WeekQuery,
        response: { 200: Week, ...errors },
      },
    },
    async (request) => listWeek({ ctx: member(request), query: request.query }),
  );
};
