import { expect, request as playwrightRequest, test, type Page } from '@playwright/test';
import { seedAllocatedFamily } from './support/families';
import {
  DEMO,
  errorSummary,
  expectAccessible,
  familyBanner,
  mainHeading,
  recordNav,
  signInAs,
  signOut,
} from './support/journeys';
import { dateParts, fillDate, uniqueSurname } from './support/referrals';

const success = (page: Page) => page.locator('.nhsuk-notification-banner--success');

/** Opens a section of the family's record from its row of links. */
async function openSection(page: Page, familyId: string, link: string, heading: string): Promise<void> {
  await page.goto(`/families/${familyId}`);
  await recordNav(page).getByRole('link', { name: link, exact: true }).click();
  await expect(mainHeading(page)).toContainText(heading);
}

/** Raises a flag through the page's form; the form must not be open yet. */
async function raiseFlag(page: Page, type: string, level: string, summary: string, reviewInDays: number) {
  await page.getByRole('button', { name: 'Raise a risk flag' }).click();
  await expect(page.getByRole('heading', { name: 'Raise a risk flag' })).toBeFocused();
  await page.getByRole('radio', { name: type, exact: true }).check();
  await page.getByRole('radio', { name: level, exact: true }).check();
  await page.getByLabel('Describe the risk').fill(summary);
  await fillDate(page, 'Review by', dateParts(reviewInDays));
  await page.getByRole('button', { name: 'Raise flag' }).click();
  await expect(success(page)).toContainText('Risk flag raised');
}

test('a practitioner raises, reviews and closes risk flags; a coordinator sees only what they may', async ({
  page,
  request,
  baseURL,
}) => {
  const parent = `Rae ${uniqueSurname('Risk')}`;
  const familyId = await seedAllocatedFamily(request, baseURL ?? '', parent);

  await signInAs(page, DEMO.practitioner);
  await openSection(page, familyId, 'Risks', 'Risks');
  await expect(page.getByText('There are no active risk flags.')).toBeVisible();
  await expect(familyBanner(page)).toContainText('No active risk flags');
  await expectAccessible(page, 'risks: none yet');

  // Checked in the browser first: the review date is required.
  await page.getByRole('button', { name: 'Raise a risk flag' }).click();
  await expect(page.getByRole('radio', { name: 'Safeguarding', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Raise flag' }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page)).toContainText('Choose the kind of risk');
  await expect(errorSummary(page).getByRole('link', { name: 'Enter the review date' })).toHaveAttribute(
    'href',
    '#raise-reviewOn-day',
  );
  await expect(page).toHaveTitle(/^Error: Risks/);
  await expectAccessible(page, 'raise a flag: problems');

  // Checked by the server: a review more than 2 years away; the problem links to the field.
  await page.getByRole('radio', { name: 'Safeguarding', exact: true }).check();
  await page.getByRole('radio', { name: 'High', exact: true }).check();
  await page.getByLabel('Describe the risk').fill('Child protection plan in place.\nSocial worker: <b>Sam Patel</b>.');
  await fillDate(page, 'Review by', dateParts(800));
  await page.getByRole('button', { name: 'Raise flag' }).click();
  await expect(
    errorSummary(page).getByRole('link', { name: 'The review date must be within 2 years of the date raised' }),
  ).toHaveAttribute('href', '#raise-reviewOn-day');
  await fillDate(page, 'Review by', dateParts(60));
  await page.getByRole('button', { name: 'Raise flag' }).click();
  await expect(success(page)).toContainText('Risk flag raised');
  await expect(familyBanner(page)).toContainText('Safeguarding: high');
  // What was typed is shown as text, a paragraph a line.
  const safeguarding = page.locator('.haven-risk-card', { hasText: 'Safeguarding' });
  await expect(safeguarding.getByText('Social worker: <b>Sam Patel</b>.')).toBeVisible();
  await expect(safeguarding.getByText('Child protection plan in place.')).toBeVisible();
  await expect(safeguarding).toContainText(DEMO.practitioner.name);
  await expectAccessible(page, 'risks: a flag raised');

  await raiseFlag(page, 'Lone working', 'Medium', 'Dog in the house: ask for it to be shut away before visits.', 30);
  await raiseFlag(page, 'Domestic abuse', 'Low', 'Past abuse by a former partner; no contact now.', 90);
  await expect(familyBanner(page)).toContainText('Lone working: medium');
  await expect(familyBanner(page)).toContainText('Domestic abuse: low');

  // A review: a new level and the next review date.
  const loneWorking = page.locator('.haven-risk-card', { hasText: 'Lone working' });
  await page.getByRole('button', { name: 'Review the lone working flag' }).click();
  await expect(page.getByRole('heading', { name: 'Review the lone working flag' })).toBeFocused();
  await expect(loneWorking.getByLabel('Describe the risk')).toHaveValue(
    'Dog in the house: ask for it to be shut away before visits.',
  );
  await loneWorking.getByRole('button', { name: 'Save review' }).click();
  await expect(errorSummary(page)).toContainText('Enter the next review date');
  await expectAccessible(page, 'review a flag: problems');
  await loneWorking.getByRole('radio', { name: 'High', exact: true }).check();
  await fillDate(page, 'Next review by', dateParts(14));
  await loneWorking.getByRole('button', { name: 'Save review' }).click();
  await expect(success(page)).toContainText('Risk flag reviewed');
  await expect(familyBanner(page)).toContainText('Lone working: high');
  await expect(loneWorking).toContainText(dateLong(14));

  // Closing: a reason is needed; the flag leaves the banner and is kept under "Closed flags".
  await page.getByRole('button', { name: 'Close the domestic abuse flag' }).click();
  await page.getByRole('button', { name: 'Close flag' }).click();
  await expect(errorSummary(page)).toContainText('Say why the flag is being closed');
  await expectAccessible(page, 'close a flag: problems');
  await page.getByLabel('Why is the flag being closed?').fill('Former partner has moved abroad.');
  await page.getByRole('button', { name: 'Close flag' }).click();
  await expect(success(page)).toContainText('Risk flag closed');
  await expect(familyBanner(page)).not.toContainText('Domestic abuse');
  await expect(page.locator('.haven-risk-card', { hasText: 'Domestic abuse' })).toHaveCount(0);
  await page.getByText('Closed flags (1)').click();
  await expect(page.getByText('Former partner has moved abroad.')).toBeVisible();
  await expectAccessible(page, 'risks: reviewed and closed');
  await signOut(page);

  // A coordinator: the lone-working flag, read-only; no safeguarding flag anywhere; no disclosure log.
  await signInAs(page, DEMO.coordinator);
  await openSection(page, familyId, 'Risks', 'Risks');
  await expect(familyBanner(page)).toContainText('Lone working: high');
  await expect(familyBanner(page)).not.toContainText('Safeguarding');
  await expect(page.locator('.haven-risk-card', { hasText: 'Lone working' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('Child protection plan');
  await expect(page.getByText("Only the family's practitioners and managers can raise")).toBeVisible();
  await expect(page.getByRole('button', { name: 'Raise a risk flag' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Review/ })).toHaveCount(0);
  await expect(recordNav(page).getByRole('link', { name: 'Disclosures' })).toHaveCount(0);
  await expectAccessible(page, 'risks: coordinator');
});

test('a practitioner records a disclosure and sees it in the log', async ({ page, request, baseURL }) => {
  const parent = `Dee ${uniqueSurname('Disclose')}`;
  const familyId = await seedAllocatedFamily(request, baseURL ?? '', parent);

  await signInAs(page, DEMO.practitioner);
  await openSection(page, familyId, 'Disclosures', 'Disclosures');
  await expect(page.getByText('No disclosures have been recorded for this family.')).toBeVisible();
  await expect(page.getByText('To correct one, record a new entry')).toBeVisible();
  await expectAccessible(page, 'disclosures: none yet');

  await page.getByRole('button', { name: 'Record a disclosure' }).click();
  await expect(page.getByRole('heading', { name: 'Record a disclosure' })).toBeFocused();
  await page.getByRole('button', { name: 'Save to the log' }).click();
  await expect(errorSummary(page)).toBeFocused();
  for (const message of [
    'Enter who the information was shared with',
    'Describe what was shared',
    'Choose who the information was about',
    'Choose the lawful basis for sharing',
    'Say whether consent was sought',
    'Say why it was shared',
  ])
    await expect(errorSummary(page)).toContainText(message);
  await expect(errorSummary(page).getByRole('link', { name: 'Choose who the information was about' })).toHaveAttribute(
    'href',
    '#personIds',
  );
  await expectAccessible(page, 'record a disclosure: problems');

  await page.getByLabel('Who was it shared with?').fill('Sam Patel, social worker');
  await page.getByLabel('Their organisation (optional)').fill("Oxford Children's Services");
  await page.getByLabel('What was shared?').fill('Concerns about home conditions, by phone.');
  await page.getByRole('checkbox', { name: parent }).check();
  await page.getByRole('radio', { name: /^Safeguarding of children/ }).check();
  await page.getByRole('radio', { name: /^Not sought/ }).check();
  await page.getByLabel('Why was it shared?').fill('Asking could have put the baby at risk.');
  await page.getByRole('button', { name: 'Save to the log' }).click();
  await expect(success(page)).toContainText('Disclosure recorded');

  const entry = page.locator('.haven-disclosure', { hasText: 'Sam Patel, social worker' });
  await expect(entry.getByRole('heading')).toContainText(
    "shared with Sam Patel, social worker, Oxford Children's Services",
  );
  await expect(entry).toContainText('Concerns about home conditions, by phone.');
  await expect(entry).toContainText(parent);
  await expect(entry).toContainText('Safeguarding of children and individuals at risk (DPA 2018)');
  await expect(entry).toContainText('Not sought: it could put someone at risk or was not appropriate');
  await expect(entry).toContainText('Asking could have put the baby at risk.');
  await expect(entry).toContainText(DEMO.practitioner.name);
  await expectAccessible(page, 'disclosures: one recorded');
});

test('a review saved after someone else changed the flag keeps what was typed', async ({ page, request, baseURL }) => {
  const parent = `Cy ${uniqueSurname('Conflict')}`;
  const familyId = await seedAllocatedFamily(request, baseURL ?? '', parent);
  await signInAs(page, DEMO.practitioner);
  await openSection(page, familyId, 'Risks', 'Risks');
  await raiseFlag(page, 'Substance use', 'Medium', 'Alcohol use at weekends.', 30);

  await page.getByRole('button', { name: 'Review the substance use flag' }).click();
  await page.getByLabel('Describe the risk').fill('Alcohol use at weekends; now seeing the drug and alcohol team.');
  await fillDate(page, 'Next review by', dateParts(20));

  // Meanwhile a colleague reviews the same flag.
  const colleague = await playwrightRequest.newContext({ baseURL });
  try {
    const { email, password } = DEMO.practitioner;
    expect((await colleague.post('/api/auth/sign-in', { data: { email, password } })).status()).toBe(200);
    const session = (await (await colleague.get('/api/auth/session')).json()) as {
      csrfToken: string;
      services: { id: string }[];
    };
    const csrfToken = session.csrfToken;
    await colleague.post('/api/auth/service', {
      data: { serviceId: session.services[0]!.id },
      headers: { 'x-csrf-token': csrfToken },
    });
    const { risks } = (await (await colleague.get(`/api/families/${familyId}/risks`)).json()) as {
      risks: { id: string; version: number }[];
    };
    const flag = risks[0]!;
    const changed = await colleague.patch(`/api/risks/${flag.id}`, {
      data: { version: flag.version, level: 'high' },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(changed.status()).toBe(200);
  } finally {
    await colleague.dispose();
  }

  await page.getByRole('button', { name: 'Save review' }).click();
  await expect(errorSummary(page)).toContainText('Someone else changed this flag');
  await expect(page.getByLabel('Describe the risk')).toHaveValue(
    'Alcohol use at weekends; now seeing the drug and alcohol team.',
  );
  await expect(familyBanner(page)).toContainText('Substance use: high'); // their change is shown
  await expectAccessible(page, 'review: someone else changed the flag');
  await page.getByRole('radio', { name: 'High', exact: true }).check();
  await page.getByRole('button', { name: 'Save review' }).click();
  await expect(success(page)).toContainText('Risk flag reviewed');
  await expect(page.getByText('now seeing the drug and alcohol team')).toBeVisible();
});

/** A date `days` from today as the page writes it, e.g. "7 March 2026". */
function dateLong(days: number): string {
  const { day, month, year } = dateParts(days);
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}
