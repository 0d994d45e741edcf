import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { pasteTextOverChanges } from '../support/pasteText.ts';
import { settle } from '../support/settle.ts';

const FIXTURES = new URL('../fixtures/browser/', import.meta.url);
const fixture = (name: string) => new URL(name, FIXTURES).pathname;

/// Browsers without the File System Access API save by download; these
/// tests take that path so Playwright can read what was saved.
async function useDownloads(page: Page) {
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
}

async function openFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (await chooser).setFiles(path);
}

const blocks = (page: Page) => page.locator('.ProseMirror .block');
const blockText = (page: Page, i: number) => blocks(page).nth(i).locator('.block-text');

async function openShortProgramme(page: Page) {
  await openFile(page, fixture('short-programme.txt'));
  await expect(page.getByRole('heading', { name: 'Morning Desk' })).toBeVisible();
  await expect(blocks(page)).toHaveCount(7);
}

/// Puts the caret `offset` characters into block `i`'s text, through the DOM
/// selection (arrow keys are fast enough in a test to outrun the browser's
/// selectionchange events).
async function caretAt(page: Page, i: number, offset: number) {
  await blockText(page, i).click();
  await blockText(page, i).evaluate((el, n) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let left = n;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = (node as Text).length;
      if (left <= length) {
        getSelection()?.collapse(node, left);
        return;
      }
      left -= length;
    }
  }, offset);
  await settle(page);
}

/// Puts the cursor at the end of block `i`'s text.
async function cursorAtEnd(page: Page, i: number) {
  await blockText(page, i).click();
  await page.keyboard.press('End');
  await settle(page);
}

test.beforeEach(async ({ page }) => {
  await useDownloads(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
});

/// Lets the browser deliver pending `selectionchange` events, which
/// ProseMirror reads the caret from, before the next key.

test('starts with the bundled sample loaded', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Untitled transcript');
  expect(await blocks(page).count()).toBeGreaterThan(10);
  await expect(page.getByRole('list', { name: 'Speakers' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('status', { name: 'Open gaps' })).not.toHaveText('0 gaps open');
});

test('opens an Archive page: header, turns, speakers, times, gaps, no chrome', async ({ page }) => {
  await openShortProgramme(page);
  await expect(page.getByText('KQED · 2024-03-03 · 8:00 am–8:03 am PST')).toBeVisible();
  await expect(blockText(page, 1)).toHaveText('today we look at the river project with two guests.');
  await expect(blocks(page).nth(1).locator('.block-speaker')).toContainText('Maya');
  await expect(blocks(page).nth(2).locator('.block-speaker')).toHaveText('Unassigned');
  await expect(blocks(page).nth(3).locator('.block-time')).toHaveText('8:01 am 00:01:00');
  await expect(blocks(page).nth(1).locator('.block-time')).toHaveClass(/estimated/);
  await expect(blocks(page).nth(6).locator('.block-speaker')).toContainText('Reporter');
  await expect(page.getByRole('status', { name: 'Open gaps' })).toHaveText('2 gaps open');
  await expect(page.locator('.ProseMirror')).not.toContainText('Views');
  await expect(page.locator('.ProseMirror')).not.toContainText('Stream Only');
});

test('keyboard: assign a speaker, correct a gap, save, reload and find it all', async ({ page }) => {
  await openShortProgramme(page);
  // Alt+1 assigns the first roster speaker (Maya) to the block under the cursor.
  await cursorAtEnd(page, 2);
  await page.keyboard.press('Alt+1');
  await expect(blocks(page).nth(2).locator('.block-speaker')).toContainText('Maya');

  // F8 selects the next gap; typing replaces it.
  await page.keyboard.press('Control+Home');
  await settle(page);
  await page.keyboard.press('F8');
  await settle(page);
  await page.keyboard.type('bed');
  await expect(blockText(page, 2)).toHaveText('thanks for having me. the river bed has changed a lot.');
  await expect(page.getByRole('status', { name: 'Open gaps' })).toHaveText('1 gap open');

  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(saved.format).toBe('caption-desk');
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Morning Desk' })).toBeVisible();
  await expect(blockText(page, 2)).toHaveText('thanks for having me. the river bed has changed a lot.');
  await expect(blocks(page).nth(2).locator('.block-speaker')).toContainText('Maya');
  await expect(page.getByRole('status', { name: 'Open gaps' })).toHaveText('1 gap open');
});

test('a file that is not a transcript leaves the open document untouched', async ({ page }) => {
  await openShortProgramme(page);
  // Each turn's time, speaker and text (not the speaker suggestions, which
  // appear a moment after a document opens).
  const turns = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('.ProseMirror .block'), (b) =>
        ['.block-time', '.speaker-name', '.block-text'].map((c) => b.querySelector(c)?.textContent),
      ),
    );
  const before = await turns();
  for (const name of ['broken.json', 'binary.bin']) {
    await openFile(page, fixture(name));
    await expect(page.getByRole('alert')).toContainText(name);
    await expect(page.getByRole('alert')).toContainText('The open transcript is unchanged.');
    expect(await turns()).toEqual(before);
    await page.getByRole('button', { name: 'Dismiss' }).click();
  }
});

test('Enter splits, Backspace merges, undo and redo restore', async ({ page }) => {
  await openShortProgramme(page);
  await caretAt(page, 1, 'today we look'.length);
  await page.keyboard.press('Enter');
  await expect(blocks(page)).toHaveCount(8);
  await expect(blockText(page, 2)).toHaveText(' at the river project with two guests.');
  await expect(blocks(page).nth(2).locator('.block-time')).toHaveClass(/estimated/);
  await page.keyboard.press('Backspace');
  await expect(blocks(page)).toHaveCount(7);
  await expect(blockText(page, 1)).toHaveText('today we look at the river project with two guests.');
  await page.keyboard.press('Control+z');
  await expect(blocks(page)).toHaveCount(8);
  await page.keyboard.press('Control+z');
  await expect(blocks(page)).toHaveCount(7);
  await page.keyboard.press('Control+Shift+z');
  await expect(blocks(page)).toHaveCount(8);
});

test('speaker picker from the keyboard, rename once and every block follows', async ({ page }) => {
  await openShortProgramme(page);
  await cursorAtEnd(page, 3);
  await page.keyboard.press('Alt+s');
  const picker = page.getByRole('dialog', { name: 'Choose speaker' });
  await expect(picker).toBeVisible();
  await page.keyboard.type('Tom Reyes');
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(blocks(page).nth(3).locator('.block-speaker')).toContainText('Tom Reyes');

  await page.getByRole('button', { name: 'Rename Maya' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename Maya' });
  await expect(dialog).toContainText('2 turns will show the new name.');
  await dialog.getByRole('textbox', { name: 'New name' }).fill('Maya Ortiz');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(blocks(page).nth(1).locator('.block-speaker')).toContainText('Maya Ortiz');
  await expect(blocks(page).nth(4).locator('.block-speaker')).toContainText('Maya Ortiz');
  // The rename is one undo step.
  await page.keyboard.press('Control+z');
  await expect(blocks(page).nth(1).locator('.block-speaker')).toContainText('Maya');
  await expect(blocks(page).nth(1).locator('.block-speaker')).not.toContainText('Ortiz');
});

test('exports plain text with names, roles and timestamps', async ({ page }) => {
  await openShortProgramme(page);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /Clock time/ }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  expect(text).toContain('Maya (host): today we look at the river project with two guests.');
  expect(text).toMatch(/\[8:01 am\] it has, and the council vote is next week\./);
});

test('saved JSON reopens to the same document, and saves to identical bytes', async ({ page }) => {
  await openShortProgramme(page);
  await cursorAtEnd(page, 0);
  await page.keyboard.press('Alt+2');
  const first = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save' }).click();
  const path = await (await first).path();
  const bytes = readFileSync(path, 'utf8');

  await openFile(page, fixture('short-programme.txt'));
  await openFile(page, path);
  await expect(blocks(page).nth(0).locator('.block-speaker')).toContainText('Reporter');
  const second = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save' }).click();
  const again = readFileSync(await (await second).path(), 'utf8');
  expect(again).toBe(bytes);
});

test('pasted page text opens as a transcript', async ({ page }) => {
  await page.getByRole('button', { name: 'Paste text…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open pasted text' });
  await dialog.getByRole('textbox').fill(readFileSync(fixture('short-programme.txt'), 'utf8'));
  await dialog.getByRole('button', { name: 'Open pasted text' }).click();
  await expect(page.getByRole('heading', { name: 'Morning Desk' })).toBeVisible();
  await expect(blocks(page)).toHaveCount(7);
});

test('go to time: from the keyboard to the turn speaking then, and a clear word where there are no times', async ({
  page,
}) => {
  await openShortProgramme(page);
  await cursorAtEnd(page, 0);
  await page.keyboard.press('Alt+j');
  const dialog = page.getByRole('dialog', { name: 'Go to time' });
  await expect(dialog).toContainText('This programme runs 8:00 am to 8:03 am.');
  await dialog.getByRole('textbox', { name: 'Time' }).fill('8:02 am');
  await dialog.getByRole('textbox', { name: 'Time' }).press('Enter');
  await expect(dialog).toBeHidden();
  // The text has focus back, and its caret where the jump put it, a moment after the dialog closes.
  await expect(page.getByRole('textbox', { name: 'Transcript text' })).toBeFocused();
  await settle(page);
  await page.keyboard.type('HERE ');
  await expect(blockText(page, 6)).toHaveText(/^HERE in other news/);

  // Plain text has no times: the dialog says so instead of going anywhere.
  await pasteTextOverChanges(page, 'a note with no times at all.');
  await expect(blocks(page)).toHaveCount(1);
  await page.keyboard.press('Alt+j');
  await expect(dialog).toContainText('This transcript has no times to go to.');
  await dialog.getByRole('button', { name: 'Go', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('This transcript has no times to go to.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Transcript text' })).toBeFocused();
});

test('a file dropped on the page opens', async ({ page }) => {
  const text = readFileSync(fixture('short-programme.txt'), 'utf8');
  const dataTransfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'dropped.txt', { type: 'text/plain' }));
    return dt;
  }, text);
  await page.locator('main').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('heading', { name: 'Morning Desk' })).toBeVisible();
});

test('opening over unsaved changes asks first, and Cancel keeps them', async ({ page }) => {
  await openShortProgramme(page);
  await cursorAtEnd(page, 0);
  await page.keyboard.type(' edited');
  await openFile(page, fixture('short-programme.txt'));
  const dialog = page.getByRole('dialog', { name: 'Replace the open transcript?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(blockText(page, 0)).toContainText('edited');
  await openFile(page, fixture('short-programme.txt'));
  await dialog.getByRole('button', { name: 'Discard changes and open' }).click();
  await expect(blockText(page, 0)).not.toContainText('edited');
});

test('exports every delivery format and a correction log', async ({ page }) => {
  await openShortProgramme(page);
  await cursorAtEnd(page, 3);
  await page.keyboard.type(' and a change');
  const exportAs = async (label: RegExp) => {
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog
      .getByRole('combobox', { name: 'Format' })
      .selectOption({ label: label.source.replace(/\\/g, '') });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    return readFileSync(await (await download).path());
  };
  const vtt = (await exportAs(/WebVTT captions \(\.vtt\)/)).toString('utf8');
  expect(vtt.startsWith('WEBVTT')).toBe(true);
  expect(vtt).toContain('<v Maya>');
  // Turns nobody is assigned to start with the broadcast mark, and the dialog says so.
  expect(vtt).toMatch(/^>> thanks for having me\./m);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'WebVTT captions (.vtt)' });
  const hint = dialog.getByText('A turn with no speaker assigned starts with >>');
  await expect(hint).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Speakers' }).selectOption({ label: 'No speaker labels' });
  await expect(hint).toBeHidden();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const docx = await exportAs(/Word document \(\.docx\)/);
  expect(docx.subarray(0, 2).toString()).toBe('PK');
  const csv = (await exportAs(/Spreadsheet \(CSV\) \(\.csv\)/)).toString('utf8');
  expect(csv.split('\n')[0]).toMatch(/start/i);

  // A speaker given to a turn is in the log, unless text changes alone are asked for.
  await cursorAtEnd(page, 2);
  await page.keyboard.press('Alt+1');
  await expect(blocks(page).nth(2).locator('.block-speaker')).toContainText('Maya');
  const correctionLog = async (textOnly: boolean) => {
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('checkbox', { name: 'Text changes only' }).setChecked(textOnly);
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Correction log (CSV)' }).click();
    const text = readFileSync(await (await download).path(), 'utf8');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    return text;
  };
  const log = await correctionLog(false);
  expect(log).toContain('and a change');
  expect(log).toContain('(unassigned) → Maya');
  const textLog = await correctionLog(true);
  expect(textLog).toContain('and a change');
  expect(textLog).not.toContain('→ Maya');
});
