import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { settle } from '../support/settle.ts';

const blocks = (page: Page) => page.locator('.ProseMirror .block');

async function open(page: Page, name: string, text: string | Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page
    .getByRole('toolbar', { name: 'Document' })
    .getByRole('button', { name: 'Open', exact: true })
    .click();
  const buffer = typeof text === 'string' ? Buffer.from(text) : text;
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer });
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

/// WhisperX output: two segments with word timings.
const WHISPERX = JSON.stringify({
  segments: [
    {
      start: 0.5,
      end: 2.1,
      text: 'Good evening everyone.',
      speaker: 'SPEAKER_00',
      words: [
        { word: 'Good', start: 0.5, end: 0.8, speaker: 'SPEAKER_00' },
        { word: 'evening', start: 0.9, end: 1.4, speaker: 'SPEAKER_00' },
        { word: 'everyone.', start: 1.5, end: 2.1, speaker: 'SPEAKER_00' },
      ],
    },
    {
      start: 2.5,
      end: 3.4,
      text: 'Thanks, Sam.',
      speaker: 'SPEAKER_01',
      words: [
        { word: 'Thanks,', start: 2.5, end: 2.9, speaker: 'SPEAKER_01' },
        { word: 'Sam.', start: 3.0, end: 3.4, speaker: 'SPEAKER_01' },
      ],
    },
  ],
});

interface SavedFile {
  transcript: { blocks: Array<{ spans: Array<{ text: string; time?: { start: number } }> }> };
}

/// The WhisperX file opened, with saving falling back to a download.
async function openTimedWithDownloads(page: Page) {
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
  await open(page, 'late.json', WHISPERX);
  await expect(blocks(page)).toHaveCount(2);
}

/// Ctrl+S, and the file it downloads.
async function saveJson(page: Page): Promise<SavedFile> {
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  return JSON.parse(readFileSync(await (await download).path(), 'utf8')) as SavedFile;
}

/// Per turn, its timed words and their start times.
function timedWords(saved: SavedFile): [string, number][][] {
  return saved.transcript.blocks.map((b) =>
    b.spans.filter((s) => s.time).map((s): [string, number] => [s.text.trim(), s.time!.start]),
  );
}

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

test('a Windows-1252 file opens, and the notice says how it was read', async ({ page }) => {
  // "ANN: Café “au lait”." in Windows-1252: é is 0xE9, the quotes 0x93 and 0x94.
  const srt = Buffer.concat([
    Buffer.from('1\n00:00:01,000 --> 00:00:02,000\nANN: Caf'),
    Buffer.from([0xe9, 0x20, 0x93]),
    Buffer.from('au lait'),
    Buffer.from([0x94, 0x2e, 0x0a]),
  ]);
  await open(page, 'late.srt', srt);
  await expect(blocks(page)).toHaveCount(1);
  await expect(blocks(page).nth(0).locator('.block-text')).toHaveText('Café “au lait”.');
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toHaveText(
    'Opened late.srt (read as Windows-1252).',
  );
});

test('a file of an unknown format gets a message saying what was expected', async ({ page }) => {
  await open(page, 'data.json', '{"hello": [1, 2, 3]}');
  await expect(page.getByRole('alert')).toContainText('not a transcript format Caption Desk knows');
  await expect(page.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
});

test('word timings stay on their words through typing, and are saved', async ({ page }) => {
  await openTimedWithDownloads(page);
  const first = blocks(page).nth(0).locator('.block-text');
  await expect(first).toHaveText('Good evening everyone.');
  // Correct "evening" to "evenings" from inside the word, and add a word before it all.
  await first.click();
  await page.keyboard.press('Home');
  await page.keyboard.type('Well, ');
  for (let i = 0; i < 'Good eveni'.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.type('X');
  await expect(first).toHaveText('Well, Good eveniXng everyone.');

  const saved = await saveJson(page);
  expect(timedWords(saved)[0]).toEqual([
    ['Good', 0.5],
    ['eveniXng', 0.9],
    ['everyone.', 1.5],
  ]);
  expect(saved.transcript.blocks[0]!.spans[0]).toEqual({ text: 'Well, ' });
});

test('word timings come along when words are cut and pasted into another turn', async ({ page }) => {
  await openTimedWithDownloads(page);
  const [first, second] = [0, 1].map((i) => blocks(page).nth(i).locator('.block-text'));

  // Cut "evening " with the keyboard, paste it at the end of the second turn.
  await first!.click();
  await page.keyboard.press('Home');
  for (let i = 0; i < 'Good '.length; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 'evening '.length; i++) await page.keyboard.press('Shift+ArrowRight');
  // The editor reads a selection the browser moved on its next selectionchange.
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe('evening ');
  await settle(page);
  await page.keyboard.press('Control+x');
  await expect(first!).toHaveText('Good everyone.');
  await second!.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' ');
  await page.keyboard.press('Control+v');
  await expect(second!).toHaveText('Thanks, Sam. evening');

  expect(timedWords(await saveJson(page))).toEqual([
    [
      ['Good', 0.5],
      ['everyone.', 1.5],
    ],
    [
      ['Thanks,', 2.5],
      ['Sam.', 3.0],
      ['evening', 0.9],
    ],
  ]);
});

test('word timings come along when text copied across turns is pasted', async ({ page }) => {
  await openTimedWithDownloads(page);
  const second = blocks(page).nth(1).locator('.block-text');

  // Select from "everyone." in the first turn to "Thanks," in the second, and copy.
  await blocks(page).nth(0).locator('.block-text').click();
  await page.keyboard.press('Home');
  for (let i = 0; i < 'Good evening '.length; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 'everyone.'.length + 1 + 'Thanks,'.length; i++)
    await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toMatch(/^everyone\.\s+Thanks,$/);
  await settle(page);
  await page.keyboard.press('Control+c');
  // Paste at the end of the second turn: its end becomes a turn of its own.
  await second.click();
  // A click in a selection moves the caret on mouseup: let the editor see it.
  await settle(page);
  await page.keyboard.press('End');
  await page.keyboard.type(' ');
  await page.keyboard.press('Control+v');
  await expect(blocks(page)).toHaveCount(3);

  expect(timedWords(await saveJson(page))).toEqual([
    [
      ['Good', 0.5],
      ['evening', 0.9],
      ['everyone.', 1.5],
    ],
    [
      ['Thanks,', 2.5],
      ['Sam.', 3.0],
      ['everyone.', 1.5],
    ],
    [['Thanks,', 2.5]],
  ]);
});

test('broadcast captions open whatever their name: TTML with agents, SCC roll-up, each word once', async ({
  page,
}) => {
  const fixture = (path: string) => readFileSync(new URL(`../fixtures/formats/${path}`, import.meta.url));
  await open(page, 'night desk.xml', fixture('ttml/imsc-agents.ttml'));
  await expect(blocks(page)).toHaveCount(26);
  await expect(blocks(page).nth(0).locator('.speaker-name')).toHaveText('Maya Chen');
  await expect(blocks(page).nth(1).locator('.speaker-name')).toHaveText('Tom Reyes');
  await expect(blocks(page).nth(2).locator('.block-text')).toHaveText(
    'And the two who walked out say the <b>terminal</b> plan was rushed.',
  );

  await open(page, 'news.txt', fixture('scc/roll-up.scc'));
  await expect(blocks(page)).toHaveCount(20);
  await expect(blocks(page).nth(0).locator('.speaker-name')).toHaveText('Maya Chen');
  await expect(blocks(page).nth(0).locator('.block-text')).toHaveText(
    'GOOD EVENING, AND WELCOME TO NIGHT DESK. TONIGHT: THE HARBOUR VOTE, AND WHAT IT MEANS FOR THE WEST ' +
      'SIDE. WITH ME ARE TOM REYES, WHO COVERS THE PORT, AND DR. INÉS ÁLVAREZ.',
  );
  await settle(page);
  await page.screenshot({ path: test.info().outputPath('scc-roll-up.png') });
});
