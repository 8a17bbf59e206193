import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { member } from '../../platform/http';
import { errors } from '../../platform/openapi';
import { discardDraft } from './discard-draft';
import { listNotes } from './list-notes';
import { saveDraft } from './save-draft';
import {
  CaseNote,
  CaseNoteList,
  DiscardDraft,
  NoteId,
  NoteSearch,
  SaveDraft,
  SignNote,
  StartAddendum,
  StartDraft,
} from './schemas';
import { signNote } from './sign-note';
import { startAddendum } from './start-addendum';
import { startDraft } from './start-draft';
import { FamilyId } from '../families';

const tags = ['Case notes'];

// A note may be 50,000 characters, which JSON can escape to several times as many bytes.
const bodyLimit = 1024 * 1024;

const Discarded = z.object({ id: z.uuid(), discarded: z.literal(true) });

export const noteRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/families/:id/notes',
    {
      schema: {
        tags,
        summary: "A family's case notes: signed notes and your own drafts, in time order",
        params: FamilyId,
        querystring: NoteSearch,
        response: { 200: CaseNoteList, ...errors },
      },
    },
    async (request) => listNotes({ ctx: member(request), familyId: request.params.id, search: request.query }),
  );
  app.post(
    '/api/families/:id/notes',
    {
      bodyLimit,
      schema: {
        tags,
        summary: 'Start a case note (a draft only you can see until you sign it)',
        params: FamilyId,
        body: StartDraft,
        response: { 201: CaseNote, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await startDraft({ ctx: member(request), familyId: request.params.id, input: request.body })),
  );
  app.put(
    '/api/notes/:id',
    {
      bodyLimit,
      schema: {
        tags,
        summary: 'Save your draft (text and date), at the version you opened',
        params: NoteId,
        body: SaveDraft,
        response: { 200: CaseNote, ...errors },
      },
    },
    async (request) => saveDraft({ ctx: member(request), id: request.params.id, input: request.body }),
  );
  app.post(
    '/api/notes/:id/sign',
    {
      schema: {
        tags,
        summary: 'Sign your draft: it then becomes part of the record and can no longer be changed',
        params: NoteId,
        body: SignNote,
        response: { 200: CaseNote, ...errors },
      },
    },
    async (request) => signNote({ ctx: member(request), id: request.params.id, input: request.body }),
  );
  app.post(
    '/api/notes/:id/addenda',
    {
      bodyLimit,
      schema: {
        tags,
        summary: 'Start an addendum to a signed note (a draft, saved and signed like any note)',
        params: NoteId,
        body: StartAddendum,
        response: { 201: CaseNote, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await startAddendum({ ctx: member(request), id: request.params.id, input: request.body })),
  );
  app.delete(
    '/api/notes/:id',
    {
      schema: {
        tags,
        summary: 'Discard your draft (a signed note can never be removed)',
        params: NoteId,
        body: DiscardDraft,
        response: { 200: Discarded, ...errors },
      },
    },
    async (request) => discardDraft({ ctx: member(request), id: request.params.id, input: request.body }),
  );
};
