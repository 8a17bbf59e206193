// Families for tests: referred through the public form, accepted and allocated as a coordinator would.
import { todayInLondon } from '../src/core/dates';
import { addMemberTo, drain, serviceId, startHarness, withDemo, type Client, type Harness } from './harness';
import { selfReferral } from './referral-fixtures';

type Person = { id: string; name: string; caseload: number };

/**
 * A harness with the demo data and the other service, for tests of the family record: public
 * referrals are not rate limited. Answers it with the demo service's id.
 */
export async function startFamilyHarness(): Promise<{ h: Harness; demoId: string }> {
  const h = await startHarness({ HAVEN_PUBLIC_RATE_LIMIT: '1000' });
  await withDemo(h);
  return { h, demoId: await serviceId(h, 'demo') };
}

/** The membership id of the allocatable member called `name` (e.g. 'Priya Practitioner'). */
export async function memberNamed(coordinator: Client, name: string): Promise<string> {
  const res = await coordinator.get<{ people: Person[] }>('/api/allocatable');
  const person = res.body.people.find((p) => p.name === name);
  if (!person) throw new Error(`${name} cannot be allocated families`);
  return person.id;
}

/**
 * A new family in the demo service, accepted from a self-referral (`over` changes the form) and, unless
 * `practitioner` is null, allocated to that member. Answers the family's id.
 */
export async function newFamily(
  h: Harness,
  coordinator: Client,
  {
    over = {},
    practitioner = 'Priya Practitioner',
  }: { over?: Record<string, unknown>; practitioner?: string | null } = {},
): Promise<string> {
  const sent = await h.client().post<{ reference: string }>('/api/public/services/demo/referrals', selfReferral(over));
  if (sent.status !== 201) throw new Error(`referral answered ${sent.status}: ${JSON.stringify(sent.body)}`);
  await drain(h);
  const queue = await coordinator.get<{ referrals: { id: string; reference: string }[] }>('/api/referrals?status=new');
  const item = queue.body.referrals.find((r) => r.reference === sent.body.reference);
  if (!item) throw new Error(`${sent.body.reference} is not in the triage queue`);
  const referral = await coordinator.get<{ version: number }>(`/api/referrals/${item.id}`);
  const accepted = await coordinator.post<{ familyId: string }>(`/api/referrals/${item.id}/decision`, {
    decision: 'accept',
    priority: 'routine',
    version: referral.body.version,
  });
  if (accepted.status !== 200) throw new Error(`accept answered ${accepted.status}: ${JSON.stringify(accepted.body)}`);
  const familyId = accepted.body.familyId;
  if (practitioner) {
    const practitionerId = await memberNamed(coordinator, practitioner);
    const allocated = await coordinator.post(`/api/families/${familyId}/allocation`, { practitionerId, version: 1 });
    if (allocated.status !== 200) throw new Error(`allocation answered ${allocated.status}`);
  }
  return familyId;
}

/** The accounts the tests sign in with: the demo service's, and the other service's practitioner. */
const ACCOUNTS = {
  coordinator: ['coordinator@demo.haven.test', 'demo-coordinator-password'],
  practitioner: ['practitioner@demo.haven.test', 'demo-practitioner-password'],
  manager: ['manager@demo.haven.test', 'demo-manager-password'],
  viewer: ['viewer@demo.haven.test', 'demo-viewer-password'],
  admin: ['admin@demo.haven.test', 'demo-admin-password'],
  trainer: ['trainer@demo.haven.test', 'demo-trainer-password'],
  otherPractitioner: ['prac@other.test', 'other-prac-password'],
} as const;

export function signInAs(h: Harness, who: keyof typeof ACCOUNTS): Promise<Client> {
  const [email, password] = ACCOUNTS[who];
  return h.signedIn(email, password);
}

/**
 * Another practitioner of the demo service, signed in: at first allocated no families. `email`
 * and `password` are made from the first word of `displayName` ("Sam Second": sam@demo.haven.test).
 */
export async function addPractitioner(h: Harness, displayName: string): Promise<Client> {
  const first = (displayName.split(' ')[0] ?? displayName).toLowerCase();
  const email = `${first}@demo.haven.test`;
  const password = `${first}-password-long`;
  await addMemberTo(h, 'demo', { email, displayName, role: 'practitioner', password });
  return h.signedIn(email, password);
}

/** Today in London plus `n` days (n may be negative), as YYYY-MM-DD. */
export const dayFromToday = (n: number) =>
  new Date(Date.parse(`${todayInLondon()}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
