import { expect, request as playwrightRequest, test, type Page } from '@playwright/test';
import { seedAllocatedFamily } from './support/families';
import {
  DEMO,
  errorSummary,
  expectAccessible,
  familyBanner,
  mainHeading,
  signInAs,
  submitSignIn,
  successBanner,
} from './support/journeys';
import { expectNoSidewaysScroll, uniqueSurname } from './support/referrals';
import { screenshots } from './support/screenshots';
import { GAD7 } from '../src/core/measures/gad7';

/** Set MEASURE_LINK_SHOTS=<folder> to keep screenshots of each page state, 1280 and 375 wide. */
const { pageState } = screenshots(process.env.MEASURE_LINK_SHOTS, {
  height: 812,
  slices: [
    [1280, 1400],
    [375, 1000],
  ],
});

/** An API session of the demo practitioner's own, as their browser would hold it. */
async function practitionerApi(baseURL: string) {
  const context = await playwrightRequest.newContext({ baseURL });
  const { email, password } = DEMO.practitioner;
  expect((await context.post('/api/auth/sign-in', { data: { email, password } })).status()).toBe(200);
  const session = (await (await context.get('/api/auth/session')).json()) as {
    csrfToken: string;
    services: { id: string }[];
  };
  const headers = { 'x-csrf-token': session.csrfToken };
  await context.post('/api/auth/service', { data: { serviceId: session.services[0]?.id }, headers });
  return { context, headers };
}

// The wording as the measure's definition has it: the page must show it unchanged.
const GAD7_ITEMS = GAD7.items.map((item) => item.text ?? '');
const ANSWERS = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];

const question = (page: Page, n: number) =>
  page.getByRole('group', { name: `${n}. ${GAD7_ITEMS[n - 1] ?? ''}`, exact: true });

test('a parent completes a GAD-7 through a link on a phone, with no account and nothing about the family shown', async ({
  browser,
  request,
  baseURL,
}) => {
  const surname = uniqueSurname('Link');
  const parentName = `Lena ${surname}`;
  const familyId = await seedAllocatedFamily(request, baseURL ?? '', parentName);
  const { context: api, headers } = await practitionerApi(baseURL ?? '');
  let url = '';
  try {
    const record = (await (await api.get(`/api/families/${familyId}`)).json()) as {
      people: { id: string; kind: string }[];
    };
    const carer = record.people.find((p) => p.kind === 'carer');
    const created = await api.post(`/api/families/${familyId}/measure-links`, {
      data: { measureId: 'gad7', personId: carer?.id, timepoint: 'assessment' },
      headers,
    });
    expect(created.status()).toBe(201);
    url = ((await created.json()) as { url: string }).url;
    expect(url).toMatch(/^\/m\/[A-Za-z0-9_-]{43}$/);
  } finally {
    await api.dispose();
  }

  // The parent: a new browser with no cookies, phone-sized.
  const phone = await browser.newContext({ baseURL, viewport: { width: 375, height: 667 }, locale: 'en-GB' });
  expect(await phone.cookies()).toEqual([]);
  const page = await phone.newPage();
  try {
    await page.goto(url);
    await expect(mainHeading(page)).toContainText('Generalised Anxiety Disorder scale (GAD-7)');
    await expect(page.getByRole('banner')).toContainText(DEMO.service);
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(surname);
    expect(text).not.toContain('Lena');
    expect(text).not.toContain(DEMO.practitioner.name);
    await expect(page.getByText('Over the last 2 weeks, how often have you been bothered')).toBeVisible();
    await expectNoSidewaysScroll(page);
    await pageState(page, 'parent-link-form');

    // Every question but the fourth: the page says which one is missing, and links to it.
    for (const n of [1, 2, 3, 5, 6, 7])
      await question(page, n)
        .getByRole('radio', { name: ANSWERS[n % 4] })
        .check();
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await expect(errorSummary(page)).toBeFocused();
    await expect(errorSummary(page).getByRole('link')).toHaveText(['Answer question 4']);
    await expect(question(page, 4)).toContainText('Answer question 4');
    await expect(page).toHaveTitle(/^Error: /);
    await expectNoSidewaysScroll(page);
    await pageState(page, 'parent-link-missing');
    await errorSummary(page).getByRole('link', { name: 'Answer question 4' }).click();
    await expect(question(page, 4).getByRole('radio', { name: 'Not at all' })).toBeFocused();

    await question(page, 4).getByRole('radio', { name: 'Several days' }).check();
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await expect(mainHeading(page)).toHaveText('Thank you: your answers have been sent');
    await expect(mainHeading(page)).toBeFocused();
    await expect(page.getByRole('heading', { name: /If you need help now/ })).toHaveCount(0);
    await expectNoSidewaysScroll(page);
    await pageState(page, 'parent-link-thank-you');
    // Nothing kept in the browser's storage on a possibly shared phone.
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);

    // Opening it again: already received, and the questions are gone.
    await page.reload();
    await expect(mainHeading(page)).toHaveText('Your answers have already been received');
    await expect(page.getByRole('radio')).toHaveCount(0);
    await pageState(page, 'parent-link-used');

    // A link that was never issued.
    await page.goto('/m/not-a-real-link');
    await expect(mainHeading(page)).toHaveText('This link is not valid');
    await pageState(page, 'parent-link-invalid');
  } finally {
    await phone.close();
  }

  // The practitioner sees the link completed.
  const again = await practitionerApi(baseURL ?? '');
  try {
    const links = (await (await again.context.get(`/api/families/${familyId}/measure-links`)).json()) as {
      links: { measure: { id: string }; status: string }[];
    };
    expect(links.links).toEqual([
      expect.objectContaining({ measure: expect.objectContaining({ id: 'gad7' }), status: 'completed' }),
    ]);
  } finally {
    await again.context.dispose();
  }
});

test('a parent whose answers raise a concern is shown where to get help now', async ({ browser, request, baseURL }) => {
  const familyId = await seedAllocatedFamily(request, baseURL ?? '', `Cara ${uniqueSurname('Help')}`);
  const { context: api, headers } = await practitionerApi(baseURL ?? '');
  let url = '';
  try {
    const record = (await (await api.get(`/api/families/${familyId}`)).json()) as {
      people: { id: string; kind: string }[];
    };
    const created = await api.post(`/api/families/${familyId}/measure-links`, {
      data: { measureId: 'phq9', personId: record.people.find((p) => p.kind === 'carer')?.id, timepoint: 'review' },
      headers,
    });
    url = ((await created.json()) as { url: string }).url;
  } finally {
    await api.dispose();
  }
  const phone = await browser.newContext({ baseURL, viewport: { width: 375, height: 667 }, locale: 'en-GB' });
  const page = await phone.newPage();
  try {
    await page.goto(url);
    const groups = page.getByRole('group');
    await expect(groups).toHaveCount(9);
    for (let i = 0; i < 9; i++) await groups.nth(i).getByRole('radio', { name: 'Several days' }).check();
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await expect(mainHeading(page)).toHaveText('Thank you: your answers have been sent');
    const help = page.locator('.nhsuk-card').filter({ hasText: 'If you need help now' });
    await expect(help.getByRole('heading', { name: /If you need help now/ })).toBeVisible();
    await expect(help).toContainText('999');
    await expect(help).toContainText('NHS 111');
    await expect(help).toContainText('option 2');
    await expect(help).toContainText('116 123');
    await expectNoSidewaysScroll(page);
    await pageState(page, 'parent-link-help-now');
  } finally {
    await phone.close();
  }

  // The allocated practitioner sees the alert at once, at the top of their caseload.
  const desk = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const practitioner = await desk.newPage();
  try {
    await signInAs(practitioner, DEMO.practitioner);
    // The home page says so first.
    await expect(practitioner.getByRole('heading', { name: /Needs attention now/ })).toBeVisible();
    await practitioner.goto('/caseload');
    await expect(practitioner.getByRole('heading', { name: /Needs attention now/ })).toBeVisible();
    await expect(practitioner.getByRole('main')).toContainText('PHQ-9 completed by the parent');
    await pageState(practitioner, 'caseload-alert');
    // The family's row shows it too, linking to the Measures page; so does the record's banner.
    const row = practitioner.getByRole('row').filter({ hasText: 'Cara' });
    await expect(row.getByRole('link', { name: 'Measure alert' })).toHaveAttribute(
      'href',
      `/families/${familyId}/measures`,
    );
    await practitioner.goto(`/families/${familyId}`);
    await expect(familyBanner(practitioner)).toContainText('Measure alert: needs acting on');
    await expectAccessible(practitioner, 'record banner with an alert');
    // The PHQ-9 was at review: discharging warns, without blocking, that no discharge measure is given.
    await practitioner.goto(`/families/${familyId}/discharge`);
    const warning = practitioner.getByText('No discharge measure yet:');
    await expect(warning).toBeVisible();
    await expect(warning.getByRole('link', { name: 'give the measures now, or send a link' })).toHaveAttribute(
      'href',
      `/families/${familyId}/measures`,
    );
    await expect(practitioner.getByRole('button', { name: 'Discharge the family' })).toBeEnabled();
    await expectAccessible(practitioner, 'discharge with no discharge measure');
  } finally {
    await desk.close();
  }
});

test('an admin loads the EPDS wording their service holds a licence for, after putting a gap right', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await submitSignIn(page, DEMO.admin.email, DEMO.admin.password);
  await page.getByLabel(DEMO.service).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Admin' }).click();
  // The members list loads above the link and moves it down: wait for it, so the click lands.
  await expect(page.getByRole('row', { name: new RegExp(DEMO.practitioner.name) })).toBeVisible();
  await page.getByRole('link', { name: 'Load licensed measure wording' }).click();
  await expect(page).toHaveURL(/\/admin\/measure-wording$/);
  await expect(mainHeading(page)).toContainText('Measure wording');
  const epds = page.getByRole('region', { name: 'Edinburgh Postnatal Depression Scale (EPDS)' });
  await expect(epds).toContainText('Not loaded');
  await expect(epds).toContainText('Reverse-scored: the first printed answer scores highest');
  await expectNoSidewaysScroll(page);
  await pageState(page, 'admin-wording-empty');

  await page.getByLabel('Licence or permission the service holds').fill('Written permission from the RCPsych, 2026');
  await page.getByLabel('Instructions (optional)').fill('Please tick the answer closest to how you have felt.');
  for (let n = 1; n <= 10; n++) {
    const item = epds.getByRole('group', { name: new RegExp(`^Item ${n}\\b`) });
    // Item 7's wording left out on purpose.
    if (n !== 7) await item.getByLabel(`Wording of item ${n}`).fill(`Licensed wording of item ${n}`);
    for (let k = 1; k <= 4; k++) await item.getByLabel(`Printed answer ${k}`).fill(`Answer ${k} of item ${n}`);
  }
  await page.getByRole('button', { name: 'Load the EPDS wording' }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page).getByRole('link')).toHaveText(['Enter the wording of item 7']);
  await pageState(page, 'admin-wording-missing');
  await errorSummary(page).getByRole('link', { name: 'Enter the wording of item 7' }).click();
  await expect(page.getByLabel('Wording of item 7')).toBeFocused();
  await page.getByLabel('Wording of item 7').fill('Licensed wording of item 7');
  await page.getByRole('button', { name: 'Load the EPDS wording' }).click();
  await expect(successBanner(page)).toContainText('EPDS wording saved');
  await expect(epds).toContainText(`Loaded by ${DEMO.admin.name}`);
  await expect(epds).toContainText('Written permission from the RCPsych, 2026');
  await expect(page.getByLabel('Wording of item 7')).toHaveValue('Licensed wording of item 7');
  await expect(page.getByRole('button', { name: 'Save the corrected EPDS wording' })).toBeVisible();
  await pageState(page, 'admin-wording-loaded');
});

test('a practitioner sends a questionnaire link from the Measures page, sees it once, and then sees it waiting', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  const familyId = await seedAllocatedFamily(request, baseURL ?? '', `Noor ${uniqueSurname('Panel')}`);
  await signInAs(page, DEMO.practitioner);
  await page.goto(`/families/${familyId}/measures`);
  const panel = page.getByRole('region', { name: 'Questionnaires for parents to complete' });
  await panel.getByRole('button', { name: 'Send a questionnaire link' }).click();
  await panel.getByLabel('Questionnaire').selectOption({ label: 'Patient Health Questionnaire (PHQ-9)' });
  await panel.getByLabel('Time point').selectOption({ label: 'Review' });
  await expectAccessible(page);
  await panel.getByRole('button', { name: 'Create the link' }).click();

  const address = panel.getByLabel('Link to send');
  await expect(address).toHaveValue(/\/m\/[A-Za-z0-9_-]{43}$/);
  const url = new URL(await address.inputValue()).pathname;
  await expectAccessible(page);
  await panel.getByRole('button', { name: 'Done' }).click();
  await expect(address).toHaveCount(0);
  const row = panel.getByRole('row', { name: /PHQ-9/ });
  await expect(row).toContainText('Waiting');
  await expect(row).toContainText('Review');

  // The link opens the questionnaire for someone with no session.
  const phone = await browser.newContext({ baseURL, viewport: { width: 375, height: 667 }, locale: 'en-GB' });
  try {
    const parent = await phone.newPage();
    await parent.goto(url);
    await expect(mainHeading(parent)).toContainText('PHQ-9');
  } finally {
    await phone.close();
  }
});
