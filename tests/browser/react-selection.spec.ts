import { expect, test } from '@playwright/test';

/// React saves the selection before every commit by walking the focused
/// contenteditable element node by node (src/editor/view/reactSelectionGuard.ts).
/// For the transcript that would be every node of a day's text on every
/// render while the caret is in it. Counted in DOM reads, not milliseconds.
test('a render while the caret is in the text does not walk the whole transcript', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
  const text = page.getByRole('textbox', { name: 'Transcript text' });
  await text.locator('.block-text').first().click();
  const status = page.getByRole('status').filter({ hasText: /No changes|Saved to|Changes not saved/ });
  await expect(status).toContainText('No changes');

  const nodes = await page.evaluate(() => {
    const root = document.querySelector('.ProseMirror')!;
    const walker = document.createTreeWalker(root);
    let n = 0;
    while (walker.nextNode()) n++;
    // Count every read of `firstChild` under the editor from here on.
    const own = Object.getOwnPropertyDescriptor(Node.prototype, 'firstChild')!;
    const counter = window as unknown as { firstChildReads: number };
    counter.firstChildReads = 0;
    Object.defineProperty(Node.prototype, 'firstChild', {
      configurable: true,
      get(this: Node) {
        if (root.contains(this)) counter.firstChildReads++;
        return own.get!.call(this);
      },
    });
    return n;
  });
  expect(nodes).toBeGreaterThan(500);

  // Typing makes the save status render (a React commit) with the caret in the text.
  await page.keyboard.type('x');
  await expect(status).toContainText('Changes not saved');
  const reads = await page.evaluate(() => (window as unknown as { firstChildReads: number }).firstChildReads);
  expect(reads).toBeLessThan(nodes / 4);
  await expect(text).toHaveAttribute('contenteditable', 'true');
  expect(await text.evaluate((el) => (el as HTMLElement).isContentEditable)).toBe(true);
});
