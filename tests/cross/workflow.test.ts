import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CrossPage } from './crossPage.ts';
import { openFirefox } from './firefox.ts';
import {
  byRole,
  CAPTURE_DOWNLOADS,
  caretAt,
  nextDownload,
  settle,
  turnTexts,
  until,
  untilText,
} from './pageTools.ts';
import { openWebKit } from './webkit.ts';

/// The core workflow, as issue 19 lists it, in Firefox and WebKit: open the
/// sample and a WebVTT file, type, split and join turns, assign speakers
/// from the keyboard, next gap and correct it, find and replace, undo and
/// redo, save (a download: neither has the File System Access API), reload
/// and find the work restored, export plain text.

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const FILE_INPUT = 'input[type=file][aria-label="Open transcript file"]';
const OPEN_GAPS = '[role=status][aria-label="Open gaps"]';
const SPEAKER = (i: number) =>
  `return document.querySelectorAll('.ProseMirror .block .block-speaker')[${i}]?.textContent ?? '';`;

const OPENERS: Record<'firefox' | 'webkit', () => Promise<CrossPage>> = {
  firefox: openFirefox,
  webkit: () => openWebKit(inject('webkitDriverPort')),
};

describe.each(['firefox', 'webkit'] as const)('%s', (name) => {
  let page: CrossPage;

  beforeAll(async () => {
    page = await OPENERS[name]();
  });
  afterAll(async () => {
    await page?.close();
  });

  async function load(reload = false) {
    if (reload) await page.reload();
    else await page.goto(inject('appUrl'));
    await page.run(CAPTURE_DOWNLOADS);
  }

  it('opens the sample and a WebVTT file, and says which browser features it falls back from', async () => {
    await load();
    await untilText(page, 'h1', 'Counterpoint');
    expect((await turnTexts(page)).length).toBeGreaterThan(10);
    // What this browser lacks is what the app falls back from (tests below use the fallbacks).
    const features = await page.run<Record<string, boolean>>(
      `return { fileSystemAccess: 'showSaveFilePicker' in window, highlights: typeof CSS.highlights === 'object', locks: !!navigator.locks };`,
    );
    console.log(
      `${name} ${await page.run<string>('return navigator.userAgent;')}: ${JSON.stringify(features)}`,
    );
    expect(features.fileSystemAccess).toBe(false);

    await page.setFile(FILE_INPUT, `${FIXTURES}formats/webvtt/interview.vtt`);
    await untilText(
      page,
      '.ProseMirror .block .block-text',
      /^Good evening, and welcome to Harbour Lights\.?/,
    );
    await until(
      page,
      'Mara Quinn on the first turn',
      `return (${SPEAKER(0).slice(7, -1)}).includes('Mara Quinn');`,
    );
  });

  it('types, splits and joins turns, assigns a speaker and corrects the next gap from the keyboard', async () => {
    await page.setFile(FILE_INPUT, `${FIXTURES}browser/short-programme.txt`);
    await untilText(page, 'h1', 'Morning Desk');
    await until(page, 'seven turns', `return document.querySelectorAll('.ProseMirror .block').length === 7;`);

    await caretAt(page, 3, 'it has'.length);
    await page.type(' indeed');
    await untilText(
      page,
      '.ProseMirror .block .block-text',
      'it has indeed, and the council vote is next week.',
    );

    await caretAt(page, 3, 'it has indeed,'.length);
    await page.press('Enter');
    await until(page, 'a split', `return document.querySelectorAll('.ProseMirror .block').length === 8;`);
    expect((await turnTexts(page))[3]).toBe('it has indeed,');
    await settle(page);
    await page.press('Backspace');
    await until(page, 'a join', `return document.querySelectorAll('.ProseMirror .block').length === 7;`);
    expect((await turnTexts(page))[3]).toBe('it has indeed, and the council vote is next week.');

    await caretAt(page, 2, 0);
    await page.press('Alt+1');
    await until(page, 'Maya on turn 3', `return (${SPEAKER(2).slice(7, -1)}).includes('Maya');`);

    await page.press('Control+Home');
    await settle(page);
    await page.press('F8');
    await settle(page);
    await page.type('bed');
    await untilText(
      page,
      '.ProseMirror .block .block-text',
      'thanks for having me. the river bed has changed a lot.',
    );
    await untilText(page, OPEN_GAPS, '1 gap open');
  });

  it('finds and replaces, undoes and redoes', async () => {
    await page.press('Control+h');
    await page.click(byRole('textbox', 'Find'));
    await page.type('vote');
    // Matches are painted with the CSS Custom Highlight API where the browser
    // has it, else as decorations (spans): either way they are on screen.
    await until(
      page,
      'matches painted',
      `return typeof CSS.highlights === 'object'
        ? [...CSS.highlights.values()].some((h) => h.size > 0)
        : document.querySelectorAll('.ProseMirror .search-hit').length > 0;`,
    );
    await page.click(byRole('textbox', 'Replace with'));
    await page.type('ballot');
    await page.click(byRole('button', 'Replace all'));
    await untilText(
      page,
      '.ProseMirror .block .block-text',
      'i expect a close ballot [ inaudible ] on tuesday.',
    );

    await caretAt(page, 0, 0);
    await page.press('Control+z');
    await untilText(
      page,
      '.ProseMirror .block .block-text',
      'i expect a close vote [ inaudible ] on tuesday.',
    );
    await page.press('Control+y');
    await untilText(
      page,
      '.ProseMirror .block .block-text',
      'i expect a close ballot [ inaudible ] on tuesday.',
    );
  });

  it('saves by download, finds the work again after a reload, and exports plain text', async () => {
    await page.press('Control+s');
    const saved = await nextDownload(page, 1);
    expect(saved.name).toMatch(/\.json$/);
    expect(JSON.parse(saved.text).format).toBe('caption-desk');

    await load(true);
    await untilText(page, 'h1', 'Morning Desk');
    await untilText(
      page,
      '.ProseMirror .block .block-text',
      'thanks for having me. the river bed has changed a lot.',
    );
    await untilText(
      page,
      '.ProseMirror .block .block-text',
      'i expect a close ballot [ inaudible ] on tuesday.',
    );
    expect(await page.run<string>(SPEAKER(2))).toContain('Maya');
    await untilText(page, OPEN_GAPS, '1 gap open');

    await page.click(byRole('button', 'Export…'));
    await page.click(byRole('button', 'Export'));
    const text = await nextDownload(page, 1);
    expect(text.name).toMatch(/\.txt$/);
    expect(text.text).toContain('the river bed has changed a lot.');
    expect(text.text).toContain('close ballot');
    expect(text.text).not.toMatch(/<[a-z]/i);
  });
});

describe('firefox without custom highlights or Web Locks', () => {
  let page: CrossPage;
  beforeAll(async () => {
    page = await openFirefox();
    // As a browser that never had them (older Firefox and Safari versions).
    await page.addInitScript!(
      `delete CSS.highlights; delete Navigator.prototype.locks; delete navigator.locks;`,
    );
  });
  afterAll(async () => {
    await page?.close();
  });

  it('edits (no lock to wait for) and paints find matches as decorations', async () => {
    await page.goto(inject('appUrl'));
    await untilText(page, 'h1', 'Counterpoint');
    expect(await page.run(`return [typeof CSS.highlights, typeof navigator.locks];`)).toEqual([
      'undefined',
      'undefined',
    ]);
    await page.setFile(FILE_INPUT, `${FIXTURES}browser/short-programme.txt`);
    await untilText(page, 'h1', 'Morning Desk');
    await caretAt(page, 3, 'it has'.length);
    await page.type(' indeed');
    await untilText(
      page,
      '.ProseMirror .block .block-text',
      'it has indeed, and the council vote is next week.',
    );
    await page.press('Control+h');
    await page.click(byRole('textbox', 'Find'));
    await page.type('vote');
    await until(
      page,
      'two matches drawn as spans',
      `return document.querySelectorAll('.ProseMirror .search-hit').length === 2;`,
    );
  });
});
