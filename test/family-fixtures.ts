// Families for tests: referred through the public form, accepted and allocated as a coordinator would.
import { drain, type Client, type Harness } from './harness';
import { selfReferral } from './referral-fixtures';

type Person = { id: string; name: string; caseload: number };

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
