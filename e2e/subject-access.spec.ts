import { expect, test, type Locator, type Page } from '@playwright/test';
import { seedAllocatedFamily } from './support/families';
import { DEMO, expectAccessible, mainHeading, signInAs } from './support/journeys';
import { uniqueSurname } from './support/referrals';
import { screenshots } from './support/screenshots';

/** Set SAR_SHOTS=<folder> to keep screenshots of each page state, 1280 and 375 wide. */
const { pageState, shot } = screenshots(process.env.SAR_SHOTS, {
  height: 900,
  slices: [
    [1280, 1300],
    [375, 1100],
  ],
});

const item = (page: Page, heading: string | RegExp): Locator =>
  page.locator('.haven-sar__item').filter({ has: page.getByRole('heading', { level: 3, name: heading }) });

test('a manager prepares a subject access request, marking other people for redaction', async ({
  page,
  request,
  baseURL,
}) => {
  const surname = uniqueSurname('Access');
  const parent = `Ada ${surname}`;
  const baby = `Baby ${surname}`;
  const familyId = await seedAllocatedFamily(request, baseURL ?? '', parent);

  await signInAs(page, DEMO.manager);

  await page.goto(`/families/${familyId}/subject-access`);
  await expect(mainHeading(page)).toContainText('Subject access requests');
  await pageState(page, 'subject-access-index');

  await page.getByRole('link', { name: `${parent} (parent or carer)` }).click();
  await expect(mainHeading(page)).toContainText(`Subject access: ${parent}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Personal details' })).toBeVisible();
  await expect(page.getByText('Other people named in this record:')).toBeVisible();
  await expect(page.locator('.haven-sar__no-print').getByRole('listitem').filter({ hasText: baby })).toBeVisible();
  await pageState(page, 'subject-access-document');

  // The referral names the baby: marking it blacks the name out there, and nowhere else.
  const referral = item(page, /^Referral /);
  await expect(referral).toContainText(baby);
  await expect(referral.locator('.haven-redacted')).toHaveCount(0);
  await referral.getByRole('checkbox', { name: /Mark other people's details for redaction/ }).check();
  await expect(referral.locator('.haven-redacted').first()).toBeVisible();
  const hidden = referral.locator('.haven-redacted__text').filter({ hasText: baby });
  await expect(hidden.first()).toBeHidden();
  await expect(referral.getByText('(name marked for redaction)').first()).toBeAttached();
  await expect(item(page, 'Parent or carer: this record')).toContainText(baby);
  await pageState(page, 'subject-access-marked');

  await referral.getByRole('checkbox', { name: /Mark other people's details for redaction/ }).uncheck();
  await expect(referral.locator('.haven-redacted')).toHaveCount(0);
  await referral.getByRole('checkbox', { name: /Mark other people's details for redaction/ }).check();

  const download = page.getByRole('link', { name: 'Download as JSON' });
  await expect(download).toHaveAttribute('href', /^blob:/);
  await expect(download).toHaveAttribute('download', 'subject-access.json');

  // Printed, it is the document alone: no header, record banner, navigation or reviewer's aids.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.nhsuk-header')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Family record' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(referral.getByRole('checkbox')).toBeHidden();
  await expect(referral.locator('.haven-redacted').first()).toBeVisible();
  await expect(mainHeading(page)).toBeVisible();
  await shot(page, 'subject-access-print');
  await page.emulateMedia({ media: 'screen' });
});

test('a practitioner is told that a manager prepares subject access requests', async ({ page, request, baseURL }) => {
  const parent = `Bo ${uniqueSurname('Access')}`;
  const familyId = await seedAllocatedFamily(request, baseURL ?? '', parent);
  await signInAs(page, DEMO.practitioner);
  await page.goto(`/families/${familyId}/subject-access`);
  await expect(page.getByText('Subject access requests are prepared by a manager.')).toBeVisible();
  await expectAccessible(page, 'subject-access-index-practitioner');
});
