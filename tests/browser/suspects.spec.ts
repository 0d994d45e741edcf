import { expect, test } from '@playwright/test';
import { settle } from '../support/settle.ts';

/// Suspect-word marks need the word list, a chunk loaded after the page: the
/// glued words are only found by looking both halves up in it. The sample has
/// no suspects as written, so the test types some.
test('suspect words are marked once the word list has loaded', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Transcript text' })).toBeFocused();
  await expect(page.locator('.ProseMirror .suspect')).toHaveCount(0);

  await page.keyboard.press('Control+End');
  await settle(page);
  await page.keyboard.type(' we planted thesetrees by the the river.');

  await expect(page.locator('.ProseMirror .suspect-glued-words')).toHaveText('thesetrees');
  await expect(page.locator('.ProseMirror .suspect-doubled-word')).toHaveText('the the');
  await expect(page.locator('.ProseMirror .suspect')).toHaveCount(2);
});
