import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { settle } from '../support/settle.ts';

const blocks = (page: Page) => page.locator('.ProseMirror .block-text');
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Fix capitalization' });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
});

test('fix capitalization on the sample: preview, apply all in one undo step, undo, export cased text', async ({
  page,
}) => {
  const before = await blocks(page).allTextContents();
  expect(before.join(' ')).toContain('good evening and welcome to the program.');

  await blocks(page).nth(1).click();
  await settle(page);
  await page.keyboard.press('Alt+c');
  await expect(
    dialog(page).getByText(/^[\d,]+ words will change in \d+ turns in the transcript/),
  ).toBeVisible();
  // A sample in context: the word as it is, struck through, and as it will be.
  const sample = dialog(page).getByRole('list', { name: 'Sample of the changes' });
  await expect(sample.getByRole('listitem')).toHaveCount(8);
  await expect(sample.locator('ins').first()).toHaveText(/^\p{Lu}/u);
  await dialog(page).getByRole('button', { name: 'Apply all' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByText(/Capitalization fixed: [\d,]+ words changed\./)).toBeVisible();

  const after = (await blocks(page).allTextContents()).join(' ');
  expect(after).toContain('Good evening and welcome to the program.');
  expect(after).toContain('the Calder River');
  expect(after).toContain('Daniel Okafor');
  expect(after).not.toContain(' i am ');
  // Only case changed: every turn has exactly its old length, and speakers stay.
  expect((await blocks(page).allTextContents()).map((t) => t.length)).toEqual(before.map((t) => t.length));

  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await blocks(page).allTextContents()).join(' ')).toBe(before.join(' '));

  // The document stays lowercase; the export is cased.
  await page.getByRole('button', { name: 'Export…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  await exportDialog.getByRole('checkbox', { name: /Capitalize/ }).check();
  const download = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  expect(text).toContain('Good evening and welcome to the program.');
  expect(text).toContain('Daniel Okafor');
  expect((await blocks(page).allTextContents()).join(' ')).toBe(before.join(' '));
});

test('step through: accept one, always skip a word, apply only what was accepted', async ({ page }) => {
  await page.getByRole('button', { name: 'Fix capitalization…' }).click();
  await dialog(page).getByRole('button', { name: 'Step through' }).click();
  await expect(dialog(page).getByText(/^Change 1 of [\d,]+$/)).toBeVisible();
  const first = await dialog(page).locator('.casing-step ins').textContent();
  await dialog(page).getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(dialog(page).getByText(/^Change 2 of [\d,]+ \(1 accepted\)$/)).toBeVisible();
  await dialog(page)
    .getByRole('button', { name: /^Always skip/ })
    .click();
  await dialog(page).getByRole('button', { name: 'Apply 1 word accepted' }).click();
  await expect(page.getByText('Capitalization fixed: 1 word changed.')).toBeVisible();
  expect((await blocks(page).first().textContent())!.startsWith(first!)).toBe(true);
  // The skipped word stays as it was, and the next turns are untouched.
  expect(await blocks(page).nth(1).textContent()).toContain('good evening and welcome');
});
