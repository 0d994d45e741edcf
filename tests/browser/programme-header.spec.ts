import { expect, test } from '@playwright/test';
import { settle } from '../support/settle.ts';

test('the programme header is editable, one undo step per field', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit details' }).click();

  const title = page.getByRole('textbox', { name: 'Title' });
  await title.fill('Inside Story');
  await title.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inside Story');

  const network = page.getByRole('textbox', { name: 'Network' });
  await network.fill('Al Jazeera');
  await network.press('Tab');
  await expect(page.locator('.programme-details')).toContainText('Al Jazeera');

  // The start time moves every turn's clock time.
  const firstClock = page.locator('.ProseMirror .block-clock').first();
  await expect(firstClock).toHaveText(/7:30 pm/);
  const starts = page.getByLabel('Starts', { exact: true });
  await starts.fill('17:30');
  await starts.press('Enter');
  await expect(firstClock).toHaveText(/5:30 pm/);

  await page.getByRole('button', { name: 'Done' }).click();
  await page.locator('.ProseMirror .block-text').first().click();
  await settle(page);
  await page.keyboard.press('Control+z');
  await expect(firstClock).toHaveText(/7:30 pm/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inside Story');
  await page.keyboard.press('Control+z');
  await expect(page.locator('.programme-details')).not.toContainText('Al Jazeera');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inside Story');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Counterpoint');
});
