import { expect, test } from '@playwright/test';

test('the page loads and shows the Open button', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Open' })).toBeVisible();
});
