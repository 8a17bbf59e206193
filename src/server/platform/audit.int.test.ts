import { sql } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { dbError, startHarness, withDemo, serviceId, type Harness } from '../../../test/harness';
import { verifyAuditChains } from './audit';

let h: Harness | null = null;
let demoId = '';
beforeEach(async () => {
  await h?.close();
  h = await startHarness();
  await withDemo(h);
  demoId = { id: await serviceId(h, 'demo') }.id;
});
afterAll(() => h?.close());

// Tampering needs the owner to drop the append-only trigger first: this is what an attacker with
// database access would do, and what verification must catch.
const tamper = async (h: Harness, statement: ReturnType<typeof sql>) => {
  await h.database.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
  await h.database.db.execute(statement);
  await h.database.db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
};

describe('audit chain', () => {
  it('verifies an untouched chain', async () => {
    if (!h) throw new Error('no harness');
    const result = await verifyAuditChains(h.database.db);
    expect(result.firstBreak).toBeNull();
    expect(result.events).toBeGreaterThan(10);
    expect(result.chains).toBe(3);
  });

  it('finds an altered event', async () => {
    if (!h) throw new Error('no harness');
    await tamper(
      h,
      sql`update audit_events set details = '{"role":"viewer"}' where service_id = ${demoId} and seq = 4`,
    );
    expect((await verifyAuditChains(h.database.db)).firstBreak).toEqual({
      serviceId: demoId,
      seq: 4,
      problem: 'its contents were altered',
    });
  });

  it('finds a removed event', async () => {
    if (!h) throw new Error('no harness');
    await tamper(h, sql`delete from audit_events where service_id = ${demoId} and seq = 3`);
    const brk = (await verifyAuditChains(h.database.db)).firstBreak;
    expect(brk).toMatchObject({ serviceId: demoId, seq: 4 });
    expect(brk?.problem).toMatch(/event 3 is missing/);
  });

  it('blocks updates and deletes even for the owner while the trigger stands', async () => {
    if (!h) throw new Error('no harness');
    expect(await dbError(h.database.db.execute(sql`delete from audit_events`))).toMatch(/append-only/);
  });
});
