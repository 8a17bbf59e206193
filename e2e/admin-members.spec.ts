import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectAccessible, mainHeading, signIn, uniqueEmail } from './support/journeys';

async function openAdmin(page: Page): Promise<void> {
  await signIn(page, DEMO.admin.email, DEMO.admin.password);
  await page.getByLabel(DEMO.service).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Admin' }).click();
  await expect(mainHeading(page)).toContainText('Service admin');
}

test('an admin changes a member’s role, then deactivates and reactivates them', async ({ page }) => {
  const member = { name: 'Remy Rolechange', email: uniqueEmail('remy') };
  await openAdmin(page);
  await page.getByLabel('Full name').fill(member.name);
  await page.getByRole('textbox', { name: 'Email address' }).fill(member.email);
  await page.getByLabel('Coordinator', { exact: true }).check();
  await page.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByRole('heading', { name: `${member.name} has been added as Coordinator` })).toBeVisible();

  const row = page.getByRole('row', { name: new RegExp(member.name) });
  await expect(row).toContainText('Invitation pending');
  await expect(row).toContainText('No');

  await row.getByLabel(`Role for ${member.name}`).selectOption({ label: 'Team manager' });
  await row.getByRole('button', { name: `Save role for ${member.name}` }).click();
  await expect(page.getByRole('heading', { name: `${member.name} is now: Team manager` })).toBeVisible();
  await expect(row.getByLabel(`Role for ${member.name}`)).toHaveValue('manager');
  await expectAccessible(page, 'role changed');

  await row.getByRole('button', { name: `Deactivate ${member.name}` }).click();
  await expect(page.getByRole('heading', { name: `${member.name} has been deactivated` })).toBeVisible();
  await expect(row).toContainText('Deactivated');
  await expectAccessible(page, 'member deactivated');

  await row.getByRole('button', { name: `Reactivate ${member.name}` }).click();
  await expect(page.getByRole('heading', { name: `${member.name} has been reactivated` })).toBeVisible();
  await expect(row).toContainText('Invitation pending');

  // Saving the role it already has is a problem to put right, not a silent no-op.
  await row.getByRole('button', { name: `Save role for ${member.name}` }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText(`Choose a new role for ${member.name}`);
  await expectAccessible(page, 'role unchanged');
});

test('a change made from a stale page is refused with the conflict message', async ({ page, browser }) => {
  const member = { name: 'Casey Conflict', email: uniqueEmail('casey') };
  await openAdmin(page);
  await page.getByLabel('Full name').fill(member.name);
  await page.getByRole('textbox', { name: 'Email address' }).fill(member.email);
  await page.getByLabel('Trainer', { exact: true }).check();
  await page.getByRole('button', { name: 'Add member' }).click();
  const row = page.getByRole('row', { name: new RegExp(member.name) });
  await expect(row).toBeVisible();

  // Another admin session changes the member meanwhile.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await openAdmin(otherPage);
  const otherRow = otherPage.getByRole('row', { name: new RegExp(member.name) });
  await otherRow.getByRole('button', { name: `Deactivate ${member.name}` }).click();
  await expect(otherRow).toContainText('Deactivated');
  await other.close();

  await row.getByLabel(`Role for ${member.name}`).selectOption({ label: 'Practitioner' });
  await row.getByRole('button', { name: `Save role for ${member.name}` }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText('Someone else changed this member');
  // The table now shows what is saved.
  await expect(row).toContainText('Deactivated');
  await expectAccessible(page, 'conflict');
});
