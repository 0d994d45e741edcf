import { expect, test } from '@playwright/test';
import { settle } from '../support/settle.ts';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
});

test('the sample is labelled as a sample, and the interface says turns', async ({ page }) => {
  await expect(page.getByRole('note')).toContainText('Sample programme');
  await expect(page.getByRole('progressbar', { name: 'Turns reviewed' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Show' })).toContainText('all turns');
  await expect(page.getByRole('list', { name: 'Speakers', exact: true })).toContainText(/\d+ turns?/);
  await expect(page.locator('.sidebar')).not.toContainText(/\bblocks?\b/);
});

test('Alt+A on a turn without a suggestion says so', async ({ page }) => {
  const maya = page
    .locator('.ProseMirror .block')
    .filter({ has: page.locator('.speaker-name', { hasText: /^Maya$/ }) })
    .first();
  await maya.locator('.block-text').click();
  await settle(page);
  await page.keyboard.press('Alt+a');
  await expect(page.getByRole('status').filter({ hasText: 'already has a speaker' })).toBeVisible();
});
