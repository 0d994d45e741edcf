import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { buildTeamLink } from '../../src/core/team/link.ts';
import { restorePointReasons } from '../support/appStorage.ts';
import { TeamClients } from '../support/teamClient.ts';
import { startTeamServer, type TeamServerHandle } from '../support/teamServer.ts';
import { makeTranscript } from '../support/transcripts.ts';

/// Team editing against the real team server, started by the test: editors
/// in separate browser contexts (separate storage, as separate people).

let server: TeamServerHandle;
let docCount = 0;
const clients = new TeamClients(() => server);

test.beforeAll(async () => {
  server = await startTeamServer();
});
test.afterAll(async () => {
  clients.destroyAll();
  await server?.dispose();
});

/// A new shared document holding a small transcript, and a page for each
/// person in it (an editor unless given with the viewer role), in order.
async function shareAndOpen<const People extends readonly Person[]>(
  browser: Browser,
  ...people: People
): Promise<{ [K in keyof People]: Page }> {
  const doc = `team-spec-${Date.now().toString(36)}-${docCount++}`;
  (await clients.share(doc, makeTranscript(6))).destroy();
  const pages: Page[] = [];
  for (const person of people)
    pages.push(
      typeof person === 'string'
        ? await open(browser, doc, person)
        : await open(browser, doc, person.name, person.role),
    );
  return pages as { [K in keyof People]: Page };
}

type Person = string | { name: string; role: 'viewer' };

async function open(
  browser: Browser,
  doc: string,
  name: string,
  role: 'editor' | 'viewer' = 'editor',
): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Saving is then a download (as in Firefox and Safari), which a test can read.
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  const token = await server.mint({ doc, role, name });
  await page.goto(buildTeamLink('/', { server: server.url, doc, token }));
  await expect(page.locator('.ProseMirror .block')).toHaveCount(6);
  return page;
}

const blockText = (page: Page, i: number) =>
  page.locator('.ProseMirror .block').nth(i).locator('.block-text');
/// Each block's text, without the colleagues' carets drawn in it.
const texts = (page: Page) =>
  page.locator('.ProseMirror .block .block-text').evaluateAll((els) =>
    els.map((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.team-caret').forEach((c) => c.remove());
      return copy.textContent ?? '';
    }),
  );
const textOf = async (page: Page, i: number) => (await texts(page))[i];
const status = (page: Page) => page.getByRole('status', { name: 'Team' });

/// Puts the caret at the end of block `i`.
async function caretAtEnd(page: Page, i: number) {
  await blockText(page, i).click();
  await page.keyboard.press('End');
}

test('two editors type and split at once and end with the same document', async ({ browser }) => {
  const [maya, sami] = await shareAndOpen(browser, 'Maya', 'Sami');
  await expect(status(maya)).toHaveText('Connected · 2 people');
  await expect(status(sami)).toHaveText('Connected · 2 people');
  await caretAtEnd(maya, 0);
  await caretAtEnd(sami, 3);
  await Promise.all([maya.keyboard.type(' typed by Maya'), sami.keyboard.type(' typed by Sami')]);
  await maya.keyboard.press('Enter');
  await maya.keyboard.type('a new turn');
  await expect.poll(async () => (await texts(sami)).join('|')).toBe((await texts(maya)).join('|'));
  const final = await texts(maya);
  expect(final).toHaveLength(7);
  expect(final[0]).toBe('block 0 says hello typed by Maya');
  expect(final[1]).toBe('a new turn');
  expect(final[4]).toBe('block 3 says hello typed by Sami');
});

// Each connection used to be dropped and opened again a second after it
// was made (the status callback read the provider before it existed), and
// the server forgot the editor's presence with the first one: on a quiet
// machine the colleague's caret then never came (platform/team/presence.ts).
test("each editor sees the other's caret with their name, after typing and a split at once", async ({
  browser,
}) => {
  const [maya, sami] = await shareAndOpen(browser, 'Maya', 'Sami');
  await caretAtEnd(maya, 0);
  await caretAtEnd(sami, 3);
  await Promise.all([maya.keyboard.type(' typed by Maya'), sami.keyboard.type(' typed by Sami')]);
  await maya.keyboard.press('Enter');
  await maya.keyboard.type('a new turn');
  await expect.poll(async () => (await texts(sami)).join('|')).toBe((await texts(maya)).join('|'));
  await expect(maya.locator('.team-caret-name')).toHaveText('Sami');
  await expect(sami.locator('.team-caret-name')).toHaveText('Maya');
  // Each caret is where its owner typed: Sami's after Sami's words, Maya's in the new turn.
  await expect(blockText(maya, 4).locator('.team-caret-name')).toHaveText('Sami');
  await expect(blockText(sami, 1).locator('.team-caret-name')).toHaveText('Maya');
});

test('each colleague is on the timeline strip at their turn, and a click there goes to it', async ({
  browser,
}) => {
  const [maya, sami, vera] = await shareAndOpen(browser, 'Maya', 'Sami', 'Vera');
  // The test transcript's programme starts at 5:30 am, turn i at i minutes.
  await caretAtEnd(sami, 3);
  await caretAtEnd(vera, 5);
  const colleagues = maya.getByRole('list', { name: 'Colleagues in this transcript' });
  await expect(colleagues.getByRole('button')).toHaveText(['Sami at 5:33 am', 'Vera at 5:35 am']);
  // A colleague moving to another turn moves on the strip.
  await caretAtEnd(sami, 1);
  await expect(colleagues.getByRole('button')).toHaveText(['Sami at 5:31 am', 'Vera at 5:35 am']);
  await colleagues.getByRole('button', { name: 'Vera at 5:35 am' }).click();
  await expect(maya.locator('.ProseMirror .block').nth(5)).toHaveClass(/has-caret/);
  // Sami sees Maya (now at Vera's turn) and Vera, never himself.
  await expect(
    sami.getByRole('list', { name: 'Colleagues in this transcript' }).getByRole('button'),
  ).toHaveText(['Maya at 5:35 am', 'Vera at 5:35 am']);
  await vera.context().close();
  await expect(colleagues.getByRole('button')).toHaveText(['Sami at 5:31 am']);
});

/// The document a page saves to a file (Ctrl+S, a download in this browser).
async function savedJson(page: Page): Promise<unknown> {
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  return JSON.parse(await readFile((await (await download).path())!, 'utf8'));
}

test('three editors type, split, assign and rename at once and save the same document', async ({
  browser,
}) => {
  const [maya, sami, vera] = await shareAndOpen(browser, 'Maya', 'Sami', 'Vera');
  for (const page of [maya, sami, vera]) await expect(status(page)).toHaveText('Connected · 3 people');
  await caretAtEnd(maya, 0);
  await caretAtEnd(sami, 3);
  await caretAtEnd(vera, 5);
  await Promise.all([
    (async () => {
      await maya.keyboard.type(' typed by Maya');
      await maya.keyboard.press('Enter');
      await maya.keyboard.type('a turn split off by Maya');
    })(),
    (async () => {
      // Turn 3 is Jenny Town's: Alt+1 gives it to Sami.
      await sami.keyboard.press('Alt+1');
      await sami.keyboard.type(' typed by Sami');
    })(),
    (async () => {
      await vera.keyboard.type(' typed by Vera');
      await vera.getByRole('button', { name: 'Rename Jenny Town' }).click();
      const dialog = vera.getByRole('dialog', { name: 'Rename Jenny Town' });
      await dialog.getByRole('textbox', { name: 'New name' }).fill('Jenny Towne');
      await dialog.getByRole('button', { name: 'Rename' }).click();
    })(),
  ]);
  const speakers = (page: Page) => page.locator('.ProseMirror .block .block-speaker').allTextContents();
  const settled = async (page: Page) => JSON.stringify([await texts(page), await speakers(page)]);
  await expect.poll(() => settled(maya)).toContain('typed by Vera');
  await expect.poll(() => settled(maya)).toContain('Jenny Towne');
  const final = await settled(maya);
  await expect.poll(() => settled(sami)).toBe(final);
  await expect.poll(() => settled(vera)).toBe(final);
  const [fromMaya, fromSami, fromVera] = [
    await savedJson(maya),
    await savedJson(sami),
    await savedJson(vera),
  ];
  expect(fromSami).toEqual(fromMaya);
  expect(fromVera).toEqual(fromMaya);
  const texts7 = await texts(maya);
  expect(texts7).toEqual([
    'block 0 says hello typed by Maya',
    'a turn split off by Maya',
    'block 1 says hello',
    'block 2 says hello',
    'block 3 says hello typed by Sami',
    'block 4 says hello',
    'block 5 says hello typed by Vera',
  ]);
  const labels = await speakers(maya);
  expect(labels[4]).toContain('Sami');
  expect(labels[2]).toContain('Jenny Towne');
});

test('a shared transcript saves, exports and logs corrections, and a restore point restores for everyone as one undoable change', async ({
  browser,
}) => {
  const [maya, sami] = await shareAndOpen(browser, 'Maya', 'Sami');
  await caretAtEnd(maya, 1);
  await maya.keyboard.type(' version one');
  await expect.poll(() => textOf(sami, 1)).toBe('block 1 says hello version one');

  // Replace all keeps a restore point first, in Maya's browser.
  await maya.keyboard.press('Control+h');
  await maya.getByRole('textbox', { name: 'Find', exact: true }).fill('hello');
  await maya.getByRole('textbox', { name: 'Replace with' }).fill('bye');
  await maya.getByRole('button', { name: 'Replace all' }).click();
  await expect.poll(() => textOf(sami, 4)).toBe('block 4 says bye');
  await expect.poll(() => restorePointReasons(maya)).toContain('Before replace all');

  // Saving, an export and the correction log are files of the shared transcript as it is.
  const saved = (await savedJson(maya)) as {
    transcript: { blocks: Array<{ spans: Array<{ text: string }> }> };
  };
  expect(saved.transcript.blocks[1]!.spans.map((s) => s.text).join('')).toBe('block 1 says bye version one');
  await maya.getByRole('button', { name: 'Export…' }).click();
  const exportDialog = maya.getByRole('dialog', { name: /^Export/ });
  const log = maya.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Correction log (Markdown)' }).click();
  const logText = await readFile((await (await log).path())!, 'utf8');
  expect(logText).toContain('block 1 says bye version one');
  const exported = maya.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export' }).click();
  const exportedText = await readFile((await (await exported).path())!, 'utf8');
  expect(exportedText).toContain('block 4 says bye');

  // Restoring the point restores it for everyone ...
  await maya.getByRole('button', { name: 'Restore points…' }).click();
  await maya
    .getByRole('dialog', { name: 'Restore points' })
    .getByRole('button', { name: /^Restore Before replace all/ })
    .first()
    .click();
  await expect.poll(() => textOf(maya, 4)).toBe('block 4 says hello');
  await expect.poll(() => textOf(sami, 4)).toBe('block 4 says hello');
  await expect.poll(() => textOf(sami, 1)).toBe('block 1 says hello version one');
  // ... as one change that Maya's Ctrl+Z undoes, for everyone.
  await maya.keyboard.press('Control+z');
  await expect.poll(() => textOf(sami, 4)).toBe('block 4 says bye');
  await expect.poll(() => textOf(maya, 1)).toBe('block 1 says bye version one');
  await expect.poll(async () => (await texts(sami)).join('|')).toBe((await texts(maya)).join('|'));
});

test('a viewer follows but cannot write', async ({ browser }) => {
  const [maya, vera] = await shareAndOpen(browser, 'Maya', { name: 'Vera', role: 'viewer' });
  await expect(vera.getByRole('status', { name: 'Read-only' })).toContainText('Viewer');
  await expect(vera.locator('.ProseMirror')).toHaveAttribute('contenteditable', 'false');
  await blockText(vera, 2).click();
  await vera.keyboard.type('not allowed');
  await caretAtEnd(maya, 2);
  await maya.keyboard.type(' and Maya');
  await expect.poll(() => textOf(vera, 2)).toBe('block 2 says hello and Maya');
  expect((await texts(vera)).join('')).not.toContain('not allowed');
  expect((await texts(maya)).join('')).not.toContain('not allowed');
});

test('Ctrl+Z undoes only my own change', async ({ browser }) => {
  const [maya, sami] = await shareAndOpen(browser, 'Maya', 'Sami');
  const undoButton = (page: Page) => page.getByRole('button', { name: 'Undo', exact: true });
  const redoButton = (page: Page) => page.getByRole('button', { name: 'Redo', exact: true });
  await caretAtEnd(maya, 1);
  await maya.keyboard.type(' MAYA');
  await expect.poll(() => textOf(sami, 1)).toBe('block 1 says hello MAYA');
  // A colleague's edit is nothing for me to undo.
  await expect(undoButton(maya)).toBeEnabled();
  await expect(undoButton(sami)).toBeDisabled();
  await caretAtEnd(sami, 4);
  await sami.keyboard.type(' SAMI');
  await expect.poll(() => textOf(maya, 4)).toBe('block 4 says hello SAMI');
  await blockText(maya, 1).click();
  await maya.keyboard.press('Control+z');
  await expect.poll(() => textOf(maya, 1)).toBe('block 1 says hello');
  await expect.poll(() => textOf(sami, 1)).toBe('block 1 says hello');
  await expect.poll(() => textOf(maya, 4)).toBe('block 4 says hello SAMI');
  await expect.poll(() => textOf(sami, 4)).toBe('block 4 says hello SAMI');
  await expect(undoButton(maya)).toBeDisabled();
  await expect(redoButton(maya)).toBeEnabled();
  await expect(undoButton(sami)).toBeEnabled();
});

test('offline edits wait, survive a reload, and merge when the server is back', async ({ browser }) => {
  const [maya, sami] = await shareAndOpen(browser, 'Maya', 'Sami');
  await server.stop();
  await expect(status(maya)).toContainText('Offline');
  await caretAtEnd(maya, 5);
  await maya.keyboard.type(' offline');
  // Once the status says the edit is in this browser's copy, a reload keeps
  // it (before that, leaving asks first).
  await expect(status(maya)).toHaveText(/Offline: [1-9]\d* changes? waiting, kept in this browser/);
  await maya.reload();
  await expect.poll(() => textOf(maya, 5)).toBe('block 5 says hello offline');
  await server.restart();
  await expect(status(maya)).toHaveText('Connected · 2 people');
  await expect.poll(() => textOf(sami, 5)).toBe('block 5 says hello offline');
});

test('share the open transcript with a desk link, open it by its links and from the team library', async ({
  browser,
}) => {
  const desk = buildTeamLink('http://localhost/', {
    server: server.url,
    doc: '*',
    token: await server.mint({ doc: '*', role: 'editor', name: 'Maya' }),
  });
  const maya = await (await browser.newContext()).newPage();
  await maya.goto('/');
  await expect(maya.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
  const turns = await maya.locator('.ProseMirror .block').count();

  await maya.getByRole('button', { name: 'Share with team…' }).click();
  const share = maya.getByRole('dialog', { name: 'Share with team' });
  await share.getByRole('textbox', { name: 'Desk link' }).fill(desk);
  await share.getByRole('textbox', { name: 'Name for the links' }).fill('Sami');
  await share.getByRole('button', { name: 'Share' }).click();
  const editorLink = share.getByRole('textbox', { name: 'Editor link (changes anything)' });
  await expect(editorLink).toHaveValue(/#team=/);
  const viewerLink = await share
    .getByRole('textbox', { name: 'Viewer link (reads, follows, exports)' })
    .inputValue();
  await expect(status(maya)).toHaveText(/^Connected/);
  await share.getByRole('button', { name: 'Done' }).click();

  // A viewer opens the viewer link: the same transcript, read-only.
  const viewer = await (await browser.newContext()).newPage();
  await viewer.goto(`/${new URL(viewerLink).hash}`);
  await expect(viewer.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
  await expect(viewer.locator('.ProseMirror .block')).toHaveCount(turns);
  await expect(viewer.locator('.ProseMirror')).toHaveAttribute('contenteditable', 'false');

  // The desk link opens the library, which lists it with who is in it and its progress.
  const editor = await (await browser.newContext()).newPage();
  await editor.goto(`/${new URL(desk).hash}`);
  const library = editor.getByRole('dialog', { name: 'Team library' });
  const row = library.getByRole('row', { name: /Counterpoint/ });
  await expect(row).toContainText(/\d+ of \d+ reviewed · \d+ gaps? open · \d+ without speaker/);
  await expect(row).toContainText('Maya');
  await row.getByRole('button', { name: 'Open Counterpoint' }).click();
  await expect(editor.locator('.ProseMirror .block')).toHaveCount(turns);
  await expect(status(editor)).toHaveText(/^Connected · [23] people/);
});
