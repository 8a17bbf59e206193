import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditActions,
  drain,
  ownerRows,
  serviceId,
  startHarness,
  withDemo,
  type Harness,
} from '../../../../test/harness';
import { monthsAgo, professionalReferral, selfReferral } from '../../../../test/referral-fixtures';
import { sql } from 'drizzle-orm';

let h: Harness;
let demoId = '';
beforeAll(async () => {
  h = await startHarness({ HAVEN_PUBLIC_RATE_LIMIT: '1000' });
  await withDemo(h);
  demoId = await serviceId(h, 'demo');
});
afterAll(() => h.close());

const submit = async (body: unknown, slug = 'demo') => {
  const res = await h.client().post(`/api/public/services/${slug}/referrals`, body);
  await drain(h);
  return res;
};
const submitOnly = (body: unknown, slug = 'demo') => h.client().post(`/api/public/services/${slug}/referrals`, body);

describe('public referral forms', () => {
  it('describe the service without revealing anything about families', async () => {
    const res = await h.client().get('/api/public/services/demo');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Demo Parent-Infant Team', ageLimitMonths: 24, acceptPregnancy: true });
    expect(String(res.body.urgentHelpText)).toMatch(/999/);
    expect((await h.client().get('/api/public/services/nope')).status).toBe(404);
  });

  it('take a self-referral and answer a reference that reads aloud', async () => {
    const res = await submit(selfReferral());
    expect(res.status).toBe(201);
    expect(res.body.reference).toMatch(/^[34679ACDEFGHJKMNPQRTWXY]{4}-[34679ACDEFGHJKMNPQRTWXY]{4}$/);
    expect(res.body.eligibility).toBe('eligible');
    expect((await auditActions(h, demoId)).map((a) => a.action)).toContain('referral.received');
  });

  it('keep free text exactly as typed', async () => {
    const body = selfReferral({ details: '<script>alert(1)</script> & "quotes"' });
    await submit(body);
    const [row] = await ownerRows<{ details: string }>(
      h,
      sql`select submission->>'details' as details from referrals where idempotency_key = ${body.submissionId}`,
    );
    expect(row?.details).toBe('<script>alert(1)</script> & "quotes"');
  });

  it('take a professional referral with the referrer and consent', async () => {
    const res = await submit(professionalReferral());
    expect(res.status).toBe(201);
    const [row] = await ownerRows<{ source: string; route: string }>(
      h,
      sql`select source, route from referrals where reference = ${res.body.reference as string}`,
    );
    expect(row).toEqual({ source: 'health-visitor', route: 'professional' });
  });

  it('store a retried submission once and answer the same reference', async () => {
    const body = selfReferral();
    const [a, b] = await Promise.all([submitOnly(body), submitOnly(body)]);
    const c = await submit(body);
    expect(a.body.reference).toBe(b.body.reference);
    expect(c.body.reference).toBe(a.body.reference);
    const rows = await ownerRows(h, sql`select id from referrals where idempotency_key = ${body.submissionId}`);
    expect(rows).toHaveLength(1);
  });

  it('record an ineligible referral rather than turn it away', async () => {
    const res = await submit(selfReferral({ baby: { kind: 'born', name: 'Older', dateOfBirth: monthsAgo(30) } }));
    expect(res.status).toBe(201);
    expect(res.body.eligibility).toBe('ineligible');
  });

  it('accept and flag a possible duplicate (same NHS number)', async () => {
    await submit(professionalReferral());
    const again = await submit(professionalReferral());
    const [row] = await ownerRows<{ d: { why: string }[] }>(
      h,
      sql`select possible_duplicates as d from referrals where reference = ${again.body.reference as string}`,
    );
    expect(row?.d.map((x) => x.why)).toContain('same NHS number');
  });

  it('record an urgent-risk referral and say so', async () => {
    const res = await submit(selfReferral({ immediateRisk: true }));
    expect(res.status).toBe(201);
    expect(res.body.immediateRisk).toBe(true);
  });

  it('explain each invalid field', async () => {
    const res = await submit(
      selfReferral({
        parents: [{ name: '', relationship: 'mother', nhsNumber: '9434765918' }],
        baby: { kind: 'born', name: 'Future', dateOfBirth: '2999-01-01' },
        consent: false,
      }),
    );
    expect(res.status).toBe(400);
    const fields = res.body.fields as { path: string; message: string }[];
    const byPath = Object.fromEntries(fields.map((f) => [f.path, f.message]));
    expect(byPath['body.parents.0.name']).toBe('Enter their full name');
    expect(byPath['body.parents.0.nhsNumber']).toMatch(/not a valid NHS number/);
    expect(byPath['body.baby.dateOfBirth']).toMatch(/today or in the past/);
    expect(byPath['body.consent']).toMatch(/agree/);
  });

  it('refuse a due date more than 10 months away', async () => {
    const res = await submit(selfReferral({ baby: { kind: 'expected', dueDate: '2999-01-01' } }));
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.fields)).toMatch(/within the next 10 months/);
  });

  it('refuse a submission whose hidden honeypot field was filled', async () => {
    const body = selfReferral({ website: 'http://spam.example' });
    expect((await submit(body)).status).toBe(400);
    expect(await ownerRows(h, sql`select id from referrals where idempotency_key = ${body.submissionId}`)).toHaveLength(
      0,
    );
  });
});

describe('public form rate limit', () => {
  it('limits submissions per address', async () => {
    const limited = await startHarness({ HAVEN_PUBLIC_RATE_LIMIT: '2' });
    try {
      await withDemo(limited);
      const send = () => limited.client().post('/api/public/services/demo/referrals', selfReferral());
      const statuses = [(await send()).status, (await send()).status, (await send()).status];
      expect(statuses).toEqual([201, 201, 429]);
    } finally {
      await limited.close();
    }
  });
});
