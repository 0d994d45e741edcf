import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { settle } from '../support/settle.ts';

/// One test per view or dialog: an axe scan of the whole page takes seconds
/// on a busy machine, and six of them in one test once ran past its timeout.

/// The serious and critical axe violations on the page as it is now.
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} ${v.help} (${v.nodes.length})`);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
  // Scan the page once everything has arrived: the suggestions panel follows the document.
  await expect(page.getByRole('button', { name: 'Accept all suggestions' })).toBeVisible();
});

test.describe('accessibility: no serious or critical axe violations', () => {
  test('in the main view', async ({ page }) => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('in the Gaps tab', async ({ page }) => {
    await page.getByRole('tab', { name: 'Gaps' }).click();
    await expect(page.getByRole('list', { name: 'Gaps' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('in the Find tab', async ({ page }) => {
    await page.getByRole('tab', { name: 'Find' }).click();
    await expect(page.getByRole('textbox', { name: 'Find', exact: true })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('in the export dialog', async ({ page }) => {
    await page.getByRole('button', { name: 'Export…' }).click();
    await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('in the People dialog, with a person and the merge form', async ({ page }) => {
    for (const [from, to] of [
      ['Maya', 'Maya Castellanos'],
      ['Reporter', 'Daniel Okafor'],
    ] as const) {
      await page.getByRole('button', { name: `Rename ${from}` }).click();
      await page
        .getByRole('dialog', { name: `Rename ${from}` })
        .getByRole('textbox')
        .fill(to);
      await page
        .getByRole('dialog', { name: `Rename ${from}` })
        .getByRole('button', { name: 'Rename' })
        .click();
    }
    await page.keyboard.press('Alt+k');
    const people = page.getByRole('dialog', { name: 'People' });
    await expect(people.getByRole('rowheader')).toHaveCount(2);
    await people.getByRole('button', { name: 'Merge Daniel Okafor' }).click();
    await expect(people.getByRole('group', { name: 'Keep the name' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('in the speaker picker', async ({ page }) => {
    await page.locator('.ProseMirror .block-text').nth(2).click();
    await settle(page);
    await page.keyboard.press('Alt+s');
    await expect(page.getByRole('dialog', { name: 'Choose speaker' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('in the rename dialog', async ({ page }) => {
    await page.getByRole('tab', { name: 'Speakers' }).click();
    await page.getByRole('button', { name: 'Rename Maya' }).click();
    await expect(page.getByRole('dialog', { name: 'Rename Maya' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
