import { expect, test } from '@playwright/test';

/// Chromium's native save dialog cannot be driven from a test, so this
/// stands in for `showSaveFilePicker` with a handle that records writes:
/// the app's own code path (pick once, then write to the same handle) runs.
test('Save writes to the chosen file, and later saves go to the same file', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { pickerCalls: number; written: string[]; showSaveFilePicker: unknown };
    w.pickerCalls = 0;
    w.written = [];
    w.showSaveFilePicker = async (options: { suggestedName: string }) => {
      w.pickerCalls++;
      return {
        name: options.suggestedName,
        createWritable: async () => {
          let text = '';
          return {
            write: async (chunk: string) => void (text += chunk),
            close: async () => void w.written.push(text),
          };
        },
      };
    };
  });
  await page.goto('/');
  await expect(page.locator('.ProseMirror .block').first()).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to sample-programme.json' })).toBeVisible();

  await page.locator('.ProseMirror .block-text').first().click();
  await page.keyboard.type(' again');
  await expect(page.getByRole('status').filter({ hasText: 'Changes not saved to a file' })).toBeVisible();
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Saved to sample-programme.json' })).toBeVisible();

  const { pickerCalls, written } = await page.evaluate(() => {
    const w = window as unknown as { pickerCalls: number; written: string[] };
    return { pickerCalls: w.pickerCalls, written: w.written };
  });
  expect(pickerCalls).toBe(1);
  expect(written).toHaveLength(2);
  expect(
    JSON.parse(written[1]!)
      .transcript.blocks[0].spans.map((s: { text: string }) => s.text)
      .join(''),
  ).toContain(' again');
});
