import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbError, startHarness, withDemo, serviceId, type Harness } from '../../../test/harness';
import { inScope, queryRows } from './db';

let h: Harness;
let demoId = '';
let otherId = '';
beforeAll(async () => {
  h = await startHarness();
  ({ otherId } = await withDemo(h));
  demoId = { id: await serviceId(h, 'demo') }.id;
});
afterAll(() => h.close());

const count = async (serviceId: string | null, table: 'memberships' | 'audit_events') =>
  inScope(h.database.db, { serviceId, userId: null }, async (tx) => {
    const [row] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from ${sql.identifier(table)}`);
    return row?.n;
  });

describe('row-level security', () => {
  it('runs app transactions as haven_app, which owns no table', async () => {
    const res = await inScope(h.database.db, { serviceId: null, userId: null }, (tx) =>
      queryRows(
        tx,
        sql`select current_user as who, (select count(*)::int from pg_tables where schemaname = 'public' and tableowner = current_user) as owned`,
      ),
    );
    expect(res[0]).toEqual({ who: 'haven_app', owned: 0 });
  });

  it('shows no service-owned rows when no service is set', async () => {
    expect(await count(null, 'memberships')).toBe(0);
    expect(await count(null, 'audit_events')).toBe(0);
  });

  it("shows a service only its own rows, even when a query asks for another's", async () => {
    const demoMembers = await count(demoId, 'memberships');
    const otherMembers = await count(otherId, 'memberships');
    expect(demoMembers).toBe(8); // one per role, and two more practitioners
    expect(otherMembers).toBe(2);
    const leaked = await inScope(h.database.db, { serviceId: demoId, userId: null }, (tx) =>
      queryRows<{ n: number }>(tx, sql`select count(*)::int as n from memberships where service_id = ${otherId}`),
    );
    expect(leaked[0]?.n).toBe(0);
  });

  it("refuses to write a row into another service's data", async () => {
    expect(
      await dbError(
        inScope(h.database.db, { serviceId: demoId, userId: null }, (tx) =>
          tx.execute(
            sql`insert into memberships (service_id, id, user_id, role) select ${otherId}, gen_random_uuid(), id, 'admin' from users limit 1`,
          ),
        ),
      ),
    ).toMatch(/row-level security/);
  });

  it('lets nobody in the app rewrite or remove audit events', async () => {
    expect(
      await dbError(
        inScope(h.database.db, { serviceId: demoId, userId: null }, (tx) => tx.execute(sql`delete from audit_events`)),
      ),
    ).toMatch(/permission denied/);
    expect(
      await dbError(
        inScope(h.database.db, { serviceId: demoId, userId: null }, (tx) =>
          tx.execute(sql`update audit_events set action = 'x'`),
        ),
      ),
    ).toMatch(/permission denied/);
  });
});
