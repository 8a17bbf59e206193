import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { member } from '../../platform/http';
import { errors } from '../../platform/openapi';
import { addMember } from './add-member';
import { listMembers } from './list-members';
import {
  AddMember,
  AddMemberAnswer,
  Member,
  MemberId,
  MemberList,
  ServiceSettings,
  UpdateMember,
  UpdateServiceSettings,
} from './schemas';
import { getServiceSettings, updateServiceSettings } from './service-settings';
import { updateMember } from './update-member';

const tags = ['Service admin'];

export const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/admin/members',
    { schema: { tags, summary: "The service's members", response: { 200: MemberList, ...errors } } },
    async (request) => ({ members: await listMembers({ ctx: member(request) }) }),
  );

  app.post(
    '/api/admin/members',
    {
      schema: {
        tags,
        summary: 'Add or invite a member',
        body: AddMember,
        response: { 201: AddMemberAnswer, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await addMember({ ctx: member(request), input: request.body })),
  );

  app.patch(
    '/api/admin/members/:id',
    {
      schema: {
        tags,
        summary: "Change a member's role or deactivate them",
        params: MemberId,
        body: UpdateMember,
        response: { 200: Member, ...errors },
      },
    },
    async (request) => updateMember({ ctx: member(request), id: request.params.id, input: request.body }),
  );

  app.get(
    '/api/admin/settings',
    { schema: { tags, summary: "The service's settings", response: { 200: ServiceSettings, ...errors } } },
    async (request) => getServiceSettings({ ctx: member(request) }),
  );

  app.patch(
    '/api/admin/settings',
    {
      schema: {
        tags,
        summary: "Change the service's settings",
        body: UpdateServiceSettings,
        response: { 200: ServiceSettings, ...errors },
      },
    },
    async (request) => updateServiceSettings({ ctx: member(request), input: request.body }),
  );
};
