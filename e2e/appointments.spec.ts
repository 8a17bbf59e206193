import { expect, test } from '@playwright/test';
import { seedAllocatedFamily } from './support/families';
import { DEMO, errorSummary, expectAccessible, mainHeading, menu, signInAs, successBanner } from './support/journeys';
import { expectNoSidewaysScroll, fillDate, uniqueSurname } from './support/referrals';
import { ukMoment } from './support/uk-clock';

const mondayOf = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
};

test('a practitioner books, reschedules and records appointments, and sees their week', async ({
  page,
  request,
  baseURL,
}) => {
  const parent = `Ana ${uniqueSurname('Appt')}`;
  const familyId = await seedAllocatedFamily(request, baseURL ?? '', parent);
  // One that started 90 minutes ago (so attendance can be recorded) and one next week.
  const past = ukMoment(new Date(Math.floor((Date.now() - 90 * 60_000) / 300_000) * 300_000));
  const nextWeek = ukMoment(new Date(Date.now() + 7 * 86_400_000));

  await signInAs(page, DEMO.practitioner);
  await page.goto(`/families/${familyId}/appointments`);
  await expect(mainHeading(page)).toContainText('Appointments');
  await expect(page.getByText('No appointments are booked.')).toBeVisible();
  await expect(page.getByText('No past appointments.')).toBeVisible();
  await expectAccessible(page, 'appointments: none yet');

  // Booking without a time is refused, and the summary links to the field.
  await page.getByRole('link', { name: 'Book an appointment' }).click();
  await expect(mainHeading(page)).toContainText('Book an appointment');
  await expect(mainHeading(page)).toBeFocused();
  await fillDate(page, 'Date', nextWeek.date);
  await page.getByLabel('Home visit').check();
  await page.getByRole('button', { name: 'Book the appointment' }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page).getByRole('link', { name: 'Enter the time the appointment starts' })).toHaveAttribute(
    'href',
    '#time',
  );
  await expect(page).toHaveTitle(/^Error: /);
  await expectAccessible(page, 'book: no time');
  await page.getByLabel('Time', { exact: true }).fill('25:00');
  await page.getByRole('button', { name: 'Book the appointment' }).click();
  await expect(errorSummary(page)).toContainText('Enter the time on the 24-hour clock');

  await page.getByLabel('Time', { exact: true }).fill('10:00');
  await page.getByLabel(parent).check();
  await page.getByRole('button', { name: 'Book the appointment' }).click();
  await expect(successBanner(page).getByRole('heading', { name: 'Appointment booked' })).toBeVisible();
  await expect(successBanner(page)).toContainText(`${nextWeek.short}, 10:00, with ${DEMO.practitioner.name}`);
  await expect(mainHeading(page)).toContainText('Appointments');

  await page.getByRole('link', { name: 'Book an appointment' }).click();
  await fillDate(page, 'Date', past.date);
  await page.getByLabel('Time', { exact: true }).fill(past.time);
  await page.getByLabel('How long').fill('30');
  await page.getByLabel('Clinic').check();
  await page.getByLabel(parent).check();
  await page.getByRole('button', { name: 'Book the appointment' }).click();
  await expect(successBanner(page).getByRole('heading', { name: 'Appointment booked' })).toBeVisible();

  // Upcoming first, then past; the past one still needs its outcome.
  const cards = page.locator('.haven-appointment');
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0)).toContainText('Home visit');
  await expect(cards.nth(0)).toContainText('10:00');
  await expect(cards.nth(0)).toContainText(parent);
  await expect(cards.nth(0)).toContainText(DEMO.practitioner.name);
  await expect(cards.nth(1)).toContainText('Clinic');
  await expect(cards.nth(1)).toContainText('30 minutes');
  await expect(cards.nth(1)).toContainText('Outcome to record');
  await expect(page.getByText('1 past appointment needs its outcome recording.')).toBeVisible();
  await expectAccessible(page, 'appointments: one coming, one to record');

  // The week view: this week has the past one, next week the other.
  await menu(page).getByRole('link', { name: 'Appointments' }).click();
  await expect(mainHeading(page)).toContainText('Appointments');
  await expect(mainHeading(page)).toContainText(DEMO.practitioner.name);
  if (mondayOf(past.iso) !== mondayOf(ukMoment(new Date()).iso))
    await page.getByRole('link', { name: /Previous week/ }).click();
  await expect(page.getByRole('link', { name: parent })).toBeVisible();
  await expect(page.getByText('No appointments').first()).toBeVisible();
  await expectAccessible(page, 'week: this week');
  await page.goto(`/appointments?from=${nextWeek.iso}`);
  const item = page.locator('.haven-day__item', { hasText: parent });
  await expect(item).toContainText('10:00 to 11:00');
  await expect(item).toContainText('Home visit');
  await expect(item).toContainText('Booked');
  await expect(page).toHaveURL(new RegExp(`from=${mondayOf(nextWeek.iso)}|from=${nextWeek.iso}`));
  await page.getByRole('link', { name: /Previous week/ }).click();
  await expect(page).toHaveURL(new RegExp(`from=${mondayOf(ukMoment(new Date()).iso)}`));
  await page.getByRole('link', { name: /Next week/ }).click();
  await expect(item).toBeVisible();
  await page.setViewportSize({ width: 375, height: 800 });
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'week: next week, on a phone');
  await page.setViewportSize({ width: 1280, height: 900 });

  // Reschedule the coming one to the afternoon.
  await item.getByRole('link', { name: parent }).click();
  await expect(mainHeading(page)).toContainText('Appointments');
  await cards
    .nth(0)
    .getByRole('link', { name: /Reschedule/ })
    .click();
  await expect(mainHeading(page)).toContainText('Reschedule the appointment');
  await expect(page.getByLabel('Time', { exact: true })).toHaveValue('10:00');
  await expect(page.getByLabel('Home visit')).toBeChecked();
  await expectAccessible(page, 'reschedule');
  await page.getByLabel('Time', { exact: true }).fill('14:30');
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await expect(successBanner(page).getByRole('heading', { name: 'Appointment changed' })).toBeVisible();
  await expect(cards.nth(0)).toContainText('14:30');
  await expect(cards.nth(0)).toContainText('Rescheduled');

  // The past one: they came.
  await cards
    .nth(1)
    .getByRole('link', { name: /Record the outcome/ })
    .click();
  await expect(mainHeading(page)).toContainText('Record the outcome');
  await page.getByRole('button', { name: 'Save the outcome' }).click();
  await expect(errorSummary(page)).toContainText('Choose what happened');
  await expectAccessible(page, 'outcome: nothing chosen');
  await page.getByLabel('Attended').check();
  await page.getByLabel('Note (optional)').fill('Next visit arranged.');
  await page.getByRole('button', { name: 'Save the outcome' }).click();
  await expect(successBanner(page).getByRole('heading', { name: 'Outcome saved' })).toBeVisible();
  await expect(cards.nth(1)).toContainText('Attended');
  await expect(cards.nth(1)).toContainText('Next visit arranged.');
  await expect(cards.nth(1)).not.toContainText('Outcome to record');
  await expect(page.getByText(/needs? (its|their) outcome recording/)).toHaveCount(0);
  await page.setViewportSize({ width: 375, height: 800 });
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'appointments: outcome recorded, on a phone');
  await page.setViewportSize({ width: 1280, height: 900 });

  // The first attended appointment is the family's first contact.
  await page.getByRole('navigation', { name: 'Family record' }).getByRole('link', { name: 'Overview' }).click();
  await expect(page.locator('.nhsuk-summary-list__row', { hasText: 'First contact' })).toContainText(past.long);
  await expectAccessible(page, 'overview with first contact');
});

test('a stale reschedule is refused and keeps what was typed', async ({ page, request, baseURL }) => {
  const parent = `Bea ${uniqueSurname('Stale')}`;
  const familyId = await seedAllocatedFamily(request, baseURL ?? '', parent);
  const nextWeek = ukMoment(new Date(Date.now() + 8 * 86_400_000));

  await signInAs(page, DEMO.practitioner);
  await page.goto(`/families/${familyId}/appointments?book`);
  await fillDate(page, 'Date', nextWeek.date);
  await page.getByLabel('Time', { exact: true }).fill('9:15');
  await page.getByLabel('Video call').check();
  await page.getByRole('button', { name: 'Book the appointment' }).click();
  await expect(successBanner(page).getByRole('heading', { name: 'Appointment booked' })).toBeVisible();
  await page.getByRole('link', { name: /Reschedule/ }).click();
  await expect(page.getByLabel('Time', { exact: true })).toHaveValue('09:15');

  // Someone else moves it first (the same account, through the API).
  const list = (await (await page.request.get(`/api/families/${familyId}/appointments`)).json()) as {
    appointments: { id: string; version: number }[];
  };
  const [only] = list.appointments;
  const session = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
  const moved = await page.request.patch(`/api/appointments/${only?.id ?? ''}`, {
    data: { version: only?.version, durationMinutes: 45 },
    headers: { 'x-csrf-token': session.csrfToken },
  });
  expect(moved.status()).toBe(200);

  await page.getByLabel('Time', { exact: true }).fill('11:45');
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await expect(errorSummary(page)).toContainText('Someone else changed this appointment');
  await expect(page.getByLabel('Time', { exact: true })).toHaveValue('11:45');
  await expect(page.getByText('09:15, for 45 minutes')).toBeVisible(); // the appointment as it is now
  await expectAccessible(page, 'reschedule: conflict');

  // Saving again, now knowing the change, works.
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await expect(successBanner(page).getByRole('heading', { name: 'Appointment changed' })).toBeVisible();
  await expect(page.locator('.haven-appointment')).toContainText('11:45');
});

test("a coordinator books for the family's practitioner and looks at that practitioner's week", async ({
  page,
  request,
  baseURL,
}) => {
  const parent = `Cleo ${uniqueSurname('Coord')}`;
  const familyId = await seedAllocatedFamily(request, baseURL ?? '', parent);
  const nextWeek = ukMoment(new Date(Date.now() + 7 * 86_400_000));

  await signInAs(page, DEMO.coordinator);
  await page.goto(`/families/${familyId}/appointments?book`);
  await expect(mainHeading(page)).toContainText('Book an appointment');
  const practitioner = page.getByLabel('Who the appointment is with');
  await expect(practitioner.locator('option:checked')).toHaveText(DEMO.practitioner.name);
  await expectAccessible(page, 'coordinator books');
  await fillDate(page, 'Date', nextWeek.date);
  await page.getByLabel('Time', { exact: true }).fill('15:00');
  await page.getByLabel('Phone call').check();
  await page.getByRole('button', { name: 'Book the appointment' }).click();
  await expect(successBanner(page)).toContainText(`${nextWeek.short}, 15:00, with ${DEMO.practitioner.name}`);

  await menu(page).getByRole('link', { name: 'Appointments' }).click();
  await expect(page.getByText('Choose a practitioner to see their appointments.')).toBeVisible();
  await expectAccessible(page, 'coordinator: whose week');
  await page.getByLabel('Whose appointments').selectOption({ label: DEMO.practitioner.name });
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(mainHeading(page)).toContainText(DEMO.practitioner.name);
  await page.getByRole('link', { name: /Next week/ }).click();
  await expect(page.locator('.haven-day__item', { hasText: parent })).toContainText('15:00 to 16:00');
  await expect(page).toHaveURL(/practitionerId=/);
  await expectAccessible(page, "coordinator: the practitioner's next week");
});
