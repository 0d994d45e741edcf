import { expect, test, type Page } from '@playwright/test';
import { settle } from '../support/settle.ts';
import { paintedHighlight } from '../support/highlights.ts';

const FIXTURE = new URL('../fixtures/browser/short-programme.txt', import.meta.url).pathname;
const blocks = (page: Page) => page.locator('.ProseMirror .block');
const progress = (page: Page) => page.getByRole('status', { name: 'Review progress' });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (await chooser).setFiles(FIXTURE);
  await expect(page.getByRole('heading', { name: 'Morning Desk' })).toBeVisible();
});

test('resolve every gap from the keyboard, with the progress bar at each step', async ({ page }) => {
  await expect(progress(page)).toHaveText('0 of 7 reviewed · 2 gaps open · 4 without speaker');
  await blocks(page).first().locator('.block-text').click();
  await page.keyboard.press('Control+Home');
  await settle(page);

  await page.keyboard.press('F8');
  await settle(page);
  await page.keyboard.type('bed');
  await expect(progress(page)).toHaveText('0 of 7 reviewed · 1 gap open · 4 without speaker');

  await page.keyboard.press('F8');
  await settle(page);
  await page.keyboard.press('Alt+u');
  await expect(progress(page)).toHaveText('0 of 7 reviewed · 0 gaps open · 4 without speaker');

  await page.getByRole('tab', { name: 'Gaps' }).click();
  const list = page.getByRole('list', { name: 'Gaps' });
  await expect(list.getByRole('button')).toHaveCount(2);
  await expect(list.getByRole('button').nth(0)).toContainText(/corrected.*river bed has/);
  await expect(list.getByRole('button').nth(1)).toContainText(/unresolvable.*\[ inaudible \]/);
  await expect(page.getByText('0 open · 1 corrected · 1 unresolvable')).toBeVisible();
});

test('review: Ctrl+Enter marks a block reviewed and moves to the next that needs attention', async ({
  page,
}) => {
  await blocks(page).nth(1).locator('.block-text').click();
  await settle(page);
  await page.keyboard.press('Control+Enter');
  await expect(blocks(page).nth(1)).toHaveClass(/reviewed/);
  await expect(progress(page)).toContainText('1 of 7 reviewed');
  await page.keyboard.press('Control+Enter');
  await expect(progress(page)).toContainText('2 of 7 reviewed');
  await expect(blocks(page).nth(2)).toHaveClass(/reviewed/);
  // Only what needs attention: reviewed blocks with a speaker and no open gap disappear.
  await page.getByRole('combobox', { name: 'Show' }).selectOption('attention');
  await expect(blocks(page).nth(1)).toBeHidden();
  await expect(blocks(page).nth(2)).toBeVisible(); // reviewed but unassigned, with an open gap
  await page.keyboard.press('Control+z');
});

test('find and replace: count, next, replace all in one undo step, never inside gaps', async ({ page }) => {
  await page.keyboard.press('Control+h');
  const find = page.getByRole('textbox', { name: 'Find', exact: true });
  await expect(find).toBeFocused();
  await find.fill('the');
  const status = page.locator('.find-status');
  await expect(status).toHaveText('6 matches');
  // Matches are painted as highlights over the text, which stays as it was.
  await expect.poll(() => paintedHighlight(page, 'search-hit')).toHaveLength(6);
  expect(new Set((await paintedHighlight(page, 'search-hit')).map((t) => t.toLowerCase()))).toEqual(
    new Set(['the']),
  );
  await expect(page.locator('.ProseMirror .search-hit')).toHaveCount(0);
  await find.press('Enter');
  await expect(status).toHaveText('1 of 6');
  await expect.poll(() => paintedHighlight(page, 'search-current')).toHaveLength(1);
  await expect.poll(() => paintedHighlight(page, 'search-hit')).toHaveLength(5);

  await find.fill('inaudible');
  await expect(status).toHaveText('1 match');
  await page.getByRole('button', { name: 'Replace all' }).click();
  await expect(page.getByText('Replaced 0. 1 inside gaps left as they are.')).toBeVisible();

  await find.fill('vote');
  await page.getByRole('textbox', { name: 'Replace with' }).fill('ballot');
  // From the keyboard: the button keeps the focus once no match is left.
  const replaceAll = page.getByRole('button', { name: 'Replace all' });
  await replaceAll.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.ProseMirror')).not.toContainText('vote');
  await expect(page.locator('.ProseMirror')).toContainText('the council ballot is next week');
  await expect(status).toHaveText('No matches');
  await expect(replaceAll).toBeFocused();
  await expect(replaceAll).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter'); // nothing left to replace: nothing happens
  await expect(page.locator('.ProseMirror')).toContainText('the council ballot is next week');
  await blocks(page).first().locator('.block-text').click();
  await page.keyboard.press('Control+z');
  await expect(page.locator('.ProseMirror')).toContainText('the council vote is next week');
  await expect(page.locator('.ProseMirror')).toContainText('a close vote');
});
