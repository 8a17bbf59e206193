import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible } from './accessibility';

/** The demo service's public referral pages. */
export const REFER = '/s/demo/refer';

/** A run-unique surname, so the specs can run again against the same database. */
export const uniqueSurname = (base: string) =>
  `${base}${Date.now()
    .toString(36)
    .replace(/\d/g, (d) => 'abcdefghij'.charAt(Number(d)))}`;

/** A calendar date `days` from today (negative: in the past), as the day, month and year boxes take it. */
export function dateParts(days: number): { day: string; month: string; year: string } {
  const date = new Date(Date.now() + days * 86_400_000);
  return { day: String(date.getUTCDate()), month: String(date.getUTCMonth() + 1), year: String(date.getUTCFullYear()) };
}

/** Fills in an NHS.UK date input found by its legend. */
export async function fillDate(page: Page, legend: string, parts: { day: string; month: string; year: string }) {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(parts.day);
  await group.getByLabel('Month').fill(parts.month);
  await group.getByLabel('Year').fill(parts.year);
}

/** Clicks Continue and expects the next page's heading, focused as the page changes. */
export async function continueTo(page: Page, heading: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Continue' }).click();
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toContainText(heading);
}

/** The reference on the confirmation page, e.g. "K7PM-4QXR". */
export async function referenceShown(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Referral sent');
  const code = (await page.locator('.haven-reference [aria-hidden="true"]').textContent()) ?? '';
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expectAccessible(page, 'referral sent');
  return code;
}

/**
 * Nothing on the page is wider than the screen, once it has settled: after a resize the header's
 * script moves menu items that no longer fit under "More", a moment later.
 */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
    .toBeLessThanOrEqual(0);
}

/** Sends a self-referral through the public API, as the form would; answers with its reference. */
export async function seedReferral(request: APIRequestContext, parentName: string): Promise<string> {
  const born = dateParts(-45);
  const response = await request.post(
    `/api${REFER.replace('/s/', '/public/services/').replace('/refer', '')}/referrals`,
    {
      data: {
        route: 'self',
        submissionId: randomUUID(),
        parents: [{ name: parentName, relationship: 'mother', phone: '07700 900777', interpreterNeeded: false }],
        baby: {
          kind: 'born',
          name: `Baby ${parentName.split(' ').pop() ?? ''}`,
          dateOfBirth: `${born.year}-${born.month.padStart(2, '0')}-${born.day.padStart(2, '0')}`,
        },
        postcode: 'OX4 1AB',
        worries: ['bonding'],
        immediateRisk: false,
        consent: true,
        website: '',
      },
    },
  );
  expect(response.status()).toBe(201);
  return ((await response.json()) as { reference: string }).reference;
}
