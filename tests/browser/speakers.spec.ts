import { expect, test, type Page } from '@playwright/test';
import { settle } from '../support/settle.ts';

const blocks = (page: Page) => page.locator('.ProseMirror .block');

/// Puts the caret `back` characters before the end of block `i`'s text (the
/// End key only reaches the end of a visual line in a wrapped block).
async function caretNearEnd(page: Page, i: number, back = 0) {
  await blocks(page).nth(i).locator('.block-text').click();
  await blocks(page)
    .nth(i)
    .locator('.block-text')
    .evaluate((el, n) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let last: Text | null = null;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) last = node as Text;
      if (!last) return;
      getSelection()?.collapse(last, Math.max(0, last.length - n));
    }, back);
  await settle(page);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  // The bundled sample, not the empty document shown while it loads.
  await expect(page.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
});

test('a rename redraws only the labels of that speaker, not other blocks', async ({ page }) => {
  // Tag every block element, rename, and check every element survived and
  // only the renamed speaker's labels changed.
  await page.evaluate(() =>
    document
      .querySelectorAll('.ProseMirror .block')
      .forEach((el, i) => ((el as HTMLElement).dataset['probe'] = String(i))),
  );
  const labelsBefore = await blocks(page).locator('.speaker-name').allTextContents();
  await page.getByRole('button', { name: 'Rename Reporter' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename Reporter' });
  await dialog.getByRole('textbox', { name: 'New name' }).fill('Daniel Okafor');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(blocks(page).filter({ hasText: 'Daniel Okafor' }).first()).toBeVisible();
  const probes = await blocks(page).evaluateAll((els) =>
    els.map((el) => (el as HTMLElement).dataset['probe']),
  );
  expect(probes).toEqual(labelsBefore.map((_, i) => String(i)));
  const labelsAfter = await blocks(page).locator('.speaker-name').allTextContents();
  expect(labelsAfter).toEqual(labelsBefore.map((l) => (l === 'Reporter' ? 'Daniel Okafor' : l)));
});

test('merge and delete say how many blocks change, and undo restores them', async ({ page }) => {
  const labels = await blocks(page).locator('.speaker-name').allTextContents();
  const reporterBlocks = labels.filter((l) => l === 'Reporter').length;
  expect(reporterBlocks).toBeGreaterThan(1);
  await page.getByRole('button', { name: 'Merge Reporter' }).click();
  const merge = page.getByRole('dialog', { name: 'Merge Reporter' });
  await expect(merge).toContainText(`${reporterBlocks} turns of Reporter will move to Maya`);
  await merge.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByRole('list', { name: 'Speakers', exact: true }).getByRole('listitem')).toHaveCount(
    1,
  );
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('list', { name: 'Speakers', exact: true }).getByRole('listitem')).toHaveCount(
    2,
  );

  await page.getByRole('button', { name: 'Delete Maya' }).click();
  const del = page.getByRole('dialog', { name: 'Delete Maya?' });
  await expect(del).toContainText('will become unassigned');
  await del.getByRole('button', { name: 'Delete speaker' }).click();
  await expect(blocks(page).locator('.speaker-name', { hasText: /^Maya$/ })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(
    blocks(page)
      .locator('.speaker-name', { hasText: /^Maya$/ })
      .first(),
  ).toBeVisible();
});

test('filter the view to one speaker, or to unassigned blocks', async ({ page }) => {
  const labels = await blocks(page).locator('.speaker-name').allTextContents();
  const unassigned = labels.filter((l) => l === 'Unassigned');
  expect(unassigned.length).toBeGreaterThan(3);
  const show = page.getByRole('combobox', { name: 'Show' });
  await show.selectOption({ label: 'only Reporter' });
  await expect(blocks(page).filter({ visible: true })).toHaveCount(4);
  await show.selectOption({ index: 1 });
  await expect(blocks(page).filter({ visible: true }).locator('.speaker-name')).toHaveText(unassigned);
  await show.selectOption({ label: 'all turns' });
  await expect(blocks(page).filter({ visible: true })).toHaveCount(await blocks(page).count());
});

test('suggested speakers: dim hints, Alt+A accepts one, accept all in one undo step', async ({ page }) => {
  // The captions are read a moment after the document is on screen, and every hint is shown at once.
  await expect(page.getByRole('button', { name: 'Accept all suggestions' })).toBeVisible();
  const hinted = blocks(page).filter({ has: page.locator('.speaker-hint:not(:empty)') });
  const count = await hinted.count();
  expect(count).toBeGreaterThan(1);
  // A fixed block: the filtered locator would move on to the next hint.
  const index = await blocks(page).evaluateAll((els) =>
    els.findIndex((el) => el.querySelector('.speaker-hint:not(:empty)')),
  );
  const first = blocks(page).nth(index);
  const suggested = (await first.locator('.speaker-hint:not(:empty)').textContent())!.replace('?', '');
  await first.locator('.block-text').click();
  await settle(page);
  await page.keyboard.press('Alt+a');
  await expect(first.locator('.speaker-name')).toHaveText(suggested);
  await expect(hinted).toHaveCount(count - 1);

  await page.getByRole('button', { name: 'Accept all suggestions' }).click();
  await expect(blocks(page).locator('.speaker-hint:not(:empty)')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(hinted).toHaveCount(count - 1);
});

test('Alt+Enter splits and asks who speaks the new part; one undo step', async ({ page }) => {
  const total = await blocks(page).count();
  await caretNearEnd(page, 2, 'but first, this report.'.length);
  await page.keyboard.press('Alt+Enter');
  const picker = page.getByRole('dialog', { name: 'Choose speaker' });
  await expect(picker).toBeVisible();
  await page.keyboard.type('Rep');
  await page.keyboard.press('Enter');
  await expect(blocks(page)).toHaveCount(total + 1);
  await expect(blocks(page).nth(3).locator('.block-text')).toHaveText('but first, this report.');
  await expect(blocks(page).nth(3).locator('.speaker-name')).toHaveText('Reporter');
  await page.keyboard.press('Control+z');
  await expect(blocks(page)).toHaveCount(total);
  await expect(blocks(page).nth(2).locator('.speaker-name')).toHaveText('Maya');
});

test('the timeline shows the programme and jumps on click', async ({ page }) => {
  const strip = page.getByRole('img', { name: /Timeline of speakers/ });
  await expect(strip).toBeVisible();
  const box = (await strip.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.5, box.y + box.height / 2);
  const caretBlockOffset = () =>
    page.evaluate(() => {
      const node = getSelection()?.anchorNode;
      const block = (node instanceof Element ? node : node?.parentElement)?.closest('.block');
      return block?.querySelector('.block-offset')?.textContent ?? '';
    });
  // Half of the 12-minute programme: the block speaking at about 00:06:00.
  await expect.poll(caretBlockOffset).toMatch(/00:0[56]:/);
});
