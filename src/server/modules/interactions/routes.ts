import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { member } from '../../platform/http';
import { errors } from '../../platform/openapi';
import { FamilyId } from '../families';
import { listInteractions } from './list-interactions';
import { recordInteraction } from './record-interaction';
import {
  InteractionId,
  InteractionList,
  InteractionObservation,
  RecordInteraction,
  UpdateInteraction,
} from './schemas';
import { updateInteraction } from './update-interaction';

const tags = ['Interactions'];

export const interactionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/families/:id/interactions',
    {
      schema: {
        tags,
        summary: "A family's coded interactions, newest first, with contingency and repair metrics",
        description: 'Also the carers and born babies a new observation can be of. Practitioners and managers only.',
        params: FamilyId,
        response: { 200: InteractionList, ...errors },
      },
    },
    async (request) => listInteractions({ ctx: member(request), familyId: request.params.id }),
  );
  app.post(
    '/api/families/:id/interactions',
    {
      schema: {
        tags,
        summary: 'Save a coded interaction between a baby and a carer (practitioners and managers)',
        params: FamilyId,
        body: RecordInteraction,
        response: { 201: InteractionObservation, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await recordInteraction({ ctx: member(request), familyId: request.params.id, input: request.body })),
  );
  app.patch(
    '/api/interactions/:id',
    {
      schema: {
        tags,
        summary: "Change an observation's context or notes; the coded events are never edited",
        params: InteractionId,
        body: UpdateInteraction,
        response: { 200: InteractionObservation, ...errors },
      },
    },
    async (request) => updateInteraction({ ctx: member(request), id: request.params.id, input: request.body }),
  );
};
