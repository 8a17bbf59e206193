import { expect, test, type Page } from '@playwright/test';
import { seedAllocatedFamily } from './support/families';
import { DEMO, expectAccessible, mainHeading, recordNav, signIn } from './support/journeys';
import { uniqueSurname } from './support/referrals';

const saveStatus = (page: Page) => page.locator('.haven-save-status');
const noteBox = (page: Page) => page.getByRole('textbox', { name: 'Note', exact: true });

/** A family allocated to the demo practitioner, and the practitioner signed in on its case notes. */
async function openCaseNotes(page: Page, request: Parameters<typeof seedAllocatedFamily>[0], baseURL?: string) {
  const parent = `Nia ${uniqueSurname('Notes')}`;
  const familyId = await seedAllocatedFamily(request, baseURL ?? '', parent);
  await signIn(page, DEMO.practitioner.email, DEMO.practitioner.password);
  await expect(mainHeading(page)).toContainText('Welcome');
  await page.goto(`/families/${familyId}`);
  await recordNav(page).getByRole('link', { name: 'Case notes' }).click();
  await expect(mainHeading(page)).toContainText('Case notes');
  return { familyId, parent };
}

const FIRST = 'Home visit with mum and baby.\n\n  Baby settled quickly when held; <b>not markup</b>.';

test('a practitioner writes a note that saves as they type, leaves and comes back, signs it and adds an addendum', async ({
  page,
  request,
  baseURL,
}) => {
  const { parent } = await openCaseNotes(page, request, baseURL);
  await expect(mainHeading(page)).toContainText(parent);
  await expect(page.getByText('No notes have been signed for this family yet.')).toBeVisible();
  await expectAccessible(page, 'case notes, none yet');

  // Write: it saves itself a moment after typing stops.
  await page.getByRole('button', { name: 'Write a note' }).click();
  await expect(mainHeading(page)).toContainText('Write a case note');
  await expect(noteBox(page)).toBeFocused();
  await noteBox(page).fill(FIRST);
  await expect(saveStatus(page)).toHaveText(/^Saved at \d\d:\d\d$/);
  await expectAccessible(page, 'writing a note');

  // Away to another section and back: the draft is waiting, text intact.
  await recordNav(page).getByRole('link', { name: 'Appointments' }).click();
  await expect(mainHeading(page)).toContainText('Appointments');
  await recordNav(page).getByRole('link', { name: 'Case notes' }).click();
  await expect(page.getByRole('heading', { name: 'Your drafts' })).toBeVisible();
  const draft = page.getByRole('article').filter({ hasText: 'Home visit with mum and baby.' });
  await expect(draft).toContainText('Draft, last saved');
  await expectAccessible(page, 'case notes with a draft');
  await draft.getByRole('link', { name: /^Continue/ }).click();
  await expect(mainHeading(page)).toContainText('Write a case note');
  await expect(noteBox(page)).toHaveValue(FIRST);
  await noteBox(page).pressSequentially('\nGP letter to follow.');
  await expect(saveStatus(page)).toHaveText(/^Saved at/);

  // Sign, after a confirmation that says what signing means.
  await page.getByRole('button', { name: 'Sign this note' }).click();
  await expect(page.getByRole('heading', { name: 'Sign this note?' })).toBeFocused();
  await expect(page.getByText('cannot be changed or deleted afterwards')).toBeVisible();
  await expectAccessible(page, 'confirm signing');
  await page.getByRole('button', { name: 'Yes, sign this note' }).click();
  await expect(page.getByRole('heading', { name: 'Note signed' })).toBeVisible();
  await expect(mainHeading(page)).toContainText('Case notes');
  await expect(page.getByRole('heading', { name: 'Your drafts' })).toHaveCount(0);

  // Signed: read-only, laid out as written, shown as text.
  const note = page.getByRole('article').filter({ hasText: 'Home visit with mum and baby.' });
  await expect(note).toContainText(`${DEMO.practitioner.name}. Signed`);
  await expect(note.getByText('<b>not markup</b>', { exact: false })).toBeVisible();
  expect(await note.locator('.haven-note__body').innerText()).toBe(`${FIRST}\nGP letter to follow.`);
  await expect(page.getByRole('textbox', { name: 'Note', exact: true })).toHaveCount(0);
  await expect(note.getByRole('link', { name: /Continue/ })).toHaveCount(0);
  await expect(note.getByRole('button', { name: /edit|change/i })).toHaveCount(0);
  await expectAccessible(page, 'note signed');

  // An addendum, written and signed the same way, shown beneath its note.
  await note.getByRole('button', { name: /^Add an addendum/ }).click();
  await expect(mainHeading(page)).toContainText('Write an addendum');
  await expect(page.getByRole('heading', { name: /^Adding to the note of/ })).toBeVisible();
  await page.getByRole('textbox', { name: 'Addendum', exact: true }).fill('The GP letter arrived: no concerns.');
  await expect(saveStatus(page)).toHaveText(/^Saved at/);
  await expectAccessible(page, 'writing an addendum');
  await page.getByRole('button', { name: 'Sign this addendum' }).click();
  await page.getByRole('button', { name: 'Yes, sign this addendum' }).click();
  await expect(page.getByRole('heading', { name: 'Addendum signed' })).toBeVisible();
  const addendum = note.locator('.haven-addendum');
  await expect(addendum.getByRole('heading', { level: 4 })).toContainText(
    `Addendum by ${DEMO.practitioner.name}, signed`,
  );
  await expect(addendum).toContainText('The GP letter arrived: no concerns.');
  await expectAccessible(page, 'addendum signed');

  // Search finds the note by its addendum's words; clearing shows everything again.
  await page.getByLabel('Search the notes').fill('gp LETTER arrived');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByText('1 signed note found for “gp LETTER arrived”')).toBeVisible();
  await expect(note.locator('mark')).toHaveText('GP letter arrived');
  await expectAccessible(page, 'search results');
  await page.getByLabel('Search the notes').fill('zebra');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByText('0 signed notes found for “zebra”')).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(page.getByLabel('Search the notes')).toHaveValue('');
  await expect(page.getByRole('article')).toHaveCount(1);
});

test('text typed and not yet saved when the page reloads is put back from this device, then saved', async ({
  page,
  request,
  baseURL,
}) => {
  const { familyId } = await openCaseNotes(page, request, baseURL);
  await page.getByRole('button', { name: 'Write a note' }).click();
  await expect(mainHeading(page)).toContainText('Write a case note');
  const noteId = new URL(page.url()).searchParams.get('note') ?? '';
  expect(noteId).not.toBe('');

  // The network drops, and text typed into the new draft never reached Haven: only this device
  // holds it. (Written to the device's copy directly, so no save made as the page unloads can race it.)
  const dropSaves = (route: Parameters<Parameters<Page['route']>[1]>[0]) =>
    route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.continue();
  await page.route('**/api/notes/*', dropSaves);
  const noteDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  await page.evaluate(([key, copy]) => localStorage.setItem(key, copy), [
    `haven.note-draft.${noteId}`,
    JSON.stringify({
      familyId,
      body: 'Typed just before the page reloaded.',
      noteDate,
      baseVersion: 1,
      changedAt: new Date().toISOString(),
    }),
  ] as const);
  await page.reload();

  await expect(mainHeading(page)).toContainText('Write a case note');
  await expect(noteBox(page)).toHaveValue('Typed just before the page reloaded.');
  await expect(page.getByText(/had not been saved\. It has been put back below/)).toBeVisible();
  await expect(saveStatus(page)).toContainText('Not saved: Haven could not be reached.');
  await expect(saveStatus(page)).toContainText('Your text is kept on this device');
  await expectAccessible(page, 'text put back, not yet saved');

  await page.unroute('**/api/notes/*', dropSaves);
  await page.getByRole('button', { name: 'Try saving again' }).click();
  await expect(saveStatus(page)).toHaveText(/^Saved at/);

  // Saved: the device copy is gone, and the server's text opens without a notice.
  await page.reload();
  await expect(noteBox(page)).toHaveValue('Typed just before the page reloaded.');
  await expect(page.getByText(/had not been saved/)).toHaveCount(0);
  await expect(saveStatus(page)).toHaveText(/^Last saved at/);
});

test('a draft saved from another window keeps the text typed here until the practitioner chooses', async ({
  page,
  request,
  baseURL,
}) => {
  const { familyId } = await openCaseNotes(page, request, baseURL);
  await page.getByRole('button', { name: 'Write a note' }).click();
  await noteBox(page).fill('Typed in this window.');
  await expect(saveStatus(page)).toHaveText(/^Saved at/);

  // Another window (the same person) saves the draft over it.
  const noteId = new URL(page.url()).searchParams.get('note') ?? '';
  const { csrfToken } = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
  const { notes } = (await (await page.request.get(`/api/families/${familyId}/notes`)).json()) as {
    notes: { id: string; version: number; noteDate: string }[];
  };
  const current = notes.find((n) => n.id === noteId);
  const other = await page.request.put(`/api/notes/${noteId}`, {
    data: { version: current?.version, body: 'Typed in the other window.', noteDate: current?.noteDate },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(other.status()).toBe(200);

  await noteBox(page).pressSequentially(' And more here.');
  await expect(page.getByRole('heading', { name: 'This draft was changed in another window' })).toBeVisible();
  await expect(saveStatus(page)).toContainText('Not saved');
  await expect(noteBox(page)).toHaveValue('Typed in this window. And more here.');
  await page.getByText(/^See the version saved at/).click();
  await expect(page.getByText('Typed in the other window.')).toBeVisible();
  await expectAccessible(page, 'draft saved elsewhere');

  await page.getByRole('button', { name: 'Keep my text and save it' }).click();
  await expect(saveStatus(page)).toHaveText(/^Saved at/);
  await expect(page.getByRole('heading', { name: 'This draft was changed in another window' })).toHaveCount(0);

  // Discarded from the list, after a confirmation.
  await page.getByRole('link', { name: 'Back to case notes' }).click();
  const draft = page.getByRole('article').filter({ hasText: 'Typed in this window. And more here.' });
  await draft.getByRole('button', { name: /^Discard/ }).click();
  await expect(draft.getByText('Discard this draft?')).toBeFocused();
  await expectAccessible(page, 'confirm discarding');
  await draft.getByRole('button', { name: 'Yes, discard it' }).click();
  await expect(page.getByRole('heading', { name: 'Draft discarded' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your drafts' })).toHaveCount(0);
});

test('a coordinator sees no case notes in a family record', async ({ page, request, baseURL }) => {
  const familyId = await seedAllocatedFamily(request, baseURL ?? '', `Cai ${uniqueSurname('Coord')}`);
  await signIn(page, DEMO.coordinator.email, DEMO.coordinator.password);
  await expect(mainHeading(page)).toContainText('Welcome');
  await page.goto(`/families/${familyId}`);
  await expect(recordNav(page).getByRole('link', { name: 'Overview' })).toBeVisible();
  await expect(recordNav(page).getByRole('link', { name: 'Case notes' })).toHaveCount(0);
  await expectAccessible(page, 'record for a coordinator');

  await page.goto(`/families/${familyId}/notes`);
  await expect(page.getByText('Your role does not include them.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Write a note' })).toHaveCount(0);
  await expectAccessible(page, 'case notes refused to a coordinator');
});
