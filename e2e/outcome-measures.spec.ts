import { expect, test, type Page } from '@playwright/test';
import { seedAllocatedFamily } from './support/families';
import { DEMO, errorSummary, mainHeading, recordNav, signInAs, successBanner } from './support/journeys';
import { dateParts, expectNoSidewaysScroll, fillDate, uniqueSurname } from './support/referrals';
import { screenshots } from './support/screenshots';

/** Set MEASURES_SHOTS=<folder> to keep screenshots of each page state, 1280 and 375 wide. */
const { pageState } = screenshots(process.env.MEASURES_SHOTS, {
  height: 812,
  slices: [
    [1280, 1400],
    [375, 1000],
  ],
});

/** Answers PHQ-9 items with the printed answers given, in item order. */
async function answerPhq9(page: Page, answers: string[]) {
  for (const [i, answer] of answers.entries()) {
    const item = page.getByRole('group', { name: new RegExp(`^${String(i + 1)}\\. `) });
    await item.getByRole('radio', { name: answer, exact: true }).check();
  }
}

const ALWAYS = 'Nearly every day';
const NEVER = 'Not at all';

async function givePhq9(page: Page, parent: string, timepoint: string, daysAgo: number, answers: string[]) {
  await page.getByRole('button', { name: 'Give a measure' }).click();
  await expect(page.getByRole('heading', { name: 'Give a measure' })).toBeFocused();
  await page.getByRole('radio', { name: 'PHQ-9', exact: true }).check();
  await page.getByRole('radio', { name: parent, exact: true }).check();
  await page.getByRole('radio', { name: timepoint, exact: true }).check();
  await fillDate(page, 'Date completed', dateParts(-daysAgo));
  await answerPhq9(page, answers);
}

test('a practitioner gives a PHQ-9 at assessment and review, sees the chart and the change, and rates goals', async ({
  page,
  request,
  baseURL,
}) => {
  const parent = `Mae ${uniqueSurname('Measure')}`;
  const familyId = await seedAllocatedFamily(request, baseURL ?? '', parent);

  await signInAs(page, DEMO.practitioner);
  await page.goto(`/families/${familyId}`);
  await recordNav(page).getByRole('link', { name: 'Measures', exact: true }).click();
  await expect(mainHeading(page)).toContainText('Measures');
  await expect(page.getByText('No measures have been given yet.')).toBeVisible();
  await pageState(page, 'measures-empty');

  // Missing answers are named, item by item, before anything is sent.
  await page.getByRole('button', { name: 'Give a measure' }).click();
  await page.getByRole('radio', { name: 'PHQ-9', exact: true }).check();
  await expect(page.getByText(/Pfizer/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Save measure' }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page)).toContainText('Choose when the measure was given');
  await expect(errorSummary(page).getByRole('link', { name: /^Item 9: choose an answer/ })).toHaveAttribute(
    'href',
    '#give-item-8',
  );
  await pageState(page, 'give-problems');
  await page.getByRole('button', { name: 'Cancel' }).click();

  // Assessment: 18, with item 9 answered, which warns before saving and alerts after.
  await givePhq9(page, parent, 'Assessment', 60, [
    ALWAYS,
    ALWAYS,
    ALWAYS,
    ALWAYS,
    ALWAYS,
    'More than half the days',
    NEVER,
    NEVER,
    'Several days',
  ]);
  await expect(page.getByText('the allocated practitioner will be alerted')).toBeVisible();
  await expect(page.getByText('Total so far: 18 (Moderately severe).')).toBeVisible();
  await pageState(page, 'give-phq9-filled');
  await page.getByRole('button', { name: 'Save measure' }).click();
  await expect(successBanner(page)).toContainText('PHQ-9 recorded');

  const alert = page.locator('.haven-alert');
  await expect(alert).toContainText('PHQ-9: critical answer');
  await expect(alert).toContainText('Item 9');
  await pageState(page, 'alert-open');
  await alert.getByRole('button', { name: /Acknowledge/ }).click();
  await alert.getByLabel('What was done?').fill('Rang her the same afternoon; safety plan agreed and GP informed.');
  await alert.getByRole('button', { name: 'Acknowledge alert' }).click();
  await expect(successBanner(page)).toContainText('Alert acknowledged');
  await expect(page.locator('.haven-alert')).toHaveCount(0);

  // Review: 9.
  await givePhq9(page, parent, 'Review', 0, [ALWAYS, ALWAYS, ALWAYS, NEVER, NEVER, NEVER, NEVER, NEVER, NEVER]);
  await page.getByRole('button', { name: 'Save measure' }).click();
  await expect(successBanner(page)).toContainText('PHQ-9 recorded');

  const series = page.getByRole('region', { name: `PHQ-9 for ${parent}` });
  await expect(series.getByRole('img', { name: /PHQ-9 totals for/ })).toBeVisible();
  await expect(series.getByRole('img', { name: /18 at assessment.*9 at review/ })).toBeVisible();
  const rows = series.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Assessment');
  await expect(rows.nth(1)).toContainText('18');
  await expect(rows.nth(2)).toContainText('Review');
  await expect(rows.nth(2)).toContainText('9');
  await expect(series).toContainText(
    'PHQ-9 went from 18 at assessment to 9 at review: a fall of 9 points (6 or more is a reliable change). Reliable recovery: reliable improvement to below the clinical cut-off (10).',
  );
  await pageState(page, 'phq9-chart');

  // Goals: set two, rate them at assessment and at review.
  for (const goal of ['To enjoy bath time together', 'To feel less alone in the evenings']) {
    await page.getByRole('button', { name: 'Set a goal' }).click();
    await page.getByLabel('What is the goal?').fill(goal);
    await fillDate(page, 'Date set', dateParts(-55));
    await page.getByRole('button', { name: 'Set goal' }).click();
    await expect(successBanner(page)).toContainText('Goal set');
  }
  const rate = async (timepoint: string, daysAgo: number, first: string, second: string) => {
    await page.getByRole('button', { name: 'Rate the goals' }).click();
    await page.getByRole('radio', { name: timepoint, exact: true }).check();
    await fillDate(page, 'Date rated', dateParts(-daysAgo));
    await page
      .getByRole('group', { name: /^Goal 1:/ })
      .getByRole('radio', { name: first, exact: true })
      .check();
    await page
      .getByRole('group', { name: /^Goal 2:/ })
      .getByRole('radio', { name: second, exact: true })
      .check();
    await page.getByRole('button', { name: 'Save ratings' }).click();
    await expect(successBanner(page)).toContainText('Goals rated');
  };
  await rate('Assessment', 50, '2', '4');
  await rate('Review', 0, '7', '5');
  const goals = page.getByRole('region', { name: 'Goals' });
  await expect(goals.getByRole('img', { name: /Ratings of Goal 1/ })).toBeVisible();
  await expect(goals).toContainText('The rating went from 2 at assessment to 7 at review: a rise of 5 points');
  await expect(goals).toContainText('Reliable improvement');
  await expect(goals).toContainText('The rating went from 4 at assessment to 5 at review: a rise of 1 point');
  await pageState(page, 'goals-rated');

  await page.setViewportSize({ width: 375, height: 812 });
  await expectNoSidewaysScroll(page);
});
