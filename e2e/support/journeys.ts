import { expect, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { expectAccessible } from './accessibility';

/** Demo accounts created by `haven serve` on an empty database with HAVEN_DEMO=1. */
export const DEMO = {
  service: 'Demo Parent-Infant Team',
  otherService: 'Demo Northern Pip',
  admin: { email: 'admin@demo.haven.test', password: 'demo-admin-password', name: 'Ada Admin' },
  practitioner: {
    email: 'practitioner@demo.haven.test',
    password: 'demo-practitioner-password',
    name: 'Priya Practitioner',
  },
  coordinator: { email: 'coordinator@demo.haven.test', password: 'demo-coordinator-password', name: 'Cal Coordinator' },
  manager: { email: 'manager@demo.haven.test', password: 'demo-manager-password', name: 'Morgan Manager' },
};

/** A run-unique email address, so the specs can be run again against the same database. */
export const uniqueEmail = (who: string) =>
  `${who}.${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}@example.org`;

export const mainHeading = (page: Page) => page.getByRole('heading', { level: 1 });

export const errorSummary = (page: Page) => page.locator('.nhsuk-error-summary');

/** The app's main menu. */
export const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu' });

/** The links to the sections of a family's record. */
export const recordNav = (page: Page) => page.getByRole('navigation', { name: 'Family record' });

/** The banner at the top of a family's record. */
export const familyBanner = (page: Page) => page.getByRole('region', { name: 'About this family' });

/** The banner that says something was saved. */
export const successBanner = (page: Page) => page.getByRole('alert', { name: 'Success' });

/** Fills in and sends the sign-in form (the page must be showing it). */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Opens the sign-in page and checks it, then signs in. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await expect(mainHeading(page)).toHaveText('Sign in');
  await submitSignIn(page, email, password);
}

/** Signs in and waits for the home page, so the session is there before going elsewhere. */
export async function signInAs(page: Page, who: { email: string; password: string; name: string }): Promise<void> {
  await signIn(page, who.email, who.password);
  await expect(mainHeading(page)).toContainText(`Welcome, ${who.name}`);
}

/** Expects the app shell: the service in the header, the signed-in person, and their home page. */
export async function expectShell(page: Page, service: string, name: string): Promise<void> {
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: service })).toBeVisible();
  await expect(header.getByRole('navigation', { name: 'Account' })).toContainText(name);
  await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Home' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText('You have signed out.')).toBeVisible();
}

/**
 * The authenticator app's code for a secret shown on the page. `offsetSteps` moves to a later
 * 30-second step: the server accepts one step of drift but never a step it has already accepted.
 */
export function totpCode(secret: string, offsetSteps = 0): string {
  const totp = new TOTP({
    secret: Secret.fromBase32(secret.replace(/\s/g, '')),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  });
  return totp.generate({ timestamp: Date.now() + offsetSteps * 30_000 });
}

/** A 6-digit code that is certainly not accepted now (not the code of any nearby step). */
export function wrongCode(secret: string): string {
  const near = new Set([-1, 0, 1, 2].map((step) => totpCode(secret, step)));
  for (let n = 0; ; n++) {
    const code = String(n).padStart(6, '0');
    if (!near.has(code)) return code;
  }
}

export { expectAccessible };
