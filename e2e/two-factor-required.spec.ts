import { expect, test } from '@playwright/test';
import {
  DEMO,
  expectAccessible,
  expectShell,
  mainHeading,
  signIn,
  submitSignIn,
  totpCode,
  uniqueEmail,
} from './support/journeys';

test('a service that requires two-factor sign-in sends members without it to set it up', async ({ page, browser }) => {
  const member = { name: 'Theo Twofactor', email: uniqueEmail('theo'), password: 'correct horse battery staple' };

  // The admin works in the second demo service, invites someone and turns the requirement on.
  await signIn(page, DEMO.admin.email, DEMO.admin.password);
  await page.getByLabel(DEMO.otherService).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Admin' }).click();
  await page.getByLabel('Full name').fill(member.name);
  await page.getByRole('textbox', { name: 'Email address' }).fill(member.email);
  await page.getByLabel('Practitioner', { exact: true }).check();
  await page.getByRole('button', { name: 'Add member' }).click();
  const inviteLink = (await page.getByTestId('invite-link').textContent())?.trim() ?? '';

  await page.getByLabel('Require two-factor sign-in for every member of this service').check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  // The rule applies to the admin too, who has not set it up.
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(`${DEMO.otherService} requires two-factor sign-in.`)).toBeVisible();
  await expectAccessible(page, 'account, two-factor required');

  // The new member sets a password, signs in, and is sent to set up two-factor sign-in.
  const theirs = await browser.newContext();
  const them = await theirs.newPage();
  await them.goto(inviteLink);
  await them.getByLabel('Create a password').fill(member.password);
  await them.getByLabel('Enter the password again').fill(member.password);
  await them.getByRole('button', { name: 'Create password' }).click();
  await expect(mainHeading(them)).toHaveText('Sign in');
  await submitSignIn(them, member.email, member.password);
  await expect(them).toHaveURL(/\/account$/);
  await expect(them.getByText(`${DEMO.otherService} requires two-factor sign-in.`)).toBeVisible();
  // Other pages of the service send them back here until it is done.
  await them.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Home' }).click();
  await expect(them).toHaveURL(/\/account$/);

  await them.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  const secret = (await them.getByTestId('two-factor-secret').textContent()) ?? '';
  await them.getByLabel('Code from your authenticator app').fill(totpCode(secret));
  await them.getByRole('button', { name: 'Confirm and turn on' }).click();
  await expect(them.getByRole('heading', { name: 'Two-factor sign-in is set up' })).toBeVisible();
  await them.getByRole('link', { name: `Continue to ${DEMO.otherService}` }).click();
  await expectShell(them, DEMO.otherService, member.name);
  await expectAccessible(them, 'home after two-factor set-up');
  await theirs.close();
});
