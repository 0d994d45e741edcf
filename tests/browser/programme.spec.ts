import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { generateArchiveTranscript } from '../support/archive-generator.ts';
import { settle } from '../support/settle.ts';

const ADDRESS = 'https://archive.org/details/LINKTV_20230919_123000_France_24';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function openFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (await chooser).setFiles(path);
}

/// The clipboard's two flavours, as a paste would read them.
async function readClipboard(page: Page): Promise<{ text: string; html: string }> {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) =>
      item!.types.includes(type) ? (await item!.getType(type)).text() : '';
    return { text: await read('text/plain'), html: await read('text/html') };
  });
}

test('a programme: its source, a sourced quote, its boundaries, trim and undo', async ({ page }, info) => {
  const file = info.outputPath('next-programme.txt');
  writeFileSync(file, generateArchiveTranscript({ hours: 0.5, seed: 20, endsWithNextProgramme: true }));
  await page.goto('/');
  await expect(page.locator('.ProseMirror .block').first()).toBeVisible();
  await openFile(page, file);
  await expect(page.getByText('hello and welcome to the world this hour')).toBeVisible({ timeout: 30_000 });

  // The next programme's opening is found, marked and dimmed.
  const end = page.getByRole('group', { name: /^Programme ends, after a sign-off/ });
  await expect(end).toBeVisible();
  const lastTurn = page.locator('.ProseMirror .block').last();
  await expect(lastTurn.locator('.block-text')).toHaveCSS('font-style', 'italic');
  await expect(page.locator('.ProseMirror .block-text').first()).toHaveCSS('font-style', 'normal');

  // The source, pasted into the header.
  await page.getByRole('button', { name: 'Edit details' }).click();
  const source = page.getByRole('textbox', { name: 'Source' });
  await source.fill(ADDRESS);
  await source.press('Enter');
  await expect(page.getByText('Archive item LINKTV_20230919_123000_France_24')).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('link', { name: 'LINKTV_20230919_123000_France_24' })).toHaveAttribute(
    'href',
    ADDRESS,
  );

  // A turn, copied as a sourced quote with its clip.
  const second = page.locator('.ProseMirror .block').nth(1);
  await second.locator('.block-text').click();
  await settle(page);
  const words = (await second.locator('.block-text').innerText()).replace(/\s+/g, ' ').trim();
  await page.keyboard.press('Alt+q');
  await expect(page.getByRole('status').filter({ hasText: 'Quote copied' })).toBeAttached();
  const clip = await readClipboard(page);
  expect(clip.text.startsWith(`“${words}”`)).toBe(true);
  expect(clip.text).toMatch(
    /https:\/\/archive\.org\/details\/LINKTV_20230919_123000_France_24\/start\/\d+\/end\/\d+$/,
  );
  expect(clip.html).toMatch(
    /^<blockquote><p>“.*”<\/p><footer>.*<a href="https:\/\/archive\.org\/details\/LINKTV_/,
  );

  // The turn's own button copies the same.
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await second.hover();
  await second.getByRole('button', { name: 'Copy as sourced quote' }).click();
  await expect.poll(async () => (await readClipboard(page)).text).toBe(clip.text);

  // Trim to programme, and undo.
  const turns = await page.locator('.ProseMirror .block').count();
  await page.getByRole('button', { name: 'Trim to programme' }).click();
  await expect(end).toHaveCount(0);
  await expect(page.getByText('hello and welcome to the world this hour')).toHaveCount(0);
  const trimmed = await page.locator('.ProseMirror .block').count();
  expect(trimmed).toBeLessThan(turns);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.ProseMirror .block')).toHaveCount(turns);
  await expect(end).toBeVisible();
});
