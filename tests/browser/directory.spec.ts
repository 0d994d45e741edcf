import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

/// The directory of people: names given in one transcript are offered in
/// the next one that names them; the directory goes to a file and back into
/// a browser that has none; a malformed file changes nothing.

/// A later edition of the sample programme: Maya hosts again (caption prefix
/// `maya:`), and Daniel Okafor signs off a report by his full name.
const NEXT_EDITION = `tv   Counterpoint  CIVICTV  March 19, 2024 7:30pm-7:32pm EDT

7:30 pm
>> good evening and welcome to the program. maya: tonight, the calder river again. the vote on the compact was delayed. we go to port ellery. >> the legislature did not meet today. the vote is now set for next week. for counterpoint, i am daniel okafor in port ellery. maya: thank you, daniel.
7:31 pm
maya: that is all for tonight. good night.
`;

const roster = (page: Page) => page.getByRole('list', { name: 'Speakers', exact: true });

test.beforeEach(async ({ page }) => {
  // No native save dialog in a test: an export downloads, as in Firefox.
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
});

async function openSample(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
  await expect(roster(page).getByRole('listitem')).toHaveCount(2);
}

async function rename(page: Page, from: string, to: string) {
  await page.getByRole('button', { name: `Rename ${from}` }).click();
  const dialog = page.getByRole('dialog', { name: `Rename ${from}` });
  await dialog.getByRole('textbox', { name: 'New name' }).fill(to);
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(roster(page).getByText(to, { exact: true })).toBeVisible();
}

/// The directory table's row for a person, by its row header.
const personRow = (page: Page, name: string) =>
  page
    .getByRole('dialog', { name: 'People' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });

test('people named in one transcript are offered in the next; accepting one uses the directory spelling', async ({
  page,
}) => {
  await openSample(page);
  await rename(page, 'Maya', 'Maya Castellanos');
  await rename(page, 'Reporter', 'Daniel Okafor');

  // The directory has them once the roster work pauses; the dialog opens by key.
  await page.keyboard.press('Alt+k');
  const people = page.getByRole('dialog', { name: 'People' });
  await expect(personRow(page, 'Maya Castellanos')).toContainText('host');
  await expect(personRow(page, 'Maya Castellanos')).toContainText('Counterpoint');
  await expect(personRow(page, 'Daniel Okafor')).toContainText('reporter');
  await expect(people.getByRole('rowheader')).toHaveCount(2);
  // Search by role, then by name.
  await people.getByRole('searchbox', { name: 'Search people' }).fill('reporter');
  await expect(people.getByRole('rowheader')).toHaveText(['Daniel Okafor']);
  await people.getByRole('searchbox', { name: 'Search people' }).fill('castellanos');
  await expect(people.getByRole('rowheader')).toHaveText(['Maya Castellanos']);
  await people.getByRole('button', { name: 'Close' }).click();

  // The next edition: the sample's changes are not saved to a file, so the app asks first.
  await page.getByLabel('Open transcript file').setInputFiles({
    name: 'counterpoint-2024-03-19.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(NEXT_EDITION),
  });
  await page.getByRole('button', { name: 'Discard changes and open' }).click();
  await expect(roster(page).getByRole('listitem')).toHaveCount(1);
  await expect(roster(page)).toContainText('Maya');

  const offers = page.getByRole('list', { name: 'People from the directory' });
  await expect(offers.getByRole('listitem')).toHaveCount(2);
  await expect(offers).toContainText('Maya Castellanos, host of Counterpoint');
  await expect(offers).toContainText('Daniel Okafor, reporter of Counterpoint');
  // Offered, not applied: the roster still says what the captions said.
  await expect(roster(page).getByText('Maya Castellanos')).toHaveCount(0);
  // The captions' own candidate is not listed twice.
  await expect(page.getByRole('list', { name: 'Suggested speakers' })).toHaveCount(0);

  // Accepting Daniel adds him and gives him the turn he signs off.
  await offers.getByRole('button', { name: 'Use Daniel Okafor, reporter of Counterpoint' }).click();
  await expect(roster(page).getByText('Daniel Okafor', { exact: true })).toBeVisible();
  const labels = page.locator('.ProseMirror .block .speaker-name');
  await expect(labels.filter({ hasText: 'Daniel Okafor' })).toHaveCount(1);
  // Accepting Maya gives the caption prefix's speaker the directory's spelling.
  await offers.getByRole('button', { name: 'Use Maya Castellanos, host of Counterpoint' }).click();
  await expect(roster(page).getByText('Maya Castellanos', { exact: true })).toBeVisible();
  await expect(roster(page).getByRole('listitem')).toHaveCount(2);
  await expect(labels.filter({ hasText: /^Maya$/ })).toHaveCount(0);
  await expect(offers).toHaveCount(0);
  // One undo step each.
  await page.keyboard.press('Control+z');
  await expect(roster(page).getByText('Maya', { exact: true })).toBeVisible();
});

test('the directory exports to a file that a fresh browser imports; a malformed file changes nothing', async ({
  page,
  browser,
}) => {
  await openSample(page);
  await rename(page, 'Maya', 'Maya Castellanos');
  await page.getByRole('button', { name: 'People…' }).click();
  const people = page.getByRole('dialog', { name: 'People' });
  await expect(personRow(page, 'Maya Castellanos')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    people.getByRole('button', { name: 'Export…' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('caption-desk-people.json');
  const file = await readFile(await download.path());

  // Another browser profile: its IndexedDB is empty.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  await openSample(other);
  await other.getByRole('button', { name: 'People…' }).click();
  const directory = other.getByRole('dialog', { name: 'People' });
  await expect(directory).toContainText('Nobody yet');
  await directory.getByLabel('Import a directory file').setInputFiles({
    name: 'caption-desk-people.json',
    mimeType: 'application/json',
    buffer: file,
  });
  await expect(directory.getByRole('status').filter({ hasText: 'Imported 1 person' })).toBeVisible();
  await expect(personRow(other, 'Maya Castellanos')).toContainText('host');
  await expect(personRow(other, 'Maya Castellanos')).toContainText('2024-03-12');

  // A file that is not a directory: a clear message, and the directory as it was.
  await directory.getByLabel('Import a directory file').setInputFiles({
    name: 'people.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'caption-desk-directory',
        version: 1,
        people: [{ id: 'x', name: 'A', role: 'king' }],
      }),
    ),
  });
  await expect(directory.getByRole('alert')).toContainText('people.json: This directory file cannot be read');
  await expect(directory.getByRole('alert')).toContainText('Nothing was imported');
  await expect(directory.getByRole('rowheader')).toHaveText(['Maya Castellanos']);

  // By keyboard: edit a role, delete, and undo the delete.
  await directory.getByRole('button', { name: 'Edit Maya Castellanos' }).press('Enter');
  await expect(directory.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await directory.getByRole('combobox', { name: 'Role' }).selectOption('anchor');
  await directory.getByRole('textbox', { name: 'Affiliation' }).fill('Civic TV');
  await directory.getByRole('textbox', { name: 'Affiliation' }).press('Enter');
  await expect(directory.getByRole('button', { name: 'Edit Maya Castellanos' })).toBeFocused();
  await expect(personRow(other, 'Maya Castellanos')).toContainText('anchor');
  await expect(personRow(other, 'Maya Castellanos')).toContainText('Civic TV');
  await directory.getByRole('button', { name: 'Delete Maya Castellanos' }).press('Enter');
  await expect(directory.getByRole('rowheader')).toHaveCount(0);
  const undo = directory.getByRole('button', { name: 'Undo: put Maya Castellanos back' });
  await expect(undo).toBeFocused();
  await undo.press('Enter');
  await expect(directory.getByRole('rowheader')).toHaveText(['Maya Castellanos']);
  await fresh.close();
});
