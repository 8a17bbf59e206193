import { expect, test, type Page } from '@playwright/test';
import { errorSummary, expectAccessible, mainHeading } from './support/journeys';
import { REFER, dateParts, fillDate, referenceShown, uniqueSurname } from './support/referrals';

/** Fills in the whole professional referral form for a family with a baby born 30 days ago. */
async function fillProfessionalReferral(page: Page, surname: string): Promise<void> {
  await page.getByLabel('Your full name').fill('Hannah Visitor');
  await page.getByLabel('Your role').selectOption({ label: 'Health visitor' });
  await page.getByLabel('Your organisation').fill('Oxford Health visiting team');
  await page.getByLabel('Your work phone number').fill('01865 000000');
  await page.getByLabel('Your work email address').fill('hannah.visitor@example.org');

  await page.getByLabel('Full name of the parent or carer').fill(`Jo ${surname}`);
  await page.getByLabel('Father', { exact: true }).check();
  await page.getByLabel("The family's postcode (optional)").fill('OX4 1AB');
  await page.getByLabel('Yes', { exact: true }).first().check(); // the baby has been born
  await page.getByLabel("The baby's name").fill(`Max ${surname}`);
  await fillDate(page, "The baby's date of birth", dateParts(-30));

  await page.getByLabel('Their phone number (optional)').fill('07700 900456');
  await page.getByLabel('Phone call').check();
  await page.getByRole('group', { name: 'Is it safe to leave them a voicemail?' }).getByLabel('Yes').check();
  await page.getByRole('group', { name: 'Is it safe to send them text messages?' }).getByLabel('No').check();

  await page.getByLabel('A difficult birth or trauma').check();
  await page.getByRole('group', { name: 'Is anyone at immediate risk of harm?' }).getByLabel('No').check();
  await page.getByLabel('The family has agreed to this referral').check();
}

test('a health visitor refers a family and sees the reference', async ({ page }) => {
  const surname = uniqueSurname('Profref');
  await page.goto(REFER);
  await page.getByRole('link', { name: /I'm a professional/ }).click();
  await expect(mainHeading(page)).toContainText('Refer a family');
  await expect(page).toHaveTitle('Refer a family – Haven');
  await expectAccessible(page, 'professional referral');

  await fillProfessionalReferral(page, surname);
  await page.getByRole('button', { name: 'Send referral' }).click();
  await referenceShown(page);
  await expect(page.getByText('We will contact the family by phone call')).toBeVisible();
});

test('an NHS number that fails its check is shown in the error summary', async ({ page }) => {
  const surname = uniqueSurname('Nhscheck');
  await page.goto(`${REFER}/professional`);
  await fillProfessionalReferral(page, surname);
  await page.getByLabel("The baby's NHS number (optional)").fill('123 456 7890');
  await page.getByRole('button', { name: 'Send referral' }).click();

  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  const link = summary.getByRole('link', { name: 'This is not a valid NHS number: check the digits' });
  await expect(link).toHaveAttribute('href', '#baby-nhs-number');
  await expect(page.locator('#baby-nhs-number--error-message')).toContainText('not a valid NHS number');
  await expect(page).toHaveTitle('Error: Refer a family – Haven');
  await expectAccessible(page, 'professional referral with a bad NHS number');
  await link.click();
  await expect(page.getByLabel("The baby's NHS number (optional)")).toBeFocused();

  // A valid one (from the range reserved for testing) is taken.
  await page.getByLabel("The baby's NHS number (optional)").fill('999 000 0018');
  await page.getByRole('button', { name: 'Send referral' }).click();
  await referenceShown(page);
});
