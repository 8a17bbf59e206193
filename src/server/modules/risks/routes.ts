import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { member } from '../../platform/http';
import { errors } from '../../platform/openapi';
import { closeRisk } from './close-risk';
import { listRisks } from './list-risks';
import { raiseRisk } from './raise-risk';
import { reviewRisk } from './review-risk';
import { CloseRisk, RaiseRisk, ReviewRisk, RiskFlag, RiskId, RiskList } from './schemas';
import { FamilyId } from '../families';

const tags = ['Risk flags'];

export const riskRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/families/:id/risks',
    {
      schema: {
        tags,
        summary: "A family's risk flags: active first (most serious, soonest review), then closed",
        description:
          'Safeguarding flags are listed only for the allocated practitioners and managers; for anyone else they are absent.',
        params: FamilyId,
        response: { 200: RiskList, ...errors },
      },
    },
    async (request) => listRisks({ ctx: member(request), familyId: request.params.id }),
  );
  app.post(
    '/api/families/:id/risks',
    {
      schema: {
        tags,
        summary: 'Raise a risk flag (practitioners and managers)',
        params: FamilyId,
        body: RaiseRisk,
        response: { 201: RiskFlag, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await raiseRisk({ ctx: member(request), familyId: request.params.id, input: request.body })),
  );
  app.patch(
    '/api/risks/:id',
    {
      schema: {
        tags,
        summary: 'Review an active risk flag: its level, summary or next review date',
        params: RiskId,
        body: ReviewRisk,
        response: { 200: RiskFlag, ...errors },
      },
    },
    async (request) => reviewRisk({ ctx: member(request), id: request.params.id, input: request.body }),
  );
  app.post(
    '/api/risks/:id/close',
    {
      schema: {
        tags,
        summary: 'Close a risk flag, saying why; it stays in the record',
        params: RiskId,
        body: CloseRisk,
        response: { 200: RiskFlag, ...errors },
      },
    },
    async (request) => closeRisk({ ctx: member(request), id: request.params.id, input: request.body }),
  );
};
