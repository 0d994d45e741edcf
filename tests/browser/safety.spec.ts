import { expect, test, type Page } from '@playwright/test';
import { draftContains } from '../support/appStorage.ts';
import { settle } from '../support/settle.ts';

/// What a keystroke or a paste must never do: throw the transcript away,
/// vanish, or pretend to work in a tab that may not write.

const blocks = (page: Page) => page.locator('.ProseMirror .block');
const blockText = (page: Page, i: number) => blocks(page).nth(i).locator('.block-text');

async function ready(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
}

async function copyToClipboard(page: Page, text: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
}

test('a paste the editor handled never offers to open a transcript', async ({ page }) => {
  await ready(page);
  const count = await blocks(page).count();
  await blockText(page, 0).click();
  await settle(page);
  // F8 selects the first gap; the paste replaces it, removing the node the
  // paste event was aimed at before the page hears of it.
  await page.keyboard.press('F8');
  await expect(page.getByRole('status').filter({ hasText: /^Gap 1 of/ })).toBeAttached();
  await copyToClipboard(page, 'it is a marginal factor');
  await page.keyboard.press('Control+v');
  await expect(page.locator('.ProseMirror')).toContainText('it is a marginal factor');
  await settle(page);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(blocks(page)).toHaveCount(count);
});

test('text pasted outside the transcript asks before it replaces anything', async ({ page }) => {
  await ready(page);
  const count = await blocks(page).count();
  await page.getByRole('heading', { name: 'Counterpoint' }).click();
  await copyToClipboard(page, '8:00 am\nsomething else entirely');
  await page.keyboard.press('Control+v');
  const dialog = page.getByRole('dialog', { name: 'Open pasted text' });
  await expect(dialog.getByRole('textbox')).toHaveValue('8:00 am\nsomething else entirely');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(blocks(page)).toHaveCount(count);
  await expect(page.locator('.ProseMirror')).not.toContainText('something else entirely');
});

test('Ctrl+Z and Ctrl+Shift+Z work with the focus on a button', async ({ page }) => {
  await ready(page);
  await page.keyboard.press('Control+h');
  await page.getByRole('textbox', { name: 'Find', exact: true }).fill('calder river');
  await page.getByRole('textbox', { name: 'Replace with' }).fill('Calder River');
  const replaceAll = page.getByRole('button', { name: 'Replace all' });
  await replaceAll.click();
  await expect(page.locator('.ProseMirror')).toContainText('Calder River');
  await expect(replaceAll).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(page.locator('.ProseMirror')).not.toContainText('Calder River');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('.ProseMirror')).toContainText('Calder River');
  await page.keyboard.press('Control+z');
  await expect(page.locator('.ProseMirror')).not.toContainText('Calder River');
  // A text field keeps its own undo.
  const find = page.getByRole('textbox', { name: 'Find', exact: true });
  await find.fill('');
  await find.type('abc');
  await find.press('Control+z');
  await expect(page.locator('.ProseMirror')).not.toContainText('Calder River');
});

test('a read-only tab disables every change, and takes over when the other tab closes', async ({
  page,
  context,
}) => {
  await ready(page);
  await blockText(page, 1).click();
  await page.keyboard.press('End');
  await settle(page);
  await page.keyboard.type(' first tab work');
  await expect.poll(() => draftContains(page, 'first tab work')).toBe(true);

  const second = await context.newPage();
  await second.goto('/');
  const banner = second.getByRole('status', { name: 'Read-only' });
  await expect(banner).toContainText('already open in another tab');
  await expect(blockText(second, 1)).toContainText('first tab work');
  for (const name of ['Open', 'Paste text…', 'Restore points…', 'Undo', 'Redo']) {
    await expect(second.getByRole('button', { name, exact: true })).toBeDisabled();
  }
  await expect(second.getByRole('button', { name: /^Rename / }).first()).toBeDisabled();
  // Replace all is unavailable, and says nothing was replaced if forced.
  await second.getByRole('tab', { name: 'Find' }).click();
  await second.getByRole('textbox', { name: 'Find', exact: true }).fill('the');
  const replaceAll = second.getByRole('button', { name: 'Replace all' });
  await expect(replaceAll).toHaveAttribute('aria-disabled', 'true');
  // Playwright will not click an aria-disabled button; a user's click still arrives.
  await replaceAll.dispatchEvent('click');
  await settle(second);
  await expect(second.getByText(/^Replaced/)).toHaveCount(0);
  await expect(banner).toBeVisible();

  await page.close({ runBeforeUnload: false });
  await expect(banner).toHaveCount(0);
  await expect(second.getByRole('button', { name: 'Paste text…' })).toBeEnabled();
  await expect(second.getByRole('textbox', { name: 'Transcript text' })).toHaveAttribute(
    'contenteditable',
    'true',
  );
  await expect(blockText(second, 1)).toContainText('first tab work');
  await blockText(second, 1).click();
  await second.keyboard.press('End');
  await settle(second);
  await second.keyboard.type(' second tab work');
  await expect(blockText(second, 1)).toContainText('first tab work second tab work');
});

test('a browser killed while typing loses at most the last half second', async ({ page, context }) => {
  await ready(page);
  await blockText(page, 1).click();
  await page.keyboard.press('End');
  await settle(page);
  const before = (await blockText(page, 1).textContent()) ?? '';
  // Typed at about a person's pace without a pause: the browser copy waits
  // for one, so what comes back is the journal's work.
  const text = ' the journal keeps every word that was typed here before the crash, one key at a time';
  const typedAt: number[] = [];
  for (const key of text) {
    await page.keyboard.type(key, { delay: 20 });
    typedAt.push(Date.now());
  }
  // The renderer process dies on the spot: no unload, no page-hide, no flush.
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  const crashedAt = Date.now();
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;

  const again = await context.newPage();
  await ready(again);
  const after = (await blockText(again, 1).textContent()) ?? '';
  expect(after.startsWith(before)).toBe(true);
  const recovered = after.slice(before.length);
  expect(text.startsWith(recovered)).toBe(true);
  const lost = text.length - recovered.length;
  // The first key that did not come back was typed this long before the crash.
  const lostFor = lost === 0 ? 0 : crashedAt - typedAt[text.length - lost]!;
  expect(lostFor).toBeLessThan(500);
  expect(recovered.length).toBeGreaterThan(0);
});

test('two paragraphs pasted into a turn become turns of the same speaker, words never glued', async ({
  page,
}) => {
  await ready(page);
  // The third turn is Maya's, the host.
  await expect(blocks(page).nth(2).locator('.block-speaker')).toContainText('Maya');
  const original = (await blockText(page, 2).textContent()) ?? '';
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(async () => {
    const html = '<p>a deepening relationship here.</p><p>and a second paragraph.</p>';
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob(['a deepening relationship here.\n\nand a second paragraph.'], {
          type: 'text/plain',
        }),
      }),
    ]);
  });
  await blockText(page, 2).click();
  // The start of the turn (Home would go to the start of the wrapped line).
  await blockText(page, 2).evaluate((el) => {
    const first = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode()!;
    getSelection()!.collapse(first, 0);
  });
  await settle(page);
  await page.keyboard.press('Control+v');
  await expect(blockText(page, 2)).toHaveText('a deepening relationship here.');
  await expect(blockText(page, 3)).toHaveText(`and a second paragraph. ${original}`);
  await expect(blocks(page).nth(3).locator('.block-speaker')).toContainText('Maya');
  // An estimated time, in italics with ~, like a turn made with Enter.
  await expect(blocks(page).nth(3).locator('.block-time')).toContainText('~');
});
