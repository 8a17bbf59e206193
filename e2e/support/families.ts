import { expect, request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { DEMO } from './journeys';
import { seedReferral } from './referrals';

/** An API session of its own (not the page's), signed in as a demo account with one service. */
async function apiSession(baseURL: string, email: string, password: string) {
  const context = await playwrightRequest.newContext({ baseURL });
  expect((await context.post('/api/auth/sign-in', { data: { email, password } })).status()).toBe(200);
  const session = (await (await context.get('/api/auth/session')).json()) as {
    csrfToken: string;
    services: { id: string }[];
  };
  const headers = { 'x-csrf-token': session.csrfToken };
  const only = session.services[0];
  if (only) await context.post('/api/auth/service', { data: { serviceId: only.id }, headers });
  return { context, headers };
}

/**
 * A family referred by `parentName`, accepted and allocated to the demo practitioner through the
 * API, as a coordinator would do it in the browser. Answers the family's id.
 */
export async function seedAllocatedFamily(request: APIRequestContext, baseURL: string, parentName: string) {
  const reference = await seedReferral(request, parentName);
  const { context, headers } = await apiSession(baseURL, DEMO.coordinator.email, DEMO.coordinator.password);
  try {
    let item: { id: string; reference: string } | undefined;
    // The public submission becomes a referral moments later; opening the queue makes it happen.
    await expect(async () => {
      const queue = (await (await context.get('/api/referrals?status=new')).json()) as {
        referrals: { id: string; reference: string }[];
      };
      item = queue.referrals.find((r) => r.reference === reference);
      expect(item).toBeDefined();
    }).toPass();
    const id = item?.id ?? '';
    const referral = (await (await context.get(`/api/referrals/${id}`)).json()) as { version: number };
    const accepted = await context.post(`/api/referrals/${id}/decision`, {
      data: { decision: 'accept', priority: 'routine', version: referral.version },
      headers,
    });
    expect(accepted.status()).toBe(200);
    const { familyId } = (await accepted.json()) as { familyId: string };
    const people = (await (await context.get('/api/allocatable')).json()) as { people: { id: string; name: string }[] };
    const practitioner = people.people.find((p) => p.name === DEMO.practitioner.name);
    const allocated = await context.post(`/api/families/${familyId}/allocation`, {
      data: { practitionerId: practitioner?.id, version: 1 },
      headers,
    });
    expect(allocated.status()).toBe(200);
    return familyId;
  } finally {
    await context.dispose();
  }
}
