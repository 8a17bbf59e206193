import { expect, test, type Page } from '@playwright/test';
import { DEMO, errorSummary, expectAccessible, mainHeading, signIn } from './support/journeys';
import { uniqueSurname } from './support/referrals';

async function openReferralSettings(page: Page): Promise<void> {
  await signIn(page, DEMO.admin.email, DEMO.admin.password);
  await page.getByLabel(DEMO.service).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Admin' }).click();
  await page.getByRole('link', { name: 'Change the referral settings' }).click();
  await expect(mainHeading(page)).toContainText('Referral settings');
}

test('an admin adds a service to signpost to, after putting a mistake right', async ({ page }) => {
  const signpost = `Baby group ${uniqueSurname('Drop')}`;
  await openReferralSettings(page);
  await expectAccessible(page, 'referral settings');

  const areas = page.getByLabel('Postcode areas you cover');
  await areas.fill('OX4\nnot a postcode');
  const signposts = page.getByLabel('Services to signpost to');
  await signposts.fill(`${await signposts.inputValue()}\n${signpost} | Tuesdays at the library`);
  await page.getByRole('button', { name: 'Save referral settings' }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page).getByRole('link', { name: /Line 2, "not a postcode"/ })).toHaveAttribute(
    'href',
    '#postcodeAreas',
  );
  await expectAccessible(page, 'referral settings with a problem');

  await areas.fill('');
  await page.getByRole('button', { name: 'Save referral settings' }).click();
  await expect(page.getByRole('heading', { name: 'Referral settings saved' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Services to signpost to')).toHaveValue(new RegExp(`${signpost} \\| Tuesdays`));
});

test('settings saved from a stale page are refused, and can be reloaded', async ({ page, browser }) => {
  await openReferralSettings(page);

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await openReferralSettings(otherPage);
  await otherPage.getByRole('button', { name: 'Save referral settings' }).click();
  await expect(otherPage.getByRole('heading', { name: 'Referral settings saved' })).toBeVisible();
  await other.close();

  await page.getByLabel('Target wait').fill('19');
  await page.getByRole('button', { name: 'Save referral settings' }).click();
  await expect(errorSummary(page)).toContainText(/changed|someone else/i);
  await expect(page.getByLabel('Target wait')).toHaveValue('19'); // what was typed stays
  await expectAccessible(page, 'referral settings conflict');
  await page.getByRole('button', { name: 'Reload the saved settings' }).click();
  await expect(page.getByLabel('Target wait')).toHaveValue('18');
});
