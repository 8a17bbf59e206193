import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { anyone, member } from '../../platform/http';
import { errors } from '../../platform/openapi';
import { decideReferral } from './decide-referral';
import { getPublicService } from './get-public-service';
import { getReferral } from './get-referral';
import { listQueue } from './list-queue';
import { mergeReferral } from './merge-referral';
import { getReferralSettings, getTriageOptions, updateReferralSettings } from './referral-settings';
import {
  Decision,
  Merge,
  PublicService,
  QueueFilter,
  ReferralId,
  ReferralSettings,
  ReferralSettingsAnswer,
  ServiceSlug,
  SubmitAnswer,
  SubmitReferral,
  UpdateReferralSettings,
} from './schemas';
import { submitReferral } from './submit-referral';
import { drainAllInboxes, onInboxError, settleDrains } from './process-inbox';

const QueueItem = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    route: z.enum(['self', 'professional']),
    source: z.string(),
    sourceLabel: z.string(),
    status: z.string(),
    priority: z.string(),
    receivedAt: z.string(),
    daysWaiting: z.number().int(),
    eligibility: z.enum(['eligible', 'ineligible', 'check']),
    immediateRisk: z.boolean(),
    possibleDuplicates: z.number().int(),
    parent: z.string(),
    baby: z.string(),
  })
  .meta({ id: 'ReferralQueueItem' });

const ReferralDetail = QueueItem.extend({
  version: z.number().int(),
  referralDate: z.string(),
  eligibilityReasons: z.array(z.string()),
  duplicates: z.array(
    z.object({ kind: z.enum(['referral', 'family']), id: z.uuid(), reference: z.string(), why: z.string() }),
  ),
  familyId: z.uuid().nullable(),
  mergedInto: z.uuid().nullable(),
  submission: z.record(z.string(), z.unknown()),
  history: z.array(
    z.object({
      at: z.string(),
      kind: z.string(),
      by: z.string(),
      reasonCode: z.string().nullable(),
      note: z.string().nullable(),
      details: z.record(z.string(), z.unknown()),
    }),
  ),
}).meta({ id: 'Referral' });

const TriageOptions = ReferralSettings.pick({
  declineReasons: true,
  signposts: true,
  targetWaitWeeks: true,
  referralSources: true,
}).meta({ id: 'TriageOptions' });

const tags = ['Referrals'];

/** How often the safety-net drain looks for submissions left unprocessed (e.g. after a crash). */
const DRAIN_EVERY_MS = 2_000;

export const referralRoutes: FastifyPluginAsyncZod = async (app) => {
  const logFailure = (err: unknown) =>
    app.log.error(
      { err: { type: err instanceof Error ? err.name : typeof err } },
      'referral inbox drain failed; will retry',
    );
  onInboxError(logFailure);
  let timer: NodeJS.Timeout | null = null;
  app.addHook('onReady', async () => {
    timer = setInterval(() => void drainAllInboxes(app.deps.db).catch(logFailure), DRAIN_EVERY_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await settleDrains();
  });

  app.get(
    '/api/public/services/:slug',
    {
      schema: {
        tags,
        summary: 'What the public referral forms show for a service',
        params: ServiceSlug,
        response: { 200: PublicService, ...errors },
      },
    },
    async (request) => getPublicService({ ctx: anyone(request), slug: request.params.slug }),
  );

  app.post(
    '/api/public/services/:slug/referrals',
    {
      schema: {
        tags,
        summary:
          'Send a self-referral or a professional referral (no sign-in); the same submissionId is only ever stored once',
        params: ServiceSlug,
        body: SubmitReferral,
        response: { 201: SubmitAnswer, ...errors },
      },
      config: { rateLimit: { max: app.deps.config.HAVEN_PUBLIC_RATE_LIMIT, timeWindow: '1 minute' } },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await submitReferral({ ctx: anyone(request), slug: request.params.slug, input: request.body })),
  );

  app.get(
    '/api/referrals',
    {
      schema: {
        tags,
        summary: 'The triage queue, oldest first',
        querystring: QueueFilter,
        response: { 200: z.object({ referrals: z.array(QueueItem) }), ...errors },
      },
    },
    async (request) => ({ referrals: await listQueue({ ctx: member(request), filter: request.query }) }),
  );

  app.get(
    '/api/referrals/:id',
    {
      schema: {
        tags,
        summary: 'One referral with its history (the read is audited)',
        params: ReferralId,
        response: { 200: ReferralDetail, ...errors },
      },
    },
    async (request) => getReferral({ ctx: member(request), id: request.params.id }),
  );

  app.post(
    '/api/referrals/:id/decision',
    {
      schema: {
        tags,
        summary: 'Accept, decline, signpost or ask for more information',
        params: ReferralId,
        body: Decision,
        response: {
          200: z.object({ status: z.string(), familyId: z.uuid().nullable(), version: z.number().int() }),
          ...errors,
        },
      },
    },
    async (request) => decideReferral({ ctx: member(request), id: request.params.id, input: request.body }),
  );

  app.post(
    '/api/referrals/:id/merge',
    {
      schema: {
        tags,
        summary: 'Merge a flagged duplicate into an open referral or a family',
        params: ReferralId,
        body: Merge,
        response: { 200: z.object({ status: z.literal('merged'), mergedInto: z.uuid() }), ...errors },
      },
    },
    async (request) => mergeReferral({ ctx: member(request), id: request.params.id, input: request.body }),
  );

  app.get(
    '/api/referral-options',
    {
      schema: {
        tags,
        summary: 'Decline reasons, signposting services and target wait, for triage',
        response: { 200: TriageOptions, ...errors },
      },
    },
    async (request) => getTriageOptions({ ctx: member(request) }),
  );

  app.get(
    '/api/admin/referral-settings',
    {
      schema: {
        tags: ['Service admin'],
        summary: 'Referral settings',
        response: { 200: ReferralSettingsAnswer, ...errors },
      },
    },
    async (request) => getReferralSettings({ ctx: member(request) }),
  );

  app.put(
    '/api/admin/referral-settings',
    {
      schema: {
        tags: ['Service admin'],
        summary: 'Replace the referral settings',
        body: UpdateReferralSettings,
        response: { 200: ReferralSettingsAnswer, ...errors },
      },
    },
    async (request) => updateReferralSettings({ ctx: member(request), input: request.body }),
  );
};
