import { expect, test, type Page } from '@playwright/test';
import { settle } from '../support/settle.ts';

/// Where the turn holding the caret sits in the transcript's scroll box:
/// 0 at the top edge, 1 at the bottom, 0.5 in the middle.
async function caretTurnPlace(page: Page): Promise<number> {
  return page.evaluate(() => {
    const turn = document.querySelector('.ProseMirror .block.has-caret');
    const box = document.querySelector('main.document');
    if (!turn || !box) throw new Error('no turn holds the caret');
    const t = turn.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    return ((t.top + t.bottom) / 2 - b.top) / b.height;
  });
}

/// Runs in the page: resolves after the next two frames (what "within a
/// frame" of a key leaves the page to draw).
const twoFrames = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

test.use({ viewport: { width: 1280, height: 600 } });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Transcript text' })).toBeFocused();
});

test('F8 and Alt+N bring the target turn to the middle of the view and mark it', async ({ page }) => {
  await page.keyboard.press('Control+Home');
  await settle(page);
  const firstTurn = page.locator('.ProseMirror .block').first();
  await expect(firstTurn).toHaveClass(/has-caret/);

  // Every open gap of the sample, one after another: each lands in the middle half.
  const open = Number((await page.getByRole('status', { name: 'Open gaps' }).textContent())?.split(' ')[0]);
  expect(open).toBeGreaterThan(1);
  for (let i = 0; i < open; i++) {
    await page.keyboard.press('F8');
    await settle(page);
    await expect(page.locator('.ProseMirror .block.has-caret')).toHaveCount(1);
    const place = await caretTurnPlace(page);
    expect(place, `gap ${i + 1}`).toBeGreaterThan(0.2);
    expect(place, `gap ${i + 1}`).toBeLessThan(0.8);
  }
  await expect(firstTurn).not.toHaveClass(/has-caret/);

  await page.keyboard.press('Control+End');
  await settle(page);
  await page.keyboard.press('Alt+n');
  await settle(page);
  const place = await caretTurnPlace(page);
  expect(place).toBeGreaterThan(0.2);
  expect(place).toBeLessThan(0.8);
});

test('counts, the progress bar and the timeline follow an undo within a frame', async ({ page }) => {
  const progress = page.getByRole('status', { name: 'Review progress' });
  const before = await progress.textContent();
  // The sample's first turn is the previous programme's sign-off, outside the
  // counts; the programme's first turn has no speaker: Alt+1 assigns it, and
  // the counts follow when typing pauses.
  await page.locator('.ProseMirror .block').nth(1).locator('.block-text').click();
  await settle(page);
  await page.keyboard.press('Alt+1');
  await expect(progress).not.toHaveText(before!);
  const timeline = await page.locator('.timeline canvas').screenshot();

  await page.keyboard.press('Control+z');
  await twoFrames(page);
  expect(await progress.textContent()).toBe(before);
  expect(await page.locator('.timeline canvas').screenshot()).not.toEqual(timeline);

  await page.keyboard.press('Control+Shift+z');
  await twoFrames(page);
  expect(await progress.textContent()).not.toBe(before);
});

test('a turn the browser scrolls into view comes to rest below the timeline strip', async ({ page }) => {
  // What find in page, focus or a test's click does: the browser's own
  // scrolling, with the turn's top at the top of the scroll box.
  const uncovered = await page.evaluate(() => {
    const texts = document.querySelectorAll('.ProseMirror .block-text');
    const text = texts[texts.length - 2]!;
    text.scrollIntoView({ block: 'start' });
    const box = text.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + 4, box.top + 4);
    return hit !== null && text.contains(hit);
  });
  expect(uncovered).toBe(true);
});
