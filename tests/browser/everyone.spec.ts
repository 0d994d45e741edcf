import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { settle } from '../support/settle.ts';

const open = async (page: Page) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
};

test('a skip link is the first Tab stop and takes the focus to the transcript, with a visible ring', async ({
  page,
}) => {
  await open(page);
  // The stop before the first toolbar button.
  await page.getByRole('button', { name: 'Open', exact: true }).focus();
  await page.keyboard.press('Shift+Tab');
  const skip = page.getByRole('link', { name: 'Skip to the transcript' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  const text = page.getByRole('textbox', { name: 'Transcript text' });
  await expect(text).toBeFocused();
  const outline = await text.evaluate((el) => getComputedStyle(el));
  expect(outline.outlineStyle).toBe('solid');
  expect(outline.outlineColor).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);

  // Every other stop shows a focus ring too.
  for (const name of ['Open', 'Export…']) {
    await page.getByRole('button', { name, exact: true }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const style = await page
      .getByRole('button', { name, exact: true })
      .evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(style).toBe('solid');
  }
  // Landmarks: the tools, the transcript and the page's banner.
  await expect(page.getByRole('main', { name: 'Transcript' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Tools' })).toBeVisible();
  await expect(page.getByRole('banner')).toBeVisible();
});

test('after a reload Undo says there is nothing to undo', async ({ page }) => {
  await open(page);
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toHaveAttribute('aria-disabled', 'true');
  await page.locator('.ProseMirror .block-text').first().click();
  await settle(page);
  await page.keyboard.press('Alt+1');
  await expect(undo).not.toHaveAttribute('aria-disabled', 'true');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
  await expect(page.locator('.ProseMirror .block').first().locator('.speaker-name')).toHaveText('Maya');
  await expect(undo).toHaveAttribute('aria-disabled', 'true');
  await expect(undo).toHaveAttribute('title', /Nothing to undo/);
});

test.describe('at 700 × 450 (200 % zoom of 1400 × 900)', () => {
  test.use({ viewport: { width: 700, height: 450 } });

  test('reflows: one toolbar row, the tools behind a toggle, 45 characters a line; no serious axe violations', async ({
    page,
  }, testInfo) => {
    await open(page);
    const header = await page.locator('.app-header').boundingBox();
    expect(header!.height / 450).toBeLessThan(0.12);
    await expect(page.getByRole('complementary', { name: 'Tools' })).toBeHidden();

    // Characters of the transcript's font that fit on a line of turn text.
    const chars = await page
      .locator('.ProseMirror .block-text')
      .first()
      .evaluate((el) => {
        const probe = document.createElement('span');
        probe.textContent = 'abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz';
        el.append(probe);
        const perChar = probe.getBoundingClientRect().width / probe.textContent.length;
        probe.remove();
        return el.clientWidth / perChar;
      });
    expect(chars).toBeGreaterThanOrEqual(45);

    const toggle = page.getByRole('button', { name: 'Tools' });
    await toggle.click();
    await expect(page.getByRole('complementary', { name: 'Tools' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Hide tools' })).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('button', { name: 'Hide tools' }).click();

    await testInfo.attach('700x450', { body: await page.screenshot(), contentType: 'image/png' });
    const result = await new AxeBuilder({ page }).analyze();
    const serious = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} ${v.help} (${v.nodes.length})`);
    expect(serious).toEqual([]);
  });
});
