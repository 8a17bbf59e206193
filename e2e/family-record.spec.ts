import { expect, test, type Locator, type Page } from '@playwright/test';
import { seedAllocatedFamily } from './support/families';
import {
  DEMO,
  errorSummary,
  mainHeading,
  recordNav,
  signIn,
  signInAs,
  signOut,
  successBanner,
} from './support/journeys';
import { dateParts, fillDate, uniqueSurname } from './support/referrals';
import { screenshots } from './support/screenshots';

/** Set FAMILY_SHOTS=<folder> to keep screenshots of each page state, 1280 and 375 wide. */
const { pageState } = screenshots(process.env.FAMILY_SHOTS, {
  height: 812,
  slices: [
    [1280, 1400],
    [375, 1000],
  ],
});

const card = (page: Page, heading: string | RegExp): Locator =>
  page.locator('.nhsuk-card').filter({ has: page.getByRole('heading', { level: 3, name: heading }) });

async function openRecord(page: Page, familyId: string, parent: string) {
  await page.goto(`/families/${familyId}`);
  await expect(mainHeading(page)).toContainText('Overview');
  await expect(page.getByRole('region', { name: 'About this family' })).toContainText(parent);
}

test('a practitioner keeps the family record up to date', async ({ page, request, baseURL }) => {
  const surname = uniqueSurname('Record');
  const parent = `Ada ${surname}`;
  const familyId = await seedAllocatedFamily(request, baseURL ?? '', parent);

  await signInAs(page, DEMO.practitioner);
  await openRecord(page, familyId, parent);
  await expect(card(page, parent)).toContainText('Mother of Baby');
  await expect(card(page, parent)).toContainText('07700 900777');
  await expect(card(page, `Baby ${surname}`)).toContainText('Date of birth');
  await expect(recordNav(page).getByRole('link', { name: 'Case notes' })).toBeVisible();
  await pageState(page, 'overview');

  // A second carer, whom it is not safe to leave voicemails or texts for.
  await page.getByRole('link', { name: 'Add a parent or carer' }).click();
  await expect(mainHeading(page)).toContainText('Add a parent or carer');
  await expect(mainHeading(page)).toBeFocused(); // a page of its own, though the path stays the same
  await page.getByRole('button', { name: 'Add parent or carer' }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page).getByRole('link', { name: 'Enter their full name' })).toHaveAttribute(
    'href',
    '#name',
  );
  await expect(errorSummary(page)).toContainText('Say whether they need an interpreter');
  await pageState(page, 'add-carer-problems');

  const second = `Sam ${surname}`;
  await page.getByLabel('Full name').fill(second);
  await page.getByLabel(`Relationship to Baby ${surname}`).selectOption({ label: 'Father' });
  await page.getByLabel('Phone (optional)').fill('07700 900123');
  await page.getByLabel('Text message', { exact: true }).check();
  await page.getByRole('group', { name: 'Is it safe to leave them a voicemail?' }).getByLabel('No').check();
  await page.getByRole('group', { name: 'Is it safe to send them text messages?' }).getByLabel('No').check();
  await page.getByLabel('Language they prefer (optional)').fill('Polish');
  await page.getByRole('group', { name: 'Do they need an interpreter?' }).getByLabel('Yes').check();
  await page.getByRole('group', { name: 'Have they consented to working with the service?' }).getByLabel('Yes').check();
  await page.getByRole('button', { name: 'Add parent or carer' }).click();
  await expect(successBanner(page)).toContainText(`${second} is added to the record`);
  await expect(successBanner(page)).toBeFocused();
  const sam = card(page, second);
  await expect(sam.locator('.nhsuk-tag', { hasText: 'Do not leave voicemail' })).toBeVisible();
  await expect(sam.locator('.nhsuk-tag', { hasText: 'Do not text' })).toBeVisible();
  await expect(sam.locator('.nhsuk-tag', { hasText: 'Needs an interpreter: Polish' })).toBeVisible();
  await expect(sam).toContainText(`Father of Baby ${surname}`);
  await expect(sam).toContainText('Text message');
  await pageState(page, 'carer-added');

  // A professional around the family.
  await page.getByRole('link', { name: 'Add a professional' }).click();
  await expect(mainHeading(page)).toContainText('Add a professional');
  await page.getByLabel('Health visitor').check();
  await page.getByLabel('Name', { exact: true }).fill('Hana Visitor');
  await page.getByLabel('Organisation or team (optional)').fill('East Oxford health visiting');
  await page.getByLabel('Phone (optional)').fill('01865 900100');
  await pageState(page, 'add-professional');
  await page.getByRole('button', { name: 'Add professional' }).click();
  await expect(successBanner(page)).toContainText('Hana Visitor is added');
  const professionals = page.getByRole('region', { name: 'Professionals around the family' });
  await expect(professionals.locator('.nhsuk-summary-list__row', { hasText: 'Health visitor' })).toContainText(
    'East Oxford health visiting',
  );

  // A pregnancy, then its birth: born early, so the age is corrected too.
  await page.getByRole('link', { name: 'Add a baby or pregnancy' }).click();
  await page.getByLabel('No, this is a pregnancy').check();
  await fillDate(page, 'Due date', dateParts(56));
  await page.getByRole('button', { name: 'Add to the record' }).click();
  await expect(successBanner(page)).toContainText('The pregnancy is added');
  await expect(page.getByRole('heading', { name: 'Babies and pregnancy' })).toBeVisible();
  await card(page, 'Pregnancy')
    .getByRole('link', { name: /Record the birth/ })
    .click();
  await expect(mainHeading(page)).toContainText('Record the birth');
  await pageState(page, 'record-birth');
  const robin = `Robin ${surname}`;
  await page.getByLabel("Baby's name").fill(robin);
  await fillDate(page, 'Date of birth', dateParts(-1));
  await page.getByLabel('Weeks of pregnancy at birth (optional)').fill('31');
  await page.getByRole('button', { name: 'Record the birth' }).click();
  await expect(successBanner(page)).toContainText(`The birth of ${robin} is recorded`);
  await expect(card(page, robin)).toContainText('corrected age');
  await expect(card(page, robin)).toContainText('31 weeks (preterm)');

  // The care setting and key dates, with the days between them.
  await page.getByRole('link', { name: 'Change the care setting and key dates' }).click();
  await expect(mainHeading(page)).toContainText('Change the care setting and key dates');
  await expect(page.getByRole('group', { name: 'Placement start (optional)' })).toHaveCount(0);
  await page.getByLabel('Kinship care').check();
  await fillDate(page, 'Placement start (optional)', dateParts(-30));
  await fillDate(page, 'First contact (optional)', dateParts(0));
  await fillDate(page, 'Assessment (optional)', dateParts(2));
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(errorSummary(page)).toContainText('The assessment must be today or in the past');
  await pageState(page, 'key-dates-problems');
  await fillDate(page, 'Assessment (optional)', dateParts(0));
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(successBanner(page)).toContainText('The care setting and key dates are saved');
  const keyDates = page.getByRole('region', { name: 'Care setting and key dates' });
  await expect(keyDates).toContainText('Kinship care');
  await expect(keyDates.locator('.nhsuk-summary-list__row', { hasText: 'Placement' })).toContainText('From ');
  await expect(keyDates).toContainText('the same day as the referral');
  await expect(keyDates).toContainText('the same day as first contact');
  await pageState(page, 'overview-updated');
});

test('a coordinator sees how to contact the family but not the case notes', async ({ page, request, baseURL }) => {
  const parent = `Cora ${uniqueSurname('Coord')}`;
  const familyId = await seedAllocatedFamily(request, baseURL ?? '', parent);

  await signInAs(page, DEMO.coordinator);
  await openRecord(page, familyId, parent);
  await expect(card(page, parent)).toContainText('07700 900777');
  await expect(recordNav(page).getByRole('link', { name: 'Overview' })).toBeVisible();
  await expect(recordNav(page).getByRole('link', { name: 'Case notes' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Change the care setting and key dates' })).toHaveCount(0);
  await pageState(page, 'overview-coordinator');

  // Coordinators keep contact details up to date.
  await card(page, parent)
    .getByRole('link', { name: /Change/ })
    .click();
  await expect(mainHeading(page)).toContainText(`Change ${parent}'s details`);
  await page.getByLabel('Email (optional)').fill('cora@example.org');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(successBanner(page)).toContainText(`${parent}'s details are saved`);
  await expect(card(page, parent)).toContainText('cora@example.org');
});

test('a manager sees who has looked at a record', async ({ page, request, baseURL }) => {
  const parent = `Mia ${uniqueSurname('Looked')}`;
  const familyId = await seedAllocatedFamily(request, baseURL ?? '', parent);

  await signInAs(page, DEMO.practitioner);
  await openRecord(page, familyId, parent);
  await expect(recordNav(page).getByRole('link', { name: 'Who has looked' })).toHaveCount(0);
  await signOut(page);

  await signInAs(page, DEMO.manager);
  await openRecord(page, familyId, parent);
  await recordNav(page).getByRole('link', { name: 'Who has looked' }).click();
  await expect(mainHeading(page)).toContainText('Who has looked at this record');
  const table = page.getByRole('table', { name: 'Who has looked at or changed this record' });
  await expect(
    table.getByRole('row', { name: new RegExp(`${DEMO.practitioner.name}.*Opened the record`) }).first(),
  ).toBeVisible();
  await expect(table.getByRole('row', { name: /Allocated the family/ }).first()).toBeVisible();
  await pageState(page, 'access-log');
});

test('a practitioner discharges a family and the record becomes read-only', async ({ page, request, baseURL }) => {
  const parent = `Dee ${uniqueSurname('Discharge')}`;
  const familyId = await seedAllocatedFamily(request, baseURL ?? '', parent);

  await signInAs(page, DEMO.practitioner);
  await openRecord(page, familyId, parent);
  await recordNav(page).getByRole('link', { name: 'Discharge' }).click();
  await expect(mainHeading(page)).toContainText('Discharge this family');
  await expect(page.getByText('active risk flags are closed')).toBeVisible();
  await page.getByRole('button', { name: 'Discharge the family' }).click();
  await expect(errorSummary(page)).toContainText('Choose why the work is ending');
  await expect(errorSummary(page)).toContainText('Write a discharge summary');
  await pageState(page, 'discharge-problems');

  await page.getByLabel('Planned ending').check();
  await page.getByLabel('Discharge summary').fill('Eight sessions of parent-infant work.\nBonding much improved.');
  await page.getByRole('button', { name: 'Discharge the family' }).click();
  await expect(mainHeading(page)).toContainText('Overview');
  await expect(successBanner(page)).toContainText('The family is discharged');
  await expect(page.getByRole('region', { name: 'About this family' })).toContainText('Discharged: read-only');
  await expect(page.getByRole('heading', { name: 'Discharged', exact: true })).toBeVisible();
  await expect(page.getByText('Planned ending')).toBeVisible();
  await expect(page.getByText('Bonding much improved.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add a parent or carer' })).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('link', { name: /^Change/ })).toHaveCount(0);
  await pageState(page, 'discharged-overview');

  await recordNav(page).getByRole('link', { name: 'Discharge' }).click();
  await expect(mainHeading(page)).toContainText('Discharge');
  await expect(page.getByRole('button', { name: 'Discharge the family' })).toHaveCount(0);
  await expect(page.getByText('Eight sessions of parent-infant work.')).toBeVisible();
  await pageState(page, 'discharged-details');

  // Referred again later: each episode links to the other.
  const again = await seedAllocatedFamily(request, baseURL ?? '', parent);
  await openRecord(page, again, parent);
  await expect(page.getByText('This family was with the service before')).toBeVisible();
  await pageState(page, 'later-episode');
  await page.getByRole('link', { name: /^episode referred .*, discharged / }).click();
  await expect(page.getByRole('heading', { name: 'Discharged', exact: true })).toBeVisible();
  await expect(page.getByText('This family was referred again')).toBeVisible();
});

test('a change made meanwhile by someone else is not overwritten unknowingly', async ({ page, request, baseURL }) => {
  const parent = `Kit ${uniqueSurname('Conflict')}`;
  const familyId = await seedAllocatedFamily(request, baseURL ?? '', parent);
  await signInAs(page, DEMO.practitioner);
  await openRecord(page, familyId, parent);
  await card(page, parent)
    .getByRole('link', { name: /Change/ })
    .click();
  await expect(mainHeading(page)).toContainText(`Change ${parent}'s details`);

  // The same person's details are changed in another tab first.
  const other = await page.context().newPage();
  await openRecord(other, familyId, parent);
  await card(other, parent)
    .getByRole('link', { name: /Change/ })
    .click();
  await other.getByLabel('Phone (optional)').fill('07700 900999');
  await other.getByRole('button', { name: 'Save changes' }).click();
  await expect(successBanner(other)).toBeVisible();
  await other.close();

  await page.getByLabel('Email (optional)').fill('kit@example.org');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(errorSummary(page)).toContainText('Someone else changed');
  await expect(page.getByLabel('Email (optional)')).toHaveValue('kit@example.org');
  await pageState(page, 'change-conflict');

  await page.getByRole('button', { name: 'Start again from the saved details' }).click();
  await expect(page.getByLabel('Phone (optional)')).toHaveValue('07700 900999');
  await expect(page.getByLabel('Email (optional)')).toHaveValue('');
  await page.getByLabel('Email (optional)').fill('kit@example.org');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(successBanner(page)).toBeVisible();
  await expect(card(page, parent)).toContainText('07700 900999');
  await expect(card(page, parent)).toContainText('kit@example.org');
});

test('an admin lets practitioners open every family in the team', async ({ page }) => {
  await signIn(page, DEMO.admin.email, DEMO.admin.password);
  await page.getByLabel(DEMO.service).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Admin' }).click();
  await expect(mainHeading(page)).toContainText('Service admin');
  const setting = page.getByLabel('Practitioners can open every family in the team, not only those allocated to them');
  await expect(setting).not.toBeChecked();

  await setting.check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(successBanner(page)).toContainText('Practitioners can open every family in the team.');
  await pageState(page, 'admin-team-caseloads');
  await page.reload();
  await expect(setting).toBeChecked();

  // Back as it was, for the other journeys.
  await setting.uncheck();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(successBanner(page)).toContainText('Practitioners can open only the families allocated to them.');
});
