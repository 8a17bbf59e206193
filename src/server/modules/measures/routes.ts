import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { member } from '../../platform/http';
import { errors } from '../../platform/openapi';
import { FamilyId } from '../families';
import { acknowledgeAlert } from './acknowledge-alert';
import { addGoal } from './add-goal';
import { changeGoal } from './change-goal';
import { giveMeasure } from './give-measure';
import { listCatalogue } from './list-catalogue';
import { listFamilyMeasures } from './list-family-measures';
import { rateGoals } from './rate-goals';
import { recordScoredElsewhere } from './record-scored-elsewhere';
import {
  AcknowledgeAlert,
  AddGoal,
  ChangeGoal,
  FamilyMeasures,
  GiveMeasure,
  Goal,
  GoalId,
  MeasureCatalogue,
  MeasureResult,
  RateGoals,
  RecordScoredElsewhere,
  ResultId,
  ScoredElsewhere,
  WithdrawResult,
} from './schemas';
import { withdrawResult } from './withdraw-result';

const tags = ['Outcome measures'];

export const measureRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/measures',
    {
      schema: {
        tags,
        summary: 'The measures as this service shows them, with their licences, and the other tools it records',
        response: { 200: MeasureCatalogue, ...errors },
      },
    },
    async (request) => listCatalogue({ ctx: member(request) }),
  );
  app.get(
    '/api/families/:id/measures',
    {
      schema: {
        tags,
        summary: "A family's measures, goals and other tools' scores, with the lines to chart and the change",
        params: FamilyId,
        response: { 200: FamilyMeasures, ...errors },
      },
    },
    async (request) => listFamilyMeasures({ ctx: member(request), familyId: request.params.id }),
  );
  app.post(
    '/api/families/:id/measures',
    {
      schema: {
        tags,
        summary: 'Record a questionnaire given to a parent or carer (practitioners and managers)',
        params: FamilyId,
        body: GiveMeasure,
        response: { 201: MeasureResult, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await giveMeasure({ ctx: member(request), familyId: request.params.id, input: request.body })),
  );
  app.post(
    '/api/families/:id/goals',
    {
      schema: {
        tags,
        summary: "Set a goal in the family's own words (at most three open at once)",
        params: FamilyId,
        body: AddGoal,
        response: { 201: Goal, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addGoal({ ctx: member(request), familyId: request.params.id, input: request.body })),
  );
  app.patch(
    '/api/goals/:id',
    {
      schema: {
        tags,
        summary: 'Reword or close an open goal',
        params: GoalId,
        body: ChangeGoal,
        response: { 200: Goal, ...errors },
      },
    },
    async (request) => changeGoal({ ctx: member(request), id: request.params.id, input: request.body }),
  );
  app.post(
    '/api/families/:id/goal-ratings',
    {
      schema: {
        tags,
        summary: "Record the family's ratings of its open goals at a time point",
        params: FamilyId,
        body: RateGoals,
        response: { 201: MeasureResult, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await rateGoals({ ctx: member(request), familyId: request.params.id, input: request.body })),
  );
  app.post(
    '/api/measure-results/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw a result entered in error: it is kept, marked, and leaves the charts',
        params: ResultId,
        body: WithdrawResult,
        response: { 200: MeasureResult, ...errors },
      },
    },
    async (request) => withdrawResult({ ctx: member(request), id: request.params.id, input: request.body }),
  );
  app.post(
    '/api/measure-results/:id/acknowledge',
    {
      schema: {
        tags,
        summary: "Acknowledge a critical answer's alert, saying what was done (allocated practitioners or a manager)",
        params: ResultId,
        body: AcknowledgeAlert,
        response: { 200: MeasureResult, ...errors },
      },
    },
    async (request) => acknowledgeAlert({ ctx: member(request), id: request.params.id, input: request.body }),
  );
  app.post(
    '/api/families/:id/scored-elsewhere',
    {
      schema: {
        tags,
        summary: 'Record a score from an observational or publisher-owned tool: the tool, the date and the score only',
        params: FamilyId,
        body: RecordScoredElsewhere,
        response: { 201: ScoredElsewhere, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await recordScoredElsewhere({ ctx: member(request), familyId: request.params.id, input: request.body })),
  );
};
