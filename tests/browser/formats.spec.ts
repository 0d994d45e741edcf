import { expect, test, type Page } from '@playwright/test';

const blocks = (page: Page) => page.locator('.ProseMirror .block');

async function open(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page
    .getByRole('toolbar', { name: 'Document' })
    .getByRole('button', { name: 'Open', exact: true })
    .click();
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
}

const VTT = `WEBVTT

00:00:01.000 --> 00:00:04.000
<v SPEAKER_00>Good evening, this is the late desk.

00:00:04.500 --> 00:00:08.000
<v SPEAKER_01>Thanks. The council voted tonight.
`;

const RTTM = `SPEAKER late 1 0.00 4.20 <NA> <NA> host <NA> <NA>
SPEAKER late 1 4.20 4.00 <NA> <NA> guest <NA> <NA>
`;

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
});

test('a WebVTT file opens with generic speakers named Speaker 1, Speaker 2', async ({ page }) => {
  await open(page, 'late.vtt', VTT);
  await expect(blocks(page)).toHaveCount(2);
  await expect(blocks(page).nth(0).locator('.speaker-name')).toHaveText('Speaker 1');
  await expect(blocks(page).nth(1).locator('.speaker-name')).toHaveText('Speaker 2');
  await expect(blocks(page).nth(1).locator('.block-text')).toHaveText('Thanks. The council voted tonight.');
});

test('an RTTM file assigns the open transcript by time overlap, in one undo step', async ({ page }) => {
  await open(page, 'late.vtt', VTT.replace(/<v SPEAKER_0\d>/g, ''));

  await expect(blocks(page)).toHaveCount(2);
  await open(page, 'late.rttm', RTTM);
  await expect(page.getByRole('list', { name: 'Speakers', exact: true }).getByRole('listitem')).toHaveCount(
    2,
  );
  await expect(blocks(page).nth(0).locator('.speaker-name')).not.toHaveText('Unassigned');
  await blocks(page).first().locator('.block-text').click();
  await page.keyboard.press('Control+z');
  await expect(blocks(page).nth(0).locator('.speaker-name')).toHaveText('Unassigned');
});

test('a file of an unknown format gets a message saying what was expected', async ({ page }) => {
  await open(page, 'data.json', '{"hello": [1, 2, 3]}');
  await expect(page.getByRole('alert')).toContainText('not a transcript format Caption Desk knows');
  await expect(page.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
});
