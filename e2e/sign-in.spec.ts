import { expect, test } from '@playwright/test';
import {
  DEMO,
  errorSummary,
  expectAccessible,
  expectShell,
  mainHeading,
  signIn,
  signOut,
  submitSignIn,
} from './support/journeys';

test('a practitioner signs in, sees the app shell and signs out', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(mainHeading(page)).toHaveText('Sign in');
  await expect(page).toHaveTitle('Sign in – Haven');
  await expectAccessible(page, 'sign-in');

  await submitSignIn(page, DEMO.practitioner.email, DEMO.practitioner.password);
  await expect(mainHeading(page)).toContainText(`Welcome, ${DEMO.practitioner.name}`);
  await expect(page).toHaveTitle('Home – Haven');
  await expectShell(page, DEMO.service, DEMO.practitioner.name);
  await expect(page.getByRole('main').getByRole('link', { name: 'Your caseload' })).toBeVisible();
  // One service only: no service switching, and no admin area for a practitioner.
  const menu = page.getByRole('navigation', { name: 'Menu' });
  await expect(menu.getByRole('link', { name: 'Switch service' })).toHaveCount(0);
  await expect(menu.getByRole('link', { name: 'Admin' })).toHaveCount(0);
  await expectAccessible(page, 'home');

  await menu.getByRole('link', { name: 'Your account' }).click();
  await expect(mainHeading(page)).toHaveText('Your account');
  await expect(mainHeading(page)).toBeFocused();
  await expectAccessible(page, 'account');

  await page.goto('/admin');
  await expect(mainHeading(page)).toHaveText('You cannot open this page');
  await expectAccessible(page, 'admin refused');

  await signOut(page);
  await expectAccessible(page, 'signed out');
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('sign-in problems show the error summary, focused, linking to the fields', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('There is a problem');
  await expect(summary.getByRole('link', { name: 'Enter your email address' })).toHaveAttribute('href', '#email');
  await expect(summary.getByRole('link', { name: 'Enter your password' })).toHaveAttribute('href', '#password');
  await expect(page.locator('#email--error-message')).toContainText('Enter your email address');
  await expect(page).toHaveTitle('Error: Sign in – Haven');
  await expectAccessible(page, 'sign-in with missing fields');

  await summary.getByRole('link', { name: 'Enter your password' }).click();
  await expect(page.locator('#password')).toBeFocused();

  await signIn(page, DEMO.practitioner.email, 'not-the-password');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('The email address or password is not right.');
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
  await expectAccessible(page, 'sign-in refused');
});

test('the skip link is the first thing a keyboard reaches and moves focus to the content', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(mainHeading(page)).toHaveText('Sign in');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Email address')).toBeFocused();
});

test('the sign-in page passes the accessibility scan at phone width', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/sign-in');
  await expect(mainHeading(page)).toHaveText('Sign in');
  await expectAccessible(page, 'sign-in at 375px');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expectAccessible(page, 'sign-in errors at 375px');
  // Nothing wider than the screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
