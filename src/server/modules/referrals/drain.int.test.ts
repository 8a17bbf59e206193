// The drain that turns public submissions into referrals: duplicates within one batch, across
// batches and against active families, the per-key cap, the audit chain, and the stored fields.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChains } from '../../platform/audit';
import { drain, ownerRows, serviceId, startHarness, withDemo, type Harness } from '../../../../test/harness';
import { monthsAgo, professionalReferral, selfReferral } from '../../../../test/referral-fixtures';

let h: Harness;
let demoId = '';
beforeAll(async () => {
  h = await startHarness({ HAVEN_PUBLIC_RATE_LIMIT: '100000' });
  await withDemo(h);
  demoId = await serviceId(h, 'demo');
  await drain(h);
});
afterAll(() => h.close());

const person = (name: string) => ({
  parents: [{ name, dateOfBirth: '1990-01-02', relationship: 'mother' }],
  baby: { kind: 'born', name: `${name} Baby`, dateOfBirth: monthsAgo(2) },
});
const post = (body: unknown) => h.client().post('/api/public/services/demo/referrals', body);
type Row = { reference: string; d: { kind: string; id: string; reference: string; why: string }[]; id: string };
const rowsOf = (refs: string[]) =>
  ownerRows<Row>(
    h,
    sql`select id, reference, possible_duplicates as d from referrals where service_id = ${demoId} and reference in ${refs}`,
  );

describe('drain', () => {
  it('flags repeats within one batch, newest first', async () => {
    const refs: string[] = [];
    for (let i = 0; i < 3; i++)
      refs.push(((await post(selfReferral(person('Batchy Same')))).body as { reference: string }).reference);
    await drain(h);
    const rows = await rowsOf(refs);
    const by = new Map(rows.map((r) => [r.reference, r]));
    const [a, b, c] = refs.map((r) => {
      const row = by.get(r);
      if (!row) throw new Error(`${r} was not drained`);
      return row;
    }) as [Row, Row, Row];
    expect(a.d).toEqual([]);
    expect(b.d.map((x) => x.id)).toEqual([a.id]);
    expect(c.d.map((x) => x.id)).toEqual([b.id, a.id]);
    expect(c.d[0]?.why).toBe('same name and date of birth');
  });

  it('flags repeats across batches and caps at 20 per key', async () => {
    const refs: string[] = [];
    for (let i = 0; i < 30; i++) {
      refs.push(((await post(selfReferral(person('Many Times')))).body as { reference: string }).reference);
      if (i % 7 === 0) await drain(h);
    }
    await drain(h);
    const rows = await rowsOf(refs);
    const last = rows.find((r) => r.reference === refs[29])!;
    // two keys (parent and baby) match the same referrals: at most 20 distinct
    expect(last.d.length).toBe(20);
    const first = rows.find((r) => r.reference === refs[0])!;
    expect(first.d).toEqual([]);
  });

  it('flags a family already open and copies the submission exactly', async () => {
    const body = professionalReferral({
      parents: [{ name: 'Fam Ily', relationship: 'father', nhsNumber: '9990000026' }],
    });
    const one = (await post(body)).body as { reference: string };
    await drain(h);
    const [r1] = await rowsOf([one.reference]);
    await ownerRows(
      h,
      sql`insert into families (service_id, id, name, referral_id, referral_date) values (${demoId}, gen_random_uuid(), 'Fam', ${r1!.id}, current_date) returning id`,
    ).then(async ([f]) =>
      ownerRows(
        h,
        sql`update referrals set family_id = ${(f as { id: string }).id}, status = 'accepted' where service_id = ${demoId} and id = ${r1!.id} returning id`,
      ),
    );
    const two = (
      await post(
        professionalReferral({ parents: [{ name: 'Fam Ily', relationship: 'father', nhsNumber: '9990000026' }] }),
      )
    ).body as { reference: string };
    await drain(h);
    const [r2] = await rowsOf([two.reference]);
    expect(r2!.d).toEqual([expect.objectContaining({ kind: 'family', why: 'same NHS number' })]);
    const [stored] = await ownerRows<{
      s: Record<string, unknown>;
      source: string;
      route: string;
      k: string[];
      ev: number;
      au: number;
      processed: boolean;
    }>(
      h,
      sql`select r.submission as s, r.source, r.route,
            (select array_agg(key order by key) from referral_identities i where i.service_id = r.service_id and i.referral_id = r.id) as k,
            (select count(*)::int from referral_events e where e.service_id = r.service_id and e.referral_id = r.id and e.kind = 'received') as ev,
            (select count(*)::int from audit_events a where a.service_id = r.service_id and a.entity_id = r.id::text and a.action = 'referral.received') as au,
            (select processed_at is not null from referral_inbox i where i.service_id = r.service_id and i.submission_id = r.idempotency_key) as processed
          from referrals r where r.service_id = ${demoId} and r.reference = ${two.reference}`,
    );
    expect(stored).toMatchObject({
      source: 'health-visitor',
      route: 'professional',
      k: ['nhs:9990000026'],
      ev: 1,
      au: 1,
      processed: true,
    });
    expect(stored?.s).toMatchObject({ route: 'professional', referrer: { role: 'health-visitor' } });
    expect(stored!.s).not.toHaveProperty('submissionId');
    expect((await verifyAuditChains(h.database.db)).firstBreak).toBeNull();
  });
});
