import { expect, test, type Page } from '@playwright/test';
import { seedAllocatedFamily } from './support/families';
import {
  DEMO,
  errorSummary,
  expectAccessible,
  mainHeading,
  recordNav,
  signInAs,
  successBanner,
} from './support/journeys';
import { uniqueSurname } from './support/referrals';

const clock = (page: Page) => page.locator('.haven-coder__time');
const live = (page: Page) => page.locator('[aria-live="polite"]');

/** Lets the coding clock move on, so events are apart in time as they would be in a real interaction. */
const wait = (page: Page, ms: number) => page.waitForTimeout(ms);

test('a practitioner codes an interaction from the keyboard, with a pause and an undo, and saves it', async ({
  page,
  request,
  baseURL,
}) => {
  const parent = `Ivy ${uniqueSurname('Coder')}`;
  const surname = parent.split(' ').pop() ?? '';
  const familyId = await seedAllocatedFamily(request, baseURL ?? '', parent);

  await signInAs(page, DEMO.practitioner);
  await page.goto(`/families/${familyId}`);
  await recordNav(page).getByRole('link', { name: 'Interactions', exact: true }).click();
  await expect(mainHeading(page)).toContainText('Interactions');
  await expect(page.getByText('No interactions have been coded for this family yet.')).toBeVisible();
  await expectAccessible(page, 'interactions: none yet');

  // Setting up: the only carer and baby are chosen already; live or recording must be said.
  await page.getByRole('button', { name: 'Code an interaction' }).click();
  await expect(page.getByRole('heading', { name: 'Code an interaction' })).toBeFocused();
  await expect(page.getByRole('radio', { name: parent })).toBeChecked();
  await page.getByRole('button', { name: 'Start coding' }).click();
  await expect(errorSummary(page)).toContainText('Say whether you are coding live or from a recording');
  await expectAccessible(page, 'setup: problems');
  await page.getByRole('radio', { name: 'Live' }).check();
  // Letters typed in a text box are words, not codes.
  await page.getByLabel('Context (optional)').fill('Bath time, then a cuddle');
  await page.getByRole('button', { name: 'Start coding' }).click();

  await expect(page.getByRole('heading', { name: `Coding ${parent} with Baby ${surname}` })).toBeFocused();
  await expect(live(page)).toContainText('Coding started');
  await expectAccessible(page, 'coding: running');

  // A bid met in tune.
  await page.keyboard.press('b');
  await expect(live(page)).toContainText('Bid at 0:0');
  await wait(page, 300);
  await page.keyboard.press('c');
  await expect(live(page)).toContainText('Contingent response at');
  // A bid by the on-screen button, a missed cue, and a repair a moment later.
  await page.getByRole('button', { name: 'B Bid' }).click();
  await wait(page, 300);
  await page.keyboard.press('m');
  await wait(page, 700);
  await page.keyboard.press('r');
  await expect(live(page)).toContainText('Repair at');
  // A bid met intrusively; then a pause.
  await page.keyboard.press('b');
  await wait(page, 200);
  await page.keyboard.press('i');
  await page.keyboard.press(' ');
  await expect(live(page)).toContainText('Paused at');
  await expect(page.locator('.haven-coder__clock')).toContainText('Paused');
  await expectAccessible(page, 'coding: paused');
  const pausedAt = await clock(page).textContent();
  // Nothing is coded while paused, and the clock stands still; undo still works.
  await page.keyboard.press('b');
  await wait(page, 1200);
  await expect(clock(page)).toHaveText(pausedAt ?? '');
  await page.keyboard.press('u');
  await expect(live(page)).toContainText('Undone: intrusive response');
  await expect(page.getByText('6 events coded; last: bid')).toBeVisible();
  await page.keyboard.press(' ');
  await expect(live(page)).toContainText('Resumed at');
  // Coded again after the pause, then repaired.
  await page.keyboard.press('i');
  await wait(page, 500);
  await page.keyboard.press('r');
  await expect(page.getByText('8 events coded; last: repair')).toBeVisible();
  // Backspace undoes too; the repair is coded again.
  await page.keyboard.press('Backspace');
  await expect(page.getByText('7 events coded; last: intrusive response')).toBeVisible();
  await page.keyboard.press('r');
  await page.getByRole('button', { name: 'Finish' }).click();

  // The review: 3 bids, 1 met in tune; 2 mismatches, both repaired.
  await expect(page.getByRole('heading', { name: 'Review the coding' })).toBeFocused();
  const metrics = page.locator('.haven-coding-review .haven-interaction-metrics');
  await expect(metrics).toContainText('Contingency rate33% (1 of 3 bids met in tune)');
  await expect(metrics).toContainText('Mismatches repaired100% (2 of 2 mismatches)');
  await expect(metrics).toContainText(/Median time to repair\d+(\.\d)? seconds?/);
  await expect(page.getByRole('img', { name: /Timeline of 8 coded events/ })).toBeVisible();
  const events = page.getByRole('table', { name: 'Events coded' });
  await expect(events.locator('tbody tr')).toHaveCount(8);
  await expect(events.locator('tbody tr').nth(0)).toContainText('BidMet in tune');
  await expect(events.locator('tbody tr').nth(3)).toContainText(/Missed cueRepaired after \d+\.\d\ss/);
  await expect(events.locator('tbody tr').nth(6)).toContainText(/Intrusive responseRepaired after/);
  await expectAccessible(page, 'review');

  // Typing in the notes box codes nothing.
  await page.getByLabel('Notes (optional)').fill('Baby brightened at the bubbles; mum read the cue');
  await expect(events.locator('tbody tr')).toHaveCount(8);
  await page.getByRole('button', { name: 'Save observation' }).click();
  await expect(successBanner(page)).toContainText('Observation saved');

  const table = page.getByRole('table', { name: 'Observations, newest first' });
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table.locator('tbody tr').first()).toContainText(`${parent} with Baby ${surname}`);
  await expect(table.locator('tbody tr').first()).toContainText('33%');
  await expect(table.locator('tbody tr').first()).toContainText('100%');
  await expect(page.getByRole('img', { name: /Contingency rate and share of mismatches repaired/ })).toBeVisible();
  await expectAccessible(page, 'saved: observations over time');

  // Each observation opens to its timeline and events.
  await page.getByText(`${parent} with Baby ${surname}`, { exact: false }).last().click();
  await expect(page.getByRole('table', { name: /Events coded on/ }).locator('tbody tr')).toHaveCount(8);
  await expectAccessible(page, 'saved: one observation open');

  // The context and notes can be changed afterwards; the events cannot.
  await page.getByRole('button', { name: 'Change context or notes' }).click();
  await expect(page.getByRole('heading', { name: 'Change the context or notes' })).toBeFocused();
  await expectAccessible(page, 'saved: changing the notes');
  await page.getByRole('textbox', { name: 'Notes (optional)' }).fill('Watched back with mum: she named the repair');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(successBanner(page)).toContainText('Observation changed');
  await expect(page.getByText('Watched back with mum: she named the repair')).toBeVisible();

  // On a phone: nothing scrolls sideways, and the page is still accessible.
  await page.setViewportSize({ width: 375, height: 800 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expectAccessible(page, 'saved: at 375 px');
});

test('a coding can be discarded, after a second thought', async ({ page, request, baseURL }) => {
  const parent = `Dee ${uniqueSurname('Discard')}`;
  const familyId = await seedAllocatedFamily(request, baseURL ?? '', parent);
  await signInAs(page, DEMO.practitioner);
  await page.goto(`/families/${familyId}/interactions`);
  await page.getByRole('button', { name: 'Code an interaction' }).click();
  await page.getByRole('radio', { name: 'From a recording' }).check();
  await page.getByRole('button', { name: 'Start coding' }).click();
  await page.keyboard.press('b');
  await page.keyboard.press('i');
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('heading', { name: 'Important: Discard this coding?' })).toBeFocused();
  await expectAccessible(page, 'discard: asking');
  await page.getByRole('button', { name: 'No, keep it' }).click();
  await expect(page.getByRole('button', { name: 'Discard' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Save observation' })).toBeVisible();
  await page.getByRole('button', { name: 'Discard' }).click();
  await page.getByRole('button', { name: 'Yes, discard it' }).click();
  await expect(page.getByRole('button', { name: 'Code an interaction' })).toBeFocused();
  await expect(page.getByText('No interactions have been coded for this family yet.')).toBeVisible();
});
