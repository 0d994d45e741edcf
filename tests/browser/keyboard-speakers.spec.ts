import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { draftSavedTo } from '../support/appStorage.ts';
import { settle } from '../support/settle.ts';

/// Who speaks each unassigned turn of the bundled sample's first five
/// minutes, in order (read from the programme: the cold open and welcome
/// are the host's, then the report's voices, then the guests).
const VOICES = [
  'Maya',
  'Maya',
  'Ruth Halvorsen',
  'Dana Brooks',
  'Ruth Halvorsen',
  'Tomas Reyes',
  'Priya Nandakumar',
  'Glen Whitaker',
  'Glen Whitaker',
];

const FIVE_MINUTES = 300;

interface BlockInfo {
  offset: number | null;
  speaker: string;
}

async function readBlocks(page: Page): Promise<BlockInfo[]> {
  return page.locator('.ProseMirror .block').evaluateAll((blocks) =>
    blocks.map((block) => {
      const offset = block.querySelector('.block-offset')?.textContent?.replace('~', '') ?? '';
      const [h, m, s] = offset.split(':').map(Number);
      return {
        offset: offset ? h! * 3600 + m! * 60 + s! : null,
        speaker: block.querySelector('.speaker-name')?.textContent ?? '',
      };
    }),
  );
}

test('keyboard only: assign every turn of the first five minutes, save, reload, find them', async ({
  page,
}) => {
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
  // The editor has focus as soon as a document is open.
  await expect(page.getByRole('textbox', { name: 'Transcript text' })).toBeFocused();

  const before = await readBlocks(page);
  const early = before.filter((b) => b.offset !== null && b.offset < FIVE_MINUTES);
  const unassigned = early.filter((b) => b.speaker === 'Unassigned').length;
  expect(unassigned).toBe(VOICES.length);

  // The first turn is unassigned; after it, Alt+N finds each next one.
  await page.keyboard.press('Control+Home');
  for (const [i, voice] of VOICES.entries()) {
    await settle(page);
    if (i > 0) await page.keyboard.press('Alt+n');
    await settle(page);
    await page.keyboard.press('Alt+s');
    const picker = page.getByRole('dialog', { name: 'Choose speaker' });
    await expect(picker).toBeVisible();
    await page.keyboard.type(voice);
    await page.keyboard.press('Enter');
    await expect(picker).toBeHidden();
  }

  const after = await readBlocks(page);
  const assigned = after.filter((b) => b.offset !== null && b.offset < FIVE_MINUTES);
  expect(assigned.filter((b) => b.speaker === 'Unassigned')).toEqual([]);

  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  const names = new Set(saved.transcript.speakers.map((s: { name: string }) => s.name));
  for (const voice of VOICES) expect(names.has(voice)).toBe(true);

  // A save writes the browser copy after the file; a reload in that moment
  // would find the copy from before (the file has the work), so the test
  // waits for the copy the save wrote.
  await expect.poll(() => draftSavedTo(page)).toBe((await download).suggestedFilename());
  // The browser copy comes back (the empty document shown while it loads is not it).
  await page.reload();
  await expect.poll(() => readBlocks(page)).toEqual(after);
});
