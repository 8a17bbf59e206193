import { expect, test, type Page } from '@playwright/test';
import { DEMO, errorSummary, expectAccessible, mainHeading, menu, signIn, signOut } from './support/journeys';
import { seedReferral, uniqueSurname } from './support/referrals';

const COORDINATOR = { email: 'coordinator@demo.haven.test', password: 'demo-coordinator-password' };

/** Signs in as the coordinator and opens a referral from the triage queue by its reference. */
async function openFromQueue(page: Page, reference: string): Promise<void> {
  await signIn(page, COORDINATOR.email, COORDINATOR.password);
  await expect(mainHeading(page)).toContainText('Welcome, Cal Coordinator');
  await menu(page).getByRole('link', { name: 'Referrals' }).click();
  await expect(mainHeading(page)).toContainText('Referrals');
  const row = page.getByRole('row', { name: new RegExp(reference) });
  await expect(row).toContainText('Eligible');
  await expectAccessible(page, 'triage queue');
  await row.getByRole('link', { name: reference }).click();
  await expect(mainHeading(page)).toContainText(`Referral ${reference}`);
}

test('a coordinator accepts a new referral and allocates it; the practitioner sees it in their caseload', async ({
  page,
  request,
}) => {
  const parent = `Tia ${uniqueSurname('Triage')}`;
  const reference = await seedReferral(request, parent);

  await openFromQueue(page, reference);
  await expect(page.getByText(parent).first()).toBeVisible();
  await expectAccessible(page, 'referral');

  await page.getByLabel('Accept onto the waiting list').check();
  await page.getByRole('radio', { name: 'Priority', exact: true }).check();
  await page.getByLabel('Note (optional)').fill('Seen at the baby clinic; keen to start.');
  await page.getByRole('button', { name: 'Save decision' }).click();
  await expect(page.getByRole('heading', { name: 'Referral accepted' })).toBeVisible();
  await expect(page.locator('.nhsuk-tag', { hasText: 'Accepted' })).toBeVisible();
  await expect(page.getByText('Seen at the baby clinic; keen to start.')).toBeVisible(); // in the history
  await expectAccessible(page, 'referral accepted');

  await menu(page).getByRole('link', { name: 'Waiting list' }).click();
  await expect(mainHeading(page)).toContainText('Waiting list');
  await expect(page.getByText('Target: 18 weeks')).toBeVisible();
  await expectAccessible(page, 'waiting list');
  const row = page.getByRole('row', { name: new RegExp(reference) });
  await expect(row).toContainText('Priority');
  await row.getByRole('link', { name: /Allocate/ }).click();
  await expect(mainHeading(page)).toContainText(`Allocate ${reference}`);
  await expectAccessible(page, 'allocate');

  await page.getByRole('button', { name: 'Allocate' }).click();
  await expect(errorSummary(page)).toContainText('Choose a practitioner');
  const practitioner = page.getByLabel('Practitioner', { exact: true });
  const priya = await practitioner.locator('option', { hasText: DEMO.practitioner.name }).getAttribute('value');
  await practitioner.selectOption(priya ?? '');
  await page.getByRole('button', { name: 'Allocate' }).click();
  await expect(
    page.getByRole('heading', { name: `${reference} is allocated to ${DEMO.practitioner.name}` }),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(reference) })).toHaveCount(0);
  await expectAccessible(page, 'allocated');
  await signOut(page);

  await signIn(page, DEMO.practitioner.email, DEMO.practitioner.password);
  await menu(page).getByRole('link', { name: 'Your caseload' }).click();
  await expect(mainHeading(page)).toContainText('Your caseload');
  await expect(page.getByRole('row', { name: new RegExp(reference) })).toContainText(parent);
  await expectAccessible(page, 'caseload');
});

test('a coordinator declines a referral with a reason', async ({ page, request }) => {
  const parent = `Lee ${uniqueSurname('Decline')}`;
  const reference = await seedReferral(request, parent);
  await openFromQueue(page, reference);

  await page.getByLabel('Decline').check();
  await page.getByRole('button', { name: 'Save decision' }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page).getByRole('link', { name: 'Choose a reason for declining' })).toHaveAttribute(
    'href',
    '#reasonCode',
  );
  await expectAccessible(page, 'decline without a reason');

  await page.getByLabel('Reason').selectOption({ label: 'Family lives outside the area' });
  await page.getByRole('button', { name: 'Save decision' }).click();
  await expect(page.getByRole('heading', { name: 'Referral declined' })).toBeVisible();
  await expect(page.getByText('Reason: Family lives outside the area')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save decision' })).toHaveCount(0);
  await expectAccessible(page, 'referral declined');
});

test('a decision made from a stale page is refused, keeping the note typed', async ({ page, browser, request }) => {
  const reference = await seedReferral(request, `Kit ${uniqueSurname('Conflict')}`);
  await openFromQueue(page, reference);

  // Another coordinator decides first.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await openFromQueue(otherPage, reference);
  await otherPage.getByLabel('Ask for more information').check();
  await otherPage.getByLabel('What information is needed?').fill('The GP details, please.');
  await otherPage.getByRole('button', { name: 'Save decision' }).click();
  // The success banner (the history below it gains an entry of the same name).
  await expect(
    otherPage.getByRole('alert', { name: 'Success' }).getByRole('heading', { name: 'More information requested' }),
  ).toBeVisible();
  await other.close();

  await page.getByLabel('Accept onto the waiting list').check();
  await page.getByRole('radio', { name: 'Routine' }).check();
  await page.getByLabel('Note (optional)').fill('My note stays.');
  await page.getByRole('button', { name: 'Save decision' }).click();
  await expect(errorSummary(page)).toContainText('Someone else decided this referral');
  await expect(page.getByLabel('Note (optional)')).toHaveValue('My note stays.');
  await expectAccessible(page, 'decision conflict');

  await page.getByRole('button', { name: 'Reload the referral' }).click();
  await expect(page.locator('.nhsuk-tag', { hasText: 'More information requested' })).toBeVisible();
  await expect(page.getByText('The GP details, please.')).toBeVisible();
});
