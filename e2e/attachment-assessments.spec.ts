import { expect, test, type Page } from '@playwright/test';
import { seedAllocatedFamily } from './support/families';
import { DEMO, errorSummary, mainHeading, recordNav, signInAs, successBanner } from './support/journeys';
import { dateParts, expectNoSidewaysScroll, fillDate, uniqueSurname } from './support/referrals';
import { screenshots } from './support/screenshots';

// Set ATTACHMENT_SHOTS to a folder to keep screenshots of each state at desktop and phone widths.
const { pageState } = screenshots(process.env.ATTACHMENT_SHOTS, {
  height: 900,
  slices: [
    [1280, 1800],
    [375, 1800],
  ],
});

const DIMENSIONS = ['availability', 'sensitivity', 'acceptance', 'co-operation', 'family membership'] as const;
const BENEFITS = ['trust', 'managing feelings', 'self-esteem', 'feeling effective', 'belonging'] as const;
const CARER_LABELS = ['1 – Serious concern', '2 – Emerging', '3 – Developing', '4 – Established', '5 – Strong'];
const CHILD_LABELS = ['1 – Serious concern', '2 – First signs', '3 – Developing', '4 – Established', '5 – Secure'];

/** Fills in a Secure Base review: each dimension's carer and child rating, evidence for the first. */
async function recordReview(page: Page, daysAgo: number, carer: number[], child: number[], evidence: string) {
  await page.getByRole('button', { name: 'Record a Secure Base review' }).click();
  await expect(page.getByRole('heading', { name: 'Record a Secure Base review' })).toBeFocused();
  await fillDate(page, 'Date of the review', dateParts(-daysAgo));
  for (const [i, dimension] of DIMENSIONS.entries()) {
    await page
      .getByRole('group', { name: `The carer's approach: ${dimension}` })
      .getByRole('radio', { name: CARER_LABELS[(carer[i] ?? 1) - 1] })
      .check();
    await page
      .getByRole('group', { name: `The child's response: ${BENEFITS[i]}` })
      .getByRole('radio', { name: CHILD_LABELS[(child[i] ?? 1) - 1] })
      .check();
  }
  await page.getByLabel('Evidence for availability (optional)').fill(evidence);
  await page.getByLabel('Goals for availability (optional)').fill('Respond to crying within a few minutes');
  await page.getByRole('button', { name: 'Save review' }).click();
  await expect(successBanner(page)).toContainText('Secure Base review recorded');
}

test('a practitioner records a Secure Base review twice and sees the profile compared, then records attachment behaviours', async ({
  page,
  request,
  baseURL,
}) => {
  const parent = `Ada ${uniqueSurname('Attach')}`;
  const familyId = await seedAllocatedFamily(request, baseURL ?? '', parent);

  await signInAs(page, DEMO.practitioner);
  await page.goto(`/families/${familyId}`);
  await recordNav(page).getByRole('link', { name: 'Attachment', exact: true }).click();
  await expect(mainHeading(page)).toContainText('Attachment');
  await expect(page.getByText('No Secure Base reviews yet.')).toBeVisible();
  await pageState(page, 'attachment-empty');

  // Checked in the browser first: every rating is needed.
  await page.getByRole('button', { name: 'Record a Secure Base review' }).click();
  await expect(page.getByRole('radio', { name: 'Birth family' })).toBeChecked();
  await page.getByRole('button', { name: 'Save review' }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page).getByRole('link', { name: "Rate the carer's availability" })).toHaveAttribute(
    'href',
    '#sbr-availability-carer',
  );
  await expect(page).toHaveTitle(/^Error: Attachment/);
  await pageState(page, 'review-problems');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Record a Secure Base review' })).toBeFocused();

  // The first review, a month ago.
  await recordReview(page, 30, [2, 2, 3, 2, 3], [1, 2, 2, 2, 3], 'Slow to respond to crying at the first visit');
  await expect(page.getByText('There is one review so far.')).toBeVisible();
  await pageState(page, 'one-review');

  // The second, today: the profile compares it with the first.
  await recordReview(page, 0, [4, 3, 3, 3, 2], [3, 2, 3, 2, 3], 'Goes to the baby at the first cry now');
  const profile = page.getByRole('region', { name: 'Secure Base profile' });
  await expect(profile.getByRole('img', { name: /^The carer’s approach, rated 1 to 5/ })).toBeVisible();
  await expect(profile.getByRole('img', { name: /^The child’s response, rated 1 to 5/ })).toBeVisible();
  await expect(profile.getByRole('img', { name: /^The carer’s approach/ })).toHaveAccessibleName(
    /First review, .*: Availability 2, Sensitivity 2, Acceptance 3, Co-operation 2, Family membership 3\. Latest review, .*: Availability 4, Sensitivity 3, Acceptance 3, Co-operation 3, Family membership 2\./,
  );
  await expect(profile.getByText(/First review, .* \(dashed line, open circles\)/)).toBeVisible();
  await expect(profile.getByText(/Latest review, .* \(solid line, filled squares\)/)).toBeVisible();
  const carerTable = profile.getByRole('table', { name: /The carer’s approach/ });
  await expect(carerTable.getByRole('row', { name: /Availability/ })).toContainText(/2\s*4\s*\+2/);
  await expect(carerTable.getByRole('row', { name: /Family membership/ })).toContainText(/3\s*2\s*−1/);
  await expect(profile.getByText('Improved: Availability, Sensitivity, Co-operation')).toBeVisible();
  await expect(profile.getByText('Declined: Family membership')).toBeVisible();
  const childTable = profile.getByRole('table', { name: /The child’s response/ });
  await expect(childTable.getByRole('row', { name: /Availability/ })).toContainText(/1\s*3\s*\+2/);
  // Evidence and goals per dimension, the latest review's open.
  const latest = page.locator('.haven-assessment-card').first();
  await expect(latest).toContainText('Goes to the baby at the first cry now');
  await expect(latest).toContainText('4 – Established');
  await pageState(page, 'two-reviews-compared');

  // A correction to the latest review: only the changed rating is sent, and the comparison follows.
  await latest.getByRole('button', { name: 'Update this review' }).click();
  await expect(page.getByRole('heading', { name: /^Update the review of / })).toBeFocused();
  await page
    .getByRole('group', { name: "The carer's approach: availability" })
    .getByRole('radio', { name: '5 – Strong' })
    .check();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(successBanner(page)).toContainText('Secure Base review updated');
  await expect(carerTable.getByRole('row', { name: /Availability/ })).toContainText(/2\s*5\s*\+3/);

  // An observation of the four features of attachment; a concern needs a description.
  await page.getByRole('button', { name: 'Record attachment behaviours' }).click();
  await page.getByLabel('Who observed').fill('Priya, practitioner');
  await page.getByLabel('Where (optional)').fill('Home');
  await fillDate(page, 'Date observed', dateParts(-1));
  const seen = {
    'proximity maintenance': 'Clearly seen',
    'safe haven': 'A concern',
    'secure base': 'Sometimes seen',
    'separation distress': 'Not observed in this setting',
  };
  for (const [feature, answer] of Object.entries(seen)) {
    await page
      .getByRole('group', { name: `What was seen of ${feature}?` })
      .getByRole('radio', { name: answer })
      .check();
  }
  await page.getByRole('button', { name: 'Save observation' }).click();
  await expect(errorSummary(page)).toContainText('Describe what was seen that is a concern');
  await pageState(page, 'observation-problems');
  await page.getByLabel('Describe what was seen of safe haven').fill('Turned away from mum when startled');
  await page.getByRole('button', { name: 'Save observation' }).click();
  await expect(successBanner(page)).toContainText('Observation recorded');
  const observation = page.locator('.haven-assessment-card', { hasText: 'Observed on' });
  await expect(observation).toContainText('A concern');
  await expect(observation).toContainText('Turned away from mum when startled');
  await expect(observation).toContainText('Observed by Priya, practitioner');
  await pageState(page, 'observation-recorded');

  // A phone's width: nothing wider than the screen.
  await page.setViewportSize({ width: 375, height: 800 });
  await expectNoSidewaysScroll(page);
});
