import { sql, type SQL } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInLondon } from '../../../core/dates';
import { queryRows } from '../../platform/db';
import { AppError } from '../../platform/errors';
import {
  auditActions,
  dbError,
  enter,
  ownerRows,
  type Answer,
  type Client,
  type Harness,
} from '../../../../test/harness';
import {
  addPractitioner,
  memberNamed,
  newFamily,
  signInAs,
  startFamilyHarness,
} from '../../../../test/family-fixtures';
import { fromNoteGuard } from './queries';

type Note = {
  id: string;
  noteDate: string;
  body: string;
  status: 'draft' | 'signed';
  author: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
  signedAt: string | null;
  addendumTo: string | null;
  addenda: string[];
  version: number;
  mine: boolean;
};
type Failure = { code: string; message: string; fields?: { path: string; message: string }[] };

let h: Harness;
let demoId = '';
let coordinator: Client;
let priya: Client;
let sam: Client;
let manager: Client;
/** Allocated to Priya, with Sam as co-worker. */
let shared = '';
/** Allocated to Priya alone. */
let priyasOwn = '';

beforeAll(async () => {
  ({ h, demoId } = await startFamilyHarness());
  coordinator = await signInAs(h, 'coordinator');
  priya = await signInAs(h, 'practitioner');
  sam = await addPractitioner(h, 'Sam Second');
  manager = await signInAs(h, 'manager');
  shared = await newFamily(h, coordinator);
  const [family] = await ownerRows<{ version: number }>(h, sql`select version from families where id = ${shared}`);
  const coWorker = await coordinator.post(`/api/families/${shared}/allocation`, {
    practitionerId: await memberNamed(coordinator, 'Priya Practitioner'),
    coWorkerId: await memberNamed(coordinator, 'Sam Second'),
    version: family?.version,
  });
  expect(coWorker.status).toBe(200);
  priyasOwn = await newFamily(h, coordinator);
});
afterAll(() => h.close());

const list = async (c: Client, familyId: string, q?: string) =>
  c.get<{ notes: Note[] }>(`/api/families/${familyId}/notes${q === undefined ? '' : `?q=${encodeURIComponent(q)}`}`);
const draft = async (c: Client, familyId: string, body: Record<string, unknown> = {}) =>
  c.post<Note>(`/api/families/${familyId}/notes`, body);
const save = async (c: Client, note: Pick<Note, 'id' | 'version' | 'noteDate'>, body: string) =>
  c.put<Note>(`/api/notes/${note.id}`, { version: note.version, body, noteDate: note.noteDate });
const sign = async (c: Client, note: Pick<Note, 'id' | 'version'>) =>
  c.post<Note>(`/api/notes/${note.id}/sign`, { version: note.version });
/** A note written and signed by `c`, dated `noteDate`. */
async function signed(c: Client, familyId: string, body: string, noteDate = todayInLondon()): Promise<Note> {
  const started = await draft(c, familyId, { body, noteDate });
  expect(started.status).toBe(201);
  const done = await sign(c, started.body);
  expect(done.status).toBe(200);
  return done.body;
}
const failure = (res: Answer<unknown>) => res.body as Failure;
const auditOf = (entityId: string) => auditActions(h, demoId, { entityId });

describe('writing a note', () => {
  it('drafts, saves, signs, then refuses changes and takes an addendum listed with its note', async () => {
    const started = await draft(priya, shared);
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({
      body: '',
      status: 'draft',
      noteDate: todayInLondon(),
      version: 1,
      mine: true,
      signedAt: null,
      addendumTo: null,
      addenda: [],
      author: { name: 'Priya Practitioner' },
    });

    const saved = await save(priya, { ...started.body, noteDate: '2025-03-04' }, 'Home visit. Baby settled well.');
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 2, noteDate: '2025-03-04', body: 'Home visit. Baby settled well.' });
    const again = await save(priya, saved.body, 'Home visit. Baby settled well; mum calmer.');
    expect(again.body.version).toBe(3);

    const done = await sign(priya, again.body);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: 'signed',
      version: 4,
      body: 'Home visit. Baby settled well; mum calmer.',
    });
    expect(done.body.signedAt).not.toBeNull();

    const edit = await save(priya, done.body, 'Changed my mind');
    expect(edit.status).toBe(412);
    expect(failure(edit).message).toBe('This note is signed and cannot be changed. Add an addendum instead.');
    expect((await sign(priya, done.body)).status).toBe(412);
    expect((await priya.delete(`/api/notes/${done.body.id}`, { version: done.body.version })).status).toBe(412);
    // The manager reads the signed note but cannot change it either.
    expect((await save(manager, done.body, 'x')).status).toBe(412);

    const addendum = await priya.post<Note>(`/api/notes/${done.body.id}/addenda`, { body: 'Correction: ' });
    expect(addendum.status).toBe(201);
    expect(addendum.body).toMatchObject({ status: 'draft', addendumTo: done.body.id, noteDate: todayInLondon() });
    const addendumSaved = await save(priya, addendum.body, 'Correction: the visit was on Tuesday.');
    const addendumSigned = await sign(priya, addendumSaved.body);
    expect(addendumSigned.body).toMatchObject({ status: 'signed', addendumTo: done.body.id });

    // An addendum to an addendum follows the original note, so each note has one list of addenda.
    const second = await manager.post<Note>(`/api/notes/${addendumSigned.body.id}/addenda`, { body: 'Seen. MM' });
    expect(second.body.addendumTo).toBe(done.body.id);
    const secondSigned = await sign(manager, second.body);

    const notes = (await list(priya, shared)).body.notes;
    const note = notes.find((n) => n.id === done.body.id);
    expect(note?.addenda).toEqual([addendumSigned.body.id, secondSigned.body.id]);
    expect(notes.find((n) => n.id === addendumSigned.body.id)).toMatchObject({ addendumTo: done.body.id, addenda: [] });
    expect(notes.find((n) => n.id === secondSigned.body.id)).toMatchObject({
      mine: false,
      author: { name: 'Morgan Manager' },
    });

    const actions = (await auditOf(done.body.id)).map((a) => a.action);
    expect(actions).toEqual(['note.draft-started', 'note.draft-saved', 'note.draft-saved', 'note.signed']);
    expect((await auditOf(addendum.body.id)).map((a) => a.action)).toEqual([
      'note.addendum-started',
      'note.draft-saved',
      'note.signed',
    ]);
  });

  it('lists notes in time order: by the date of the contact, then when signed or started', async () => {
    const family = await newFamily(h, coordinator);
    const later = await signed(priya, family, 'Second visit', '2025-02-10');
    const earlier = await signed(priya, family, 'First visit', '2025-02-01');
    const sameDay = await signed(priya, family, 'Phone call after the second visit', '2025-02-10');
    const mine = await draft(priya, family, { body: 'Unfinished', noteDate: '2025-02-05' });
    const ids = (await list(priya, family)).body.notes.map((n) => n.id);
    expect(ids).toEqual([earlier.id, mine.body.id, later.id, sameDay.id]);
  });

  it('refuses to sign an empty draft, naming the note text', async () => {
    const started = await draft(priya, shared, { body: '  \n ' });
    const res = await sign(priya, started.body);
    expect(res.status).toBe(400);
    expect(failure(res).fields).toEqual([{ path: 'body.body', message: 'Write the note before signing it' }]);
  });

  it('refuses an addendum to a draft', async () => {
    const started = await draft(priya, shared, { body: 'Not signed yet' });
    const res = await priya.post(`/api/notes/${started.body.id}/addenda`, { body: 'More' });
    expect(res.status).toBe(412);
    expect(failure(res).message).toMatch(/only be added to a signed note/);
  });

  it('validates dates, lengths and ids, naming each field', async () => {
    const future = await draft(priya, shared, { noteDate: '2999-01-01' });
    expect(future.status).toBe(400);
    expect(failure(future).fields?.[0]).toEqual({
      path: 'body.noteDate',
      message: 'The date of a note must be today or in the past',
    });
    const unreal = await draft(priya, shared, { noteDate: '2025-02-30' });
    expect(failure(unreal).fields?.[0]?.path).toBe('body.noteDate');
    const long = await draft(priya, shared, { body: 'x'.repeat(50_001) });
    expect(long.status).toBe(400);
    expect(failure(long).fields?.[0]).toEqual({ path: 'body.body', message: 'A note can be up to 50,000 characters' });
    // The longest note is accepted, even with characters JSON escapes at length.
    const longest = await draft(priya, shared, { body: '\u0001'.repeat(50_000) });
    expect(longest.status).toBe(201);

    const started = await draft(priya, shared);
    const noVersion = await priya.put(`/api/notes/${started.body.id}`, { body: 'x', noteDate: todayInLondon() });
    expect(failure(noVersion).fields?.map((f) => f.path)).toEqual(['body.version']);
    const badId = await priya.put('/api/notes/not-an-id', { version: 1, body: 'x', noteDate: todayInLondon() });
    expect(failure(badId).fields?.[0]?.path).toBe('params.id');
    const longSearch = await list(priya, shared, 'x'.repeat(201));
    expect(longSearch.status).toBe(400);
    expect(failure(longSearch).fields?.[0]?.path).toBe('querystring.q');
  });
});

describe('the API description', () => {
  it('documents every case-note route, with the search parameter', async () => {
    const doc = await h
      .client()
      .get<{ paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>> }>(
        '/api/openapi.json',
      );
    const paths = doc.body.paths;
    expect(Object.keys(paths['/api/families/{id}/notes'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(paths['/api/notes/{id}'] ?? {}).sort()).toEqual(['delete', 'put']);
    expect(paths['/api/notes/{id}/sign']?.post).toBeDefined();
    expect(paths['/api/notes/{id}/addenda']?.post).toBeDefined();
    expect(paths['/api/families/{id}/notes']?.get?.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'q', in: 'query' })]),
    );
  });
});

describe('drafts are private to their author', () => {
  it('hides another practitioner’s draft from the list and from every action', async () => {
    const priyas = await draft(priya, shared, { body: 'Priya’s private draft' });
    const signedByPriya = await signed(priya, shared, 'Shared with the team');
    const seenBySam = (await list(sam, shared)).body.notes;
    expect(seenBySam.map((n) => n.id)).toContain(signedByPriya.id);
    expect(seenBySam.map((n) => n.id)).not.toContain(priyas.body.id);
    expect(seenBySam.every((n) => n.status === 'signed' || n.mine)).toBe(true);
    expect((await list(manager, shared)).body.notes.map((n) => n.id)).not.toContain(priyas.body.id);

    const id = priyas.body.id;
    expect((await save(sam, priyas.body, 'Overwritten')).status).toBe(404);
    expect((await sign(sam, priyas.body)).status).toBe(404);
    expect((await sam.delete(`/api/notes/${id}`, { version: 1 })).status).toBe(404);
    expect((await sam.post(`/api/notes/${id}/addenda`, { body: 'x' })).status).toBe(404);
    expect((await save(manager, priyas.body, 'Overwritten')).status).toBe(404);

    const samsDraft = await draft(sam, shared, { body: 'Sam’s draft' });
    expect(samsDraft.body.mine).toBe(true);
    expect((await list(priya, shared)).body.notes.map((n) => n.id)).not.toContain(samsDraft.body.id);
    // Nothing changed underneath.
    const [row] = await ownerRows<{ body: string }>(h, sql`select body from case_notes where id = ${id}`);
    expect(row?.body).toBe('Priya’s private draft');
  });

  it('discards one’s own draft, and never a signed note', async () => {
    const started = await draft(priya, shared, { body: 'Wrong family' });
    const stale = await priya.delete(`/api/notes/${started.body.id}`, { version: 7 });
    expect(stale.status).toBe(409);
    const gone = await priya.delete(`/api/notes/${started.body.id}`, { version: 1 });
    expect(gone.status).toBe(200);
    expect(gone.body).toEqual({ id: started.body.id, discarded: true });
    expect((await list(priya, shared)).body.notes.map((n) => n.id)).not.toContain(started.body.id);
    expect((await auditOf(started.body.id)).map((a) => a.action)).toEqual([
      'note.draft-started',
      'note.draft-discarded',
    ]);
  });
});

describe('search', () => {
  it('matches any case, takes % and _ literally, and brings an addendum’s note with it', async () => {
    const family = await newFamily(h, coordinator);
    const smiled = await signed(priya, family, 'Baby SMILED at mum during play');
    const percent = await signed(priya, family, 'Sleep is 50% better this week');
    const underscore = await signed(priya, family, 'Reference file_2 sent to GP');
    const plain = await signed(priya, family, 'Discussed feeding routines');
    const addendum = await priya.post<Note>(`/api/notes/${plain.id}/addenda`, { body: 'Health visitor also present' });
    await sign(priya, addendum.body);
    const draftOnly = await draft(priya, family, { body: 'draft mentioning smiled too' });

    const ids = async (q: string) => (await list(priya, family, q)).body.notes.map((n) => n.id);
    expect(await ids('')).toHaveLength(6);
    expect(await ids('smiled')).toEqual([smiled.id, draftOnly.body.id]);
    expect(await ids('%')).toEqual([percent.id]);
    expect(await ids('_')).toEqual([underscore.id]);
    expect(await ids('health VISITOR')).toEqual([plain.id, addendum.body.id]);
    expect(await ids('nothing like this')).toEqual([]);
    // Someone else's draft is not found by searching either.
    expect((await list(sam, shared, 'private draft')).body.notes).toEqual([]);

    const reads = await ownerRows<{ details: Record<string, unknown> }>(
      h,
      sql`select details from audit_events where action = 'notes.read' and entity_id = ${family} order by seq`,
    );
    expect(reads.map((r) => r.details)).toEqual(
      expect.arrayContaining([
        { familyId: family, searched: true },
        { familyId: family, searched: false },
      ]),
    );
    expect(JSON.stringify(reads)).not.toMatch(/smiled|visitor|nothing like/i);
  });
});

describe('who may see and write case notes', () => {
  it('refuses coordinators with a plain message, for reading and writing', async () => {
    const note = await signed(priya, shared, 'Seen by clinical staff only');
    const read = await list(coordinator, shared);
    expect(read.status).toBe(403);
    expect(failure(read).message).toMatch(/case notes/);
    expect((await draft(coordinator, shared, { body: 'x' })).status).toBe(403);
    expect((await coordinator.post(`/api/notes/${note.id}/addenda`, { body: 'x' })).status).toBe(403);
    expect((await save(coordinator, note, 'x')).status).toBe(403);
  });

  it('refuses viewers, admins and trainers', async () => {
    for (const role of ['viewer', 'admin', 'trainer']) {
      const c = await h.signedIn(`${role}@demo.haven.test`, `demo-${role}-password`);
      await enter(c, 'demo');
      expect((await list(c, shared)).status).toBe(403);
      expect((await draft(c, shared, { body: 'x' })).status).toBe(403);
    }
  });

  it('answers 404 to another service and to a practitioner the family is not allocated to', async () => {
    const note = await signed(priya, priyasOwn, 'Only for Priya and managers');
    const other = await signInAs(h, 'otherPractitioner');
    for (const c of [other, sam]) {
      expect((await list(c, priyasOwn)).status).toBe(404);
      expect((await draft(c, priyasOwn, { body: 'x' })).status).toBe(404);
      expect((await c.post(`/api/notes/${note.id}/addenda`, { body: 'x' })).status).toBe(404);
      expect((await save(c, note, 'x')).status).toBe(404);
    }
    expect((await list(manager, priyasOwn)).body.notes.map((n) => n.id)).toContain(note.id);
  });
});

describe('concurrent edits', () => {
  it('answers 409 to a stale version, saying the text is kept on screen', async () => {
    const started = await draft(priya, shared);
    const tabA = await save(priya, started.body, 'Written in one tab');
    expect(tabA.status).toBe(200);
    const tabB = await save(priya, started.body, 'Written in another tab');
    expect(tabB.status).toBe(409);
    expect(failure(tabB).message).toMatch(/still on your screen/);
    expect((await sign(priya, started.body)).status).toBe(409);
    const [row] = await ownerRows<{ body: string; version: number }>(
      h,
      sql`select body, version from case_notes where id = ${started.body.id}`,
    );
    expect(row).toEqual({ body: 'Written in one tab', version: 2 });
  });
});

describe('a discharged family', () => {
  it('can still be read, but no note can be written', async () => {
    const family = await newFamily(h, coordinator);
    const note = await signed(priya, family, 'Last visit');
    const open = await draft(priya, family, { body: 'Left unsigned' });
    await ownerRows(
      h,
      sql`update families set status = 'discharged', discharged_on = current_date where id = ${family}`,
    );

    const read = await list(priya, family);
    expect(read.status).toBe(200);
    expect(read.body.notes.map((n) => n.id)).toEqual([note.id, open.body.id]);
    const refusals = [
      await draft(priya, family, { body: 'x' }),
      await save(priya, open.body, 'x'),
      await sign(priya, open.body),
      await priya.delete(`/api/notes/${open.body.id}`, { version: open.body.version }),
      await priya.post(`/api/notes/${note.id}/addenda`, { body: 'x' }),
    ];
    for (const res of refusals) {
      expect(res.status).toBe(412);
      expect(failure(res).message).toMatch(/read-only/);
    }
  });
});

describe('audit', () => {
  it('records every read and write with the family, and never a note’s text', async () => {
    const family = await newFamily(h, coordinator);
    const started = await draft(priya, family, { body: 'Confidential words about the family' });
    await list(priya, family);
    const events = await ownerRows<{ action: string; entity_type: string; entity_id: string; details: unknown }>(
      h,
      sql`select action, entity_type, entity_id, details from audit_events
          where service_id = ${demoId} and (action like 'note.%' or action = 'notes.read')`,
    );
    expect(events.length).toBeGreaterThan(10);
    for (const e of events) {
      expect(e.details).toHaveProperty('familyId');
      expect(e.entity_type).toBe(e.action === 'notes.read' ? 'family' : 'case-note');
    }
    expect(events).toEqual(
      expect.arrayContaining([
        {
          action: 'note.draft-started',
          entity_type: 'case-note',
          entity_id: started.body.id,
          details: { familyId: family },
        },
        {
          action: 'notes.read',
          entity_type: 'family',
          entity_id: family,
          details: { familyId: family, searched: false },
        },
      ]),
    );
    const texts = await ownerRows<{ text: string }>(
      h,
      sql`select details::text as text from audit_events where service_id = ${demoId}`,
    );
    const all = texts.map((t) => t.text).join('\n');
    for (const words of ['Confidential words', 'Home visit', 'Correction', 'SMILED', 'Written in one tab'])
      expect(all).not.toContain(words);
  });
});

describe('the database guards signed notes itself', () => {
  let note: Note;
  let unsigned: Note;
  beforeAll(async () => {
    note = await signed(priya, shared, 'Guarded by the database');
    unsigned = (await draft(priya, shared, { body: 'Still a draft' })).body;
  });
  /** Runs `query` as the application's role inside the demo service, as every request does. */
  const asApp = (query: SQL) =>
    h.database.db.transaction(async (tx) => {
      await tx.execute(
        sql`select set_config('role', 'haven_app', true), set_config('app.service_id', ${demoId}, true)`,
      );
      // The row is visible to the role, so a refusal below is the trigger's, not row-level security's.
      const [seen] = await queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from case_notes where id = ${note.id}`,
      );
      expect(seen?.n).toBe(1);
      await tx.execute(query);
    });
  const refused = /^case note \S+ is signed and cannot be changed$/;

  it('refuses the owner', async () => {
    expect(await dbError(ownerRows(h, sql`update case_notes set body = 'x' where id = ${note.id}`))).toMatch(refused);
    expect(await dbError(ownerRows(h, sql`delete from case_notes where id = ${note.id}`))).toMatch(refused);
  });

  it('refuses the application role', async () => {
    expect(await dbError(asApp(sql`update case_notes set body = 'x' where id = ${note.id}`))).toMatch(refused);
    expect(await dbError(asApp(sql`delete from case_notes where id = ${note.id}`))).toMatch(refused);
    const [row] = await ownerRows<{ body: string }>(h, sql`select body from case_notes where id = ${note.id}`);
    expect(row?.body).toBe('Guarded by the database');
  });

  it('refuses an addendum that follows a draft', async () => {
    const insert = sql`insert into case_notes (service_id, id, family_id, author_id, addendum_to, note_date)
      select service_id, ${uuidv7()}, family_id, author_id, id, note_date from case_notes where id = ${unsigned.id}`;
    expect(await dbError(ownerRows(h, insert))).toBe('an addendum must follow a signed note of the same family');
  });

  it('is answered as a precondition, not a server error, if it ever fires under the app', async () => {
    let thrown: unknown;
    try {
      await ownerRows(h, sql`update case_notes set body = 'x' where id = ${note.id}`);
    } catch (err) {
      thrown = err;
    }
    const mapped = fromNoteGuard(thrown);
    expect(mapped).toBeInstanceOf(AppError);
    expect((mapped as AppError).code).toBe('PRECONDITION_FAILED');
    expect((mapped as AppError).message).toBe('This note is signed and cannot be changed. Add an addendum instead.');
    const other = new Error('something else');
    expect(fromNoteGuard(other)).toBe(other);
  });
});
