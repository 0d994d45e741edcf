import { expect, test, type Page } from '@playwright/test';
import { settle } from '../support/settle.ts';

const roster = (page: Page) => page.getByRole('list', { name: 'Speakers', exact: true });
const row = (page: Page, name: string) =>
  roster(page)
    .getByRole('listitem')
    .filter({ has: page.getByText(name, { exact: true }) });

async function addSpeaker(page: Page, name: string) {
  await page.getByRole('textbox', { name: 'New speaker name' }).fill(name);
  await page.getByRole('button', { name: 'Add speaker' }).click();
  await expect(row(page, name)).toBeVisible();
}

/// A roster row's shortcut number and colour, as drawn.
async function keyAndColour(page: Page, name: string) {
  const item = row(page, name);
  return {
    key: await item.locator('.speaker-key').textContent(),
    colour: await item.evaluate((el) => getComputedStyle(el).borderLeftColor),
  };
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
});

test('merging and deleting speakers keeps the others’ numbers and colours', async ({ page }) => {
  for (const name of ['Dr. Tomas Reyes', 'Glen Whitaker', 'Reyes']) await addSpeaker(page, name);
  const glen = await keyAndColour(page, 'Glen Whitaker');
  expect(glen.key).toBe('4');

  // The Merge dialog offers the speaker whose name contains this one.
  await page.getByRole('button', { name: 'Merge Reyes' }).click();
  const merge = page.getByRole('dialog', { name: 'Merge Reyes' });
  expect(
    await merge
      .getByRole('combobox', { name: 'Merge into' })
      .evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text),
  ).toBe('Dr. Tomas Reyes');
  await merge.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(row(page, 'Reyes')).toHaveCount(0);

  await page.getByRole('button', { name: 'Delete Reporter' }).click();
  await page
    .getByRole('dialog', { name: 'Delete Reporter?' })
    .getByRole('button', { name: 'Delete speaker' })
    .click();
  await expect(row(page, 'Reporter')).toHaveCount(0);

  expect(await keyAndColour(page, 'Glen Whitaker')).toEqual(glen);
  // Alt+4 still means Glen.
  await page.locator('.ProseMirror .block-text').first().click();
  await settle(page);
  await page.keyboard.press('Alt+4');
  await expect(page.locator('.ProseMirror .block').first().locator('.speaker-name')).toHaveText(
    'Glen Whitaker',
  );
});

test('a speaker made from the picker gets the role "other"; a long name wraps and has a tooltip', async ({
  page,
}) => {
  const long = 'Maximilian-Alexander-Konstantin-Featherstonehaugh-Worthington';
  await page.locator('.ProseMirror .block-text').first().click();
  await settle(page);
  await page.keyboard.press('Alt+s');
  await page.getByRole('combobox', { name: 'Filter speakers' }).fill(long);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: `Role of ${long}` })).toHaveValue('other');

  const label = page.locator('.ProseMirror .block').first().locator('.block-speaker');
  await expect(label).toHaveAttribute('title', new RegExp(`^${long} \\(other\\)`));
  await expect(row(page, long).locator('.roster-name')).toHaveAttribute('title', long);
  // The label stays inside its column: it never runs into the text.
  const [labelBox, textBox] = await Promise.all([
    label.boundingBox(),
    page.locator('.ProseMirror .block').first().locator('.block-text').boundingBox(),
  ]);
  expect(labelBox!.x + labelBox!.width).toBeLessThanOrEqual(textBox!.x);
});
