import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { member } from '../../platform/http';
import { errors } from '../../platform/openapi';
import { listDisclosures } from './list-disclosures';
import { recordDisclosure } from './record-disclosure';
import { Disclosure, DisclosureList, RecordDisclosure } from './schemas';
import { FamilyId } from '../families';

const tags = ['Disclosure log'];

export const disclosureRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/families/:id/disclosures',
    {
      schema: {
        tags,
        summary: "A family's disclosure log, newest first (practitioners and managers)",
        params: FamilyId,
        response: { 200: DisclosureList, ...errors },
      },
    },
    async (request) => listDisclosures({ ctx: member(request), familyId: request.params.id }),
  );
  app.post(
    '/api/families/:id/disclosures',
    {
      schema: {
        tags,
        summary:
          'Record a sharing of information outside the service. Entries cannot be changed: correct one by recording a new entry',
        description: 'Allowed on a discharged record too: information can be shared after discharge.',
        params: FamilyId,
        body: RecordDisclosure,
        response: { 201: Disclosure, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await recordDisclosure({ ctx: member(request), familyId: request.params.id, input: request.body })),
  );
};
