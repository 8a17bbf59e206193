import { expect, test } from '@playwright/test';
import { seedAllocatedFamily } from './support/families';
import {
  DEMO,
  expectAccessible,
  familyBanner,
  mainHeading,
  menu,
  recordNav,
  signIn,
  successBanner,
} from './support/journeys';
import { dateParts, fillDate, uniqueSurname } from './support/referrals';
import { ukMoment } from './support/uk-clock';

test('a practitioner works with a family from the caseload to discharge', async ({ page, request, baseURL }) => {
  const parent = `Lia ${uniqueSurname('Journey')}`;
  await seedAllocatedFamily(request, baseURL ?? '', parent);

  // From the caseload into the record.
  await signIn(page, DEMO.practitioner.email, DEMO.practitioner.password);
  await menu(page).getByRole('link', { name: 'Your caseload' }).click();
  await expect(mainHeading(page)).toContainText('Your caseload');
  await expectAccessible(page, 'caseload');
  await page.getByRole('link', { name: new RegExp(parent) }).click();
  await expect(mainHeading(page)).toContainText('Overview');
  await expect(familyBanner(page)).toContainText(parent);
  await expect(familyBanner(page)).toContainText(DEMO.practitioner.name);
  await expectAccessible(page, 'record overview');

  // Book a visit that began an hour ago, and mark it attended.
  const visit = ukMoment(new Date(Math.floor((Date.now() - 60 * 60_000) / 300_000) * 300_000));
  await recordNav(page).getByRole('link', { name: 'Appointments' }).click();
  await page.getByRole('link', { name: 'Book an appointment' }).click();
  await fillDate(page, 'Date', visit.date);
  await page.getByLabel('Time', { exact: true }).fill(visit.time);
  await page.getByLabel('Home visit').check();
  await page.getByLabel(parent).check();
  await page.getByRole('button', { name: 'Book the appointment' }).click();
  await expect(successBanner(page).getByRole('heading', { name: 'Appointment booked' })).toBeVisible();
  const card = page.locator('.haven-appointment').first();
  await expect(card).toContainText('Outcome to record');
  await card.getByRole('link', { name: /Record the outcome/ }).click();
  await page.getByLabel('Attended').check();
  await page.getByRole('button', { name: 'Save the outcome' }).click();
  await expect(card).toContainText('Attended');
  await expectAccessible(page, 'appointment attended');

  // Write a note; leave the record and come back to find the draft.
  await recordNav(page).getByRole('link', { name: 'Case notes' }).click();
  await page.getByRole('button', { name: 'Write a note' }).click();
  const note = page.getByRole('textbox', { name: 'Note', exact: true });
  await note.fill('Home visit. Baby turned to mum’s voice; mum noticed and smiled back.');
  await expect(page.locator('.haven-save-status')).toHaveText(/^Saved at/);
  await menu(page).getByRole('link', { name: 'Your caseload' }).click();
  await expect(mainHeading(page)).toContainText('Your caseload');
  await expect(page.getByRole('row', { name: new RegExp(parent) })).toContainText('1 draft note');
  await page.getByRole('link', { name: new RegExp(parent) }).click();
  await recordNav(page).getByRole('link', { name: 'Case notes' }).click();
  const draft = page.getByRole('article').filter({ hasText: 'Baby turned to mum’s voice' });
  await expect(draft).toContainText('Draft, last saved');
  await draft.getByRole('link', { name: /^Continue/ }).click();
  await expect(note).toHaveValue('Home visit. Baby turned to mum’s voice; mum noticed and smiled back.');

  // Sign it: then it cannot be edited, only followed by an addendum.
  await page.getByRole('button', { name: 'Sign this note' }).click();
  await page.getByRole('button', { name: 'Yes, sign this note' }).click();
  await expect(page.getByRole('heading', { name: 'Note signed' })).toBeVisible();
  const signed = page.getByRole('article').filter({ hasText: 'Baby turned to mum’s voice' });
  await expect(signed).toContainText('Signed');
  await expect(page.getByRole('textbox', { name: 'Note', exact: true })).toHaveCount(0);
  await expect(signed.getByRole('link', { name: /Continue/ })).toHaveCount(0);
  await signed.getByRole('button', { name: /^Add an addendum/ }).click();
  await page
    .getByRole('textbox', { name: 'Addendum', exact: true })
    .fill('Dad was also present for the last ten minutes.');
  await expect(page.locator('.haven-save-status')).toHaveText(/^Saved at/);
  await page.getByRole('button', { name: 'Sign this addendum' }).click();
  await page.getByRole('button', { name: 'Yes, sign this addendum' }).click();
  await expect(signed.locator('.haven-addendum')).toContainText('Dad was also present');
  await expectAccessible(page, 'note with addendum');

  // Raise a risk flag: the banner shows it at once.
  await recordNav(page).getByRole('link', { name: 'Risks' }).click();
  await page.getByRole('button', { name: 'Raise a risk flag' }).click();
  await page.getByRole('radio', { name: 'Parental mental health', exact: true }).check();
  await page.getByRole('radio', { name: 'Medium', exact: true }).check();
  await page.getByLabel('Describe the risk').fill('Low mood since the birth; GP aware.');
  await fillDate(page, 'Review by', dateParts(28));
  await page.getByRole('button', { name: 'Raise flag' }).click();
  await expect(successBanner(page)).toContainText('Risk flag raised');
  await expect(familyBanner(page)).toContainText('Parental mental health: medium');
  await expectAccessible(page, 'risk raised');

  // Discharge: the record becomes read-only and the flag is closed.
  await recordNav(page).getByRole('link', { name: 'Discharge' }).click();
  await page.getByLabel('Planned ending').check();
  await page.getByLabel('Discharge summary').fill('Worked on noticing and answering the baby’s cues; goals met.');
  await page.getByRole('button', { name: 'Discharge the family' }).click();
  await expect(successBanner(page)).toContainText('The family is discharged');
  await expect(familyBanner(page)).toContainText('Discharged: read-only');
  await expect(familyBanner(page)).not.toContainText('Parental mental health');
  await recordNav(page).getByRole('link', { name: 'Case notes' }).click();
  await expect(page.getByRole('button', { name: 'Write a note' })).toHaveCount(0);
  await expectAccessible(page, 'discharged record');
});
