import { expect, test, type Page } from '@playwright/test';
import { generateArchiveTranscript } from '../support/archive-generator.ts';
import { importArchive } from '../../src/core/import/captions/archive.ts';
import { draftContains } from '../support/appStorage.ts';
import { paintedHighlight } from '../support/highlights.ts';
import { whisperXJson } from '../support/whisperx.ts';

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

test('24 hours: opens with progress, browser find reaches the end, any time and block, autosave', async ({
  page,
}) => {
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
    const inEditor = !!el?.closest('.ProseMirror .block');
    // The browser selected the word; the steps below start from a caret.
    getSelection()?.removeAllRanges();
    return { hit, inEditor };
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

  // Any time of the day, from the keyboard: Alt+J, an offset, Enter.
  await blocks(page).first().locator('.block-text').click();
  await page.keyboard.press('Alt+j');
  const goTo = page.getByRole('dialog', { name: 'Go to time' });
  await goTo.getByRole('textbox', { name: 'Time' }).fill('noon');
  await goTo.getByRole('button', { name: 'Go' }).click();
  await expect(goTo.getByRole('alert')).toContainText('is not a time');
  await goTo.getByRole('textbox', { name: 'Time' }).fill('30:00:00');
  await goTo.getByRole('button', { name: 'Go' }).click();
  await expect(goTo.getByRole('alert')).toContainText('after the end of this programme');
  await goTo.getByRole('textbox', { name: 'Time' }).fill('17:45:00');
  await goTo.getByRole('textbox', { name: 'Time' }).press('Enter');
  await expect(goTo).toBeHidden();
  // The caret's turn, once the text has focus back: its offset, and whether it is on screen.
  const landed = () =>
    page.evaluate(() => {
      const node = getSelection()?.anchorNode;
      const block = (node instanceof Element ? node : node?.parentElement)?.closest('.block');
      const box = block?.getBoundingClientRect();
      const onScreen = !!box && box.top >= 0 && box.top < innerHeight;
      return `${block?.querySelector('.block-offset')?.textContent} ${onScreen ? 'on screen' : 'off screen'}`;
    });
  await expect.poll(landed).toMatch(/^~?17:4[45]:\d\d on screen$/);

  // Scrolling to any block: the very end, from the keyboard.
  await blocks(page).first().locator('.block-text').click();
  await page.keyboard.press('Control+End');
  await expect(blocks(page).last()).toBeInViewport();

  // Typing at the end is autosaved and survives a reload.
  await page.keyboard.type(' end of the day');
  await expect.poll(() => draftContains(page, 'end of the day'), { timeout: 30_000 }).toBe(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Counterpoint');
  await expect(blocks(page).last().locator('.block-text')).toContainText('end of the day', {
    timeout: 30_000,
  });
});

/// Frame times and the progress line's texts, recorded in the page from now on.
async function recordFramesAndProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as OpenProbe;
    w.__frames = [];
    w.__stages = [];
    const frame = (t: number) => {
      w.__frames.push(t);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const toolbar = document.querySelector('.toolbar')!;
    new MutationObserver(() => {
      const text = toolbar.querySelector('.loading')?.textContent ?? '';
      if (w.__stages.at(-1)?.text !== text) w.__stages.push({ text, at: performance.now() });
    }).observe(toolbar, { subtree: true, childList: true, characterData: true });
  });
}

interface OpenProbe {
  __frames: number[];
  __stages: { text: string; at: number }[];
}

test('24 hours: the page keeps painting while a big file is read and parsed', async ({ page }) => {
  test.setTimeout(120_000);
  const transcript = importArchive(generateArchiveTranscript({ hours: 24, seed: 5 }), { source: 'day.txt' });
  const file = Buffer.from(whisperXJson(transcript));
  expect(file.length).toBeGreaterThan(8_000_000);

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
  await recordFramesAndProgress(page);
  const chooser = page.waitForEvent('filechooser');
  await page
    .getByRole('toolbar', { name: 'Document' })
    .getByRole('button', { name: 'Open', exact: true })
    .click();
  await (await chooser).setFiles({ name: 'day.whisperx.json', mimeType: 'application/json', buffer: file });
  await expect(page.locator('.toolbar .loading')).toBeHidden({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Counterpoint');

  const { frames, stages } = await page.evaluate(() => {
    const w = window as unknown as OpenProbe;
    return { frames: w.__frames, stages: w.__stages };
  });
  // The progress line went through its stages, and while the file was being
  // parsed (in a worker) frames kept coming: no stall longer than half of
  // that stage. Parsing on this thread would be one stall as long as the stage.
  const stage = (name: string) => stages.find((s) => s.text.includes(name))?.at ?? NaN;
  const [reading, parsing, layingOut] = [stage('reading'), stage('parsing'), stage('laying out')];
  expect(reading).toBeLessThan(parsing);
  expect(parsing).toBeLessThan(layingOut);
  const during = [parsing, ...frames.filter((t) => t > parsing && t < layingOut), layingOut];
  const longestStall = Math.max(...during.slice(1).map((t, i) => t - during[i]!));
  expect(during.length).toBeGreaterThan(4);
  expect(longestStall).toBeLessThan((layingOut - parsing) / 2);
});
