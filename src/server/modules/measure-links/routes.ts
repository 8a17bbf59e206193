import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { anyone, member } from '../../platform/http';
import { errors } from '../../platform/openapi';
import { FamilyId } from '../families';
import { createMeasureLink } from './create-link';
import { getMeasureStatus } from './get-measure-status';
import { listMeasureAlerts } from './list-alerts';
import { listMeasureLinks } from './list-links';
import { listMeasureWording, loadMeasureWording } from './measure-wording';
import { openPublicLink } from './open-public-link';
import { revokeMeasureLink } from './revoke-link';
import {
  AlertList,
  CreatedLink,
  CreateLink,
  FamilyMeasureStatus,
  LinkId,
  LinkList,
  LinkToken,
  LoadWording,
  MeasureLink,
  MeasureWording,
  PublicLink,
  Received,
  RevokeLink,
  SubmitAnswers,
  WordingList,
  WordingParams,
} from './schemas';
import { submitPublicLink } from './submit-public-link';

const tags = ['Parent questionnaire links'];

export const measureLinkRoutes: FastifyPluginAsyncZod = async (app) => {
  // Both public routes are limited per address: a token is unguessable, but nobody may try many.
  const publicLimit = { rateLimit: { max: app.deps.config.HAVEN_PUBLIC_RATE_LIMIT, timeWindow: '1 minute' } };

  app.post(
    '/api/families/:id/measure-links',
    {
      schema: {
        tags,
        summary:
          'Create a single-use link for a parent to complete a questionnaire; the address is answered once and only a hash is kept',
        params: FamilyId,
        body: CreateLink,
        response: { 201: CreatedLink, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createMeasureLink({ ctx: member(request), familyId: request.params.id, input: request.body })),
  );
  app.get(
    '/api/families/:id/measure-links',
    {
      schema: {
        tags,
        summary: "A family's questionnaire links, newest first, each waiting, completed, expired or revoked",
        params: FamilyId,
        response: { 200: LinkList, ...errors },
      },
    },
    async (request) => listMeasureLinks({ ctx: member(request), familyId: request.params.id }),
  );
  app.get(
    '/api/families/:id/measure-status',
    {
      schema: {
        tags,
        summary: "A family's outstanding measure work, and whether a discharge measure has been given",
        params: FamilyId,
        response: { 200: FamilyMeasureStatus, ...errors },
      },
    },
    async (request) => getMeasureStatus({ ctx: member(request), familyId: request.params.id }),
  );
  app.post(
    '/api/measure-links/:id/revoke',
    {
      schema: {
        tags,
        summary: 'Withdraw a link the parent has not used yet',
        params: LinkId,
        body: RevokeLink,
        response: { 200: MeasureLink, ...errors },
      },
    },
    async (request) =>
      revokeMeasureLink({ ctx: member(request), id: request.params.id, version: request.body.version }),
  );

  app.get(
    '/api/public/measure-links/:token',
    {
      schema: {
        tags,
        summary: "What a parent's link shows (no sign-in): the service's name and the questionnaire, nothing else",
        params: LinkToken,
        response: { 200: PublicLink, ...errors },
      },
      config: publicLimit,
    },
    async (request) => openPublicLink({ ctx: anyone(request), token: request.params.token }),
  );
  app.post(
    '/api/public/measure-links/:token',
    {
      schema: {
        tags,
        summary: "A parent's answers through their link (no sign-in): every question answered; the link is used once",
        params: LinkToken,
        body: SubmitAnswers,
        response: { 201: Received, ...errors },
      },
      config: publicLimit,
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await submitPublicLink({ ctx: anyone(request), token: request.params.token, input: request.body })),
  );

  app.get(
    '/api/measure-alerts',
    {
      schema: {
        tags: ['Outcome measures'],
        summary:
          'Unacknowledged critical answers (e.g. thoughts of self-harm): on your families, or the whole service for a manager',
        response: { 200: AlertList, ...errors },
      },
    },
    async (request) => listMeasureAlerts({ ctx: member(request) }),
  );

  app.get(
    '/api/admin/measure-wording',
    {
      schema: {
        tags: ['Service admin'],
        summary: 'Measures whose wording a service loads under its own licence, and whether this service has',
        response: { 200: WordingList, ...errors },
      },
    },
    async (request) => listMeasureWording({ ctx: member(request) }),
  );
  app.put(
    '/api/admin/measure-wording/:measureId',
    {
      schema: {
        tags: ['Service admin'],
        summary: "Load or correct the service's licensed wording of a measure (instructions, items, printed answers)",
        params: WordingParams,
        body: LoadWording,
        response: { 200: MeasureWording, ...errors },
      },
    },
    async (request) =>
      loadMeasureWording({ ctx: member(request), measureId: request.params.measureId, input: request.body }),
  );
};
