import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { member } from '../../platform/http';
import { errors } from '../../platform/openapi';
import { allocateFamily } from './allocate-family';
import { listAllocatable } from './list-allocatable';
import { listCaseload } from './list-caseload';
import { listWaiting } from './list-waiting';
import { Allocatable, Allocate, Caseload, FamilyId, FamilySummary, WaitingList } from './schemas';

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
};
