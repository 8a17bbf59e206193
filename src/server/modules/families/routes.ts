import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { member } from '../../platform/http';
import { errors } from '../../platform/openapi';
import { allocateFamily } from './allocate-family';
import { listAllocatable } from './list-allocatable';
import { listCaseload, listTeamCaseloads } from './list-caseload';
import { listWaiting } from './list-waiting';
import { changeFamily } from './update-family';
import { dischargeFamily } from './discharge-family';
import { getAccessLog } from './get-access-log';
import { getFamily } from './get-family';
import { addPerson, changePerson } from './people';
import { addProfessional, changeProfessional } from './professionals';
import {
  AccessLog,
  Allocatable,
  Allocate,
  Caseload,
  ChangeFamily,
  ChangePerson,
  ChangeProfessional,
  Discharge,
  FamilyId,
  FamilyRecord,
  FamilySummary,
  NewPerson,
  Person,
  PersonParams,
  Professional,
  ProfessionalFields,
  ProfessionalParams,
  TeamCaseloads,
  WaitingList,
} from './schemas';

const tags = ['Waiting list and caseload'];

export const familyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/waiting-list',
    {
      schema: {
        tags,
        summary: 'Families accepted and waiting, by priority then referral date',
        response: { 200: WaitingList, ...errors },
      },
    },
    async (request) => listWaiting({ ctx: member(request) }),
  );
  app.get(
    '/api/allocatable',
    {
      schema: {
        tags,
        summary: 'Who families can be allocated to, with caseload sizes',
        response: { 200: Allocatable, ...errors },
      },
    },
    async (request) => listAllocatable({ ctx: member(request) }),
  );
  app.post(
    '/api/families/:id/allocation',
    {
      schema: {
        tags,
        summary: 'Allocate a family to a practitioner',
        params: FamilyId,
        body: Allocate,
        response: { 200: FamilySummary, ...errors },
      },
    },
    async (request) => allocateFamily({ ctx: member(request), id: request.params.id, input: request.body }),
  );
  app.get(
    '/api/caseload',
    { schema: { tags, summary: 'My caseload', response: { 200: Caseload, ...errors } } },
    async (request) => listCaseload({ ctx: member(request) }),
  );
  app.get(
    '/api/caseloads',
    {
      schema: {
        tags,
        summary: "Every practitioner's caseload and its size (managers)",
        response: { 200: TeamCaseloads, ...errors },
      },
    },
    async (request) => listTeamCaseloads({ ctx: member(request) }),
  );

  const record = ['Family record'];
  app.get(
    '/api/families/:id',
    {
      schema: {
        tags: record,
        summary: "A family's record: people, professionals, key dates and active flags (the read is audited)",
        params: FamilyId,
        response: { 200: FamilyRecord, ...errors },
      },
    },
    async (request) => getFamily({ ctx: member(request), id: request.params.id }),
  );
  app.patch(
    '/api/families/:id',
    {
      schema: {
        tags: record,
        summary: 'Change the care setting, placement and key dates',
        params: FamilyId,
        body: ChangeFamily,
        response: { 200: FamilyRecord, ...errors },
      },
    },
    async (request) => changeFamily({ ctx: member(request), id: request.params.id, input: request.body }),
  );
  app.post(
    '/api/families/:id/people',
    {
      schema: {
        tags: record,
        summary: 'Add a parent, carer, baby or pregnancy',
        params: FamilyId,
        body: NewPerson,
        response: { 201: Person, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addPerson({ ctx: member(request), id: request.params.id, input: request.body })),
  );
  app.patch(
    '/api/families/:id/people/:personId',
    {
      schema: {
        tags: record,
        summary: "Change a person's details (a pregnancy becomes a baby when a date of birth is given)",
        params: PersonParams,
        body: ChangePerson,
        response: { 200: Person, ...errors },
      },
    },
    async (request) =>
      changePerson({
        ctx: member(request),
        id: request.params.id,
        personId: request.params.personId,
        input: request.body,
      }),
  );
  app.post(
    '/api/families/:id/professionals',
    {
      schema: {
        tags: record,
        summary: 'Add a professional around the family',
        params: FamilyId,
        body: ProfessionalFields,
        response: { 201: Professional, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addProfessional({ ctx: member(request), id: request.params.id, input: request.body })),
  );
  app.patch(
    '/api/families/:id/professionals/:professionalId',
    {
      schema: {
        tags: record,
        summary: "Change a professional's details, or mark them no longer involved",
        params: ProfessionalParams,
        body: ChangeProfessional,
        response: { 200: Professional, ...errors },
      },
    },
    async (request) =>
      changeProfessional({
        ctx: member(request),
        id: request.params.id,
        professionalId: request.params.professionalId,
        input: request.body,
      }),
  );
  app.post(
    '/api/families/:id/discharge',
    {
      schema: {
        tags: record,
        summary: 'Discharge the family: the record becomes read-only',
        params: FamilyId,
        body: Discharge,
        response: { 200: FamilyRecord, ...errors },
      },
    },
    async (request) => dischargeFamily({ ctx: member(request), id: request.params.id, input: request.body }),
  );
  app.get(
    '/api/families/:id/access-log',
    {
      schema: {
        tags: record,
        summary: 'Who has opened or changed this record (managers)',
        params: FamilyId,
        response: { 200: AccessLog, ...errors },
      },
    },
    async (request) => getAccessLog({ ctx: member(request), id: request.params.id }),
  );
};
