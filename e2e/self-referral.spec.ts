import { expect, test, type Page } from '@playwright/test';
import {
  REFER,
  continueTo,
  dateParts,
  expectNoSidewaysScroll,
  fillDate,
  referenceShown,
  uniqueSurname,
} from './support/referrals';
import { errorSummary, expectAccessible, mainHeading } from './support/journeys';

test.use({ viewport: { width: 375, height: 812 } });

/** From the front door to the first page of the self-referral. */
async function startSelfReferral(page: Page): Promise<void> {
  await page.goto(REFER);
  await expect(mainHeading(page)).toContainText('Get support for you and your baby');
  await expect(page.getByText('free and confidential')).toBeVisible();
  await page.getByRole('link', { name: "I'm a parent or carer" }).click();
  await expect(mainHeading(page)).toContainText('About you');
}

async function aboutYou(page: Page, name: string): Promise<void> {
  await page.getByLabel('Your full name').fill(name);
  await page.getByLabel('Mother', { exact: true }).check();
  await fillDate(page, 'Your date of birth (optional)', { day: '14', month: '2', year: '1994' });
  await page.getByLabel('Your postcode (optional)').fill('ox4 1ab');
}

async function babyBorn(page: Page, name: string): Promise<void> {
  await page.getByLabel('Yes', { exact: true }).check();
  await page.getByLabel("Your baby's name").fill(name);
  await fillDate(page, "Your baby's date of birth", dateParts(-60));
}

async function worriesAndContact(page: Page): Promise<void> {
  await page.getByLabel('Bonding with the baby').check();
  await page.getByLabel('Is there anything else you would like to tell us? (optional)').fill('I feel <b>far</b> away.');
  await continueTo(page, /How can we contact you safely/);
  await page.getByLabel('Your phone number (optional)').fill('07700 900123');
  await page.getByLabel('Text message').check();
  await page.getByRole('group', { name: 'Is it safe for us to leave you a voicemail?' }).getByLabel('No').check();
  await page.getByRole('group', { name: 'Is it safe for us to send you text messages?' }).getByLabel('Yes').check();
}

test('a parent refers themselves on a phone and sees their reference', async ({ page }) => {
  const surname = uniqueSurname('Selfton');
  await startSelfReferral(page);
  await expectAccessible(page, 'start at 375px');

  // Nothing filled in: the error summary says what to do, and takes focus.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page).getByRole('link', { name: 'Enter your full name' })).toHaveAttribute(
    'href',
    '#parent-name',
  );
  await expect(page).toHaveTitle('Error: About you – Haven');
  await expectAccessible(page, 'about you with problems');

  await aboutYou(page, `Sam ${surname}`);
  await continueTo(page, /Your baby/);
  await babyBorn(page, `Robin ${surname}`);
  await expectAccessible(page, 'your baby');
  await continueTo(page, /What is worrying you/);
  await expectAccessible(page, 'worries');
  await worriesAndContact(page);
  await expectAccessible(page, 'contact');
  await continueTo(page, /Is anyone at immediate risk of harm/);
  await page.getByLabel('No', { exact: true }).check();
  await continueTo(page, /Check your answers/);
  await expect(page.getByText(`Sam ${surname}`)).toBeVisible();
  await expect(page.getByText('I feel <b>far</b> away.')).toBeVisible(); // shown as typed, never as markup
  await expectAccessible(page, 'check your answers');
  await expectNoSidewaysScroll(page);

  // A change from check your answers comes back to it.
  await page.getByRole('link', { name: 'Change your postcode' }).click();
  await page.getByLabel('Your postcode (optional)').fill('OX4 2AB');
  await continueTo(page, /Check your answers/);
  await expect(page.getByText('OX4 2AB')).toBeVisible();

  await page.getByRole('button', { name: 'Send referral' }).click();
  await expect(errorSummary(page)).toContainText('Tick the box to agree');
  await page.getByLabel(/I agree to Demo Parent-Infant Team/).check();
  await page.getByRole('button', { name: 'Send referral' }).click();
  await referenceShown(page);
  await expect(page.getByText('We will contact you by text message')).toBeVisible();
  await expectNoSidewaysScroll(page);

  // The answers were removed from this device once sent.
  await page.goto(`${REFER}/self`);
  await expect(page.getByLabel('Your full name')).toHaveValue('');
});

test('a reload in the middle of the form keeps the answers', async ({ page }) => {
  const surname = uniqueSurname('Reload');
  await startSelfReferral(page);
  await aboutYou(page, `Kim ${surname}`);
  await continueTo(page, /Your baby/);
  await page.getByLabel('No, the baby is not born yet').check();
  await fillDate(page, 'Due date', dateParts(90));

  await page.reload();
  await expect(mainHeading(page)).toContainText('Your baby');
  await expect(page.getByLabel('No, the baby is not born yet')).toBeChecked();
  await expect(page.getByRole('group', { name: 'Due date' }).getByLabel('Year')).toHaveValue(dateParts(90).year);
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.getByLabel('Your full name')).toHaveValue(`Kim ${surname}`);
  await expect(page.getByLabel('Mother', { exact: true })).toBeChecked();
});

test('someone at immediate risk is shown where to get help now, and can still send the referral', async ({ page }) => {
  const surname = uniqueSurname('Risk');
  await startSelfReferral(page);
  await aboutYou(page, `Alex ${surname}`);
  await continueTo(page, /Your baby/);
  await babyBorn(page, `Bo ${surname}`);
  await continueTo(page, /What is worrying you/);
  await page.getByLabel('Feeling low or anxious').check();
  await page.getByLabel('Something else').check();
  await page.getByLabel('Tell us what else is worrying you').fill('Not sleeping at all');
  await continueTo(page, /How can we contact you safely/);
  await page.getByLabel('Your email address (optional)').fill(`${surname.toLowerCase()}@example.org`);
  await page.getByLabel('Email', { exact: true }).check();
  await continueTo(page, /Is anyone at immediate risk of harm/);
  await page.getByLabel('Yes', { exact: true }).check();
  await continueTo(page, 'Get help now');
  const urgent = page.locator('.nhsuk-card--care--urgent');
  await expect(urgent).toContainText('call 999');
  await expectAccessible(page, 'get help now');

  await page.getByRole('button', { name: 'Continue to send your referral' }).click();
  await expect(mainHeading(page)).toContainText('Check your answers');
  await page.getByLabel(/I agree to Demo Parent-Infant Team/).check();
  await page.getByRole('button', { name: 'Send referral' }).click();
  await referenceShown(page);
  await expect(page.locator('.nhsuk-card--care--urgent')).toContainText('call 999');
});
