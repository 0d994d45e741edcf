import { expect, test, type Page } from '@playwright/test';
import { generateArchiveTranscript } from '../support/archive-generator.ts';
import { paintedHighlight } from '../support/highlights.ts';

/// A full day of captions is a normal document: nothing traded away for speed.
const MARKER = 'zanzibarquux';

function dayOfCaptions(): Buffer {
  const text = generateArchiveTranscript({ hours: 24, seed: 11 });
  // A word nobody else uses, near the very end, for the browser's find.
  const lastMinute = text.lastIndexOf(
    '\n',
    text.lastIndexOf(' am\n') > text.lastIndexOf(' pm\n')
      ? text.lastIndexOf(' am\n')
      : text.lastIndexOf(' pm\n'),
  );
  const at = text.indexOf('\n', lastMinute + 1) + 1;
  return Buffer.from(`${text.slice(0, at)}${MARKER} ${text.slice(at)}`);
}

const blocks = (page: Page) => page.locator('.ProseMirror .block');

test('24 hours: opens with progress, browser find reaches the end, scrolling, autosave', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page
    .getByRole('toolbar', { name: 'Document' })
    .getByRole('button', { name: 'Open', exact: true })
    .click();
  await (await chooser).setFiles({ name: 'day.txt', mimeType: 'text/plain', buffer: dayOfCaptions() });
  await expect(page.locator('.toolbar .loading')).toBeVisible();
  await expect(page.locator('.toolbar .loading')).toBeHidden({ timeout: 30_000 });
  expect(await blocks(page).count()).toBeGreaterThan(2000);

  // The browser's own find (what Ctrl+F uses) finds text in chunks never shown.
  const found = await page.evaluate((word) => {
    const hit = (window as unknown as { find(s: string): boolean }).find(word);
    const node = getSelection()?.anchorNode;
    const el = node instanceof Element ? node : node?.parentElement;
    return { hit, inEditor: !!el?.closest('.ProseMirror .block') };
  }, MARKER);
  expect(found).toEqual({ hit: true, inEditor: true });

  // The find panel paints matches wherever they are scrolled to: the one
  // match at the very end, after Enter jumps there.
  await blocks(page).first().locator('.block-text').click();
  await page.keyboard.press('Control+h');
  const findBox = page.getByRole('tabpanel').getByRole('textbox', { name: 'Find', exact: true });
  await findBox.fill(MARKER);
  await expect(page.locator('.find-status')).toHaveText('1 match');
  await expect.poll(() => paintedHighlight(page, 'search-hit')).toEqual([]);
  await findBox.press('Enter');
  await expect.poll(() => paintedHighlight(page, 'search-current')).toEqual([MARKER]);
  await findBox.fill('');

  // Scrolling to any block: the very end, from the keyboard.
  await blocks(page).first().locator('.block-text').click();
  await page.keyboard.press('Control+End');
  await expect(blocks(page).last()).toBeInViewport();

  // Typing at the end is autosaved and survives a reload.
  await page.keyboard.type(' end of the day');
  await page.waitForTimeout(3000);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Counterpoint');
  await expect(blocks(page).last().locator('.block-text')).toContainText('end of the day', {
    timeout: 30_000,
  });
});
