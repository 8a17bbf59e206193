import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { member } from '../../platform/http';
import { errors } from '../../platform/openapi';
import { FamilyId } from '../families';
import { listAssessments } from './list-assessments';
import { recordAttachmentObservation } from './record-attachment-observation';
import { recordSecureBaseReview } from './record-secure-base-review';
import { reviseAttachmentObservation } from './revise-attachment-observation';
import { reviseSecureBaseReview } from './revise-secure-base-review';
import {
  AssessmentList,
  AttachmentObservation,
  ObservationId,
  RecordAttachmentObservation,
  RecordSecureBaseReview,
  ReviewId,
  ReviseAttachmentObservation,
  ReviseSecureBaseReview,
  SecureBaseReview,
} from './schemas';

const tags = ['Attachment assessments'];

export const assessmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/families/:id/assessments',
    {
      schema: {
        tags,
        summary:
          "A family's Secure Base reviews and attachment observations, newest first (practitioners and managers)",
        params: FamilyId,
        response: { 200: AssessmentList, ...errors },
      },
    },
    async (request) => listAssessments({ ctx: member(request), familyId: request.params.id }),
  );
  app.post(
    '/api/families/:id/secure-base-reviews',
    {
      schema: {
        tags,
        summary: 'Record a Secure Base review: all five dimensions, carer and child rated 1 to 5',
        params: FamilyId,
        body: RecordSecureBaseReview,
        response: { 201: SecureBaseReview, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await recordSecureBaseReview({ ctx: member(request), familyId: request.params.id, input: request.body })),
  );
  app.patch(
    '/api/secure-base-reviews/:id',
    {
      schema: {
        tags,
        summary: 'Correct or complete a Secure Base review (version-checked)',
        params: ReviewId,
        body: ReviseSecureBaseReview,
        response: { 200: SecureBaseReview, ...errors },
      },
    },
    async (request) => reviseSecureBaseReview({ ctx: member(request), id: request.params.id, input: request.body }),
  );
  app.post(
    '/api/families/:id/attachment-observations',
    {
      schema: {
        tags,
        summary: 'Record an observation of the four features of attachment',
        params: FamilyId,
        body: RecordAttachmentObservation,
        response: { 201: AttachmentObservation, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await recordAttachmentObservation({ ctx: member(request), familyId: request.params.id, input: request.body }),
        ),
  );
  app.patch(
    '/api/attachment-observations/:id',
    {
      schema: {
        tags,
        summary: 'Correct or complete an attachment observation (version-checked)',
        params: ObservationId,
        body: ReviseAttachmentObservation,
        response: { 200: AttachmentObservation, ...errors },
      },
    },
    async (request) =>
      reviseAttachmentObservation({ ctx: member(request), id: request.params.id, input: request.body }),
  );
};
