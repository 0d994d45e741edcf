/// What the bench's parts share: options, the per-run session, the Step and
/// Target shapes, and the page helpers more than one step uses.

import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { Format } from './formats.ts';

export interface Options {
  hours: number[];
  seed: number;
  /// The app's preview server; the baseline page is served on `port + 1`.
  port: number;
  build: boolean;
  /// How long to wait for a page to signal `transcript-rendered`.
  timeoutMs: number;
  /// The files opened per length (scripts/bench/formats.ts); `archive` runs every step.
  formats: Format[];
  /// `--only`: the steps to run after load (a name, or the part before
  /// `:` of several); null runs them all.
  only: string[] | null;
}

export interface Input {
  hours: number;
  format: Format;
  file: string;
  words: number;
  bytes: number;
  /// A generated WAV (the same for every length) for the playback step.
  media: string;
}

/// Numbers a step measured; null when the page gave nothing to measure.
export type Metrics = Record<string, number | null>;

/// Everything a step needs for one transcript in one page.
export interface Session {
  /// The bench's own Chromium, for browser-level CDP (process list).
  browser: Browser;
  page: Page;
  cdp: CDPSession;
  input: Input;
  options: Options;
  /// Raw samples behind a median, by metric name, for latest.json.
  samples: Record<string, number[]>;
}

/// One measured operation after load; steps run in order on the same page,
/// so a step that changes the document (typing, splitting) goes after those
/// that must see it as loaded (heap).
export interface Step {
  name: string;
  run(session: Session): Promise<Metrics>;
}

/// A running server for a target's page.
export interface Server {
  url: string;
  close(): Promise<void>;
}

/// A page to measure: how to build and serve it, how to open an input in it
/// (`load` returns at least `blocks`), and the steps that apply to it.
export interface Target {
  name: string;
  /// Path under the target's server root.
  path: string;
  start(options: Options): Promise<Server>;
  load(session: Session): Promise<Metrics>;
  steps: readonly Step[];
}

/// A failure with a message that says what to fix; printed without a stack.
export class BenchError extends Error {}

/// Resolves after two frames in the page: whatever was scheduled has been laid out.
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/// Lets the page go quiet before a timed operation: the app's autosave runs
/// 700 ms after the last change, when the browser is idle, and an operation
/// timed while it serialises the document would measure the autosave too.
export async function settle(page: Page, ms = 1000): Promise<void> {
  await sleep(ms);
  await page.evaluate(() => new Promise<void>((r) => requestIdleCallback(() => r(), { timeout: 2000 })));
}

/// Editable block texts: `.block-text` inside the editor. In the app that is
/// the text part of each `.block`; in the baseline each paragraph is both.
const BLOCK_TEXT = '.ProseMirror .block-text';

export async function blockTextCount(page: Page): Promise<number> {
  return page.locator(BLOCK_TEXT).count();
}

/// Puts the caret at the end of the middle block's text; returns that block's index.
export async function placeCaretInMiddleBlock(page: Page): Promise<number> {
  const count = await blockTextCount(page);
  if (count === 0)
    throw new BenchError('No `.block-text` elements after load: the bench types into the middle one.');
  const index = Math.floor(count / 2);
  await placeCaretInBlock(page, index, 'end');
  return index;
}

/// Scrolls block `index` into view and clicks into its text: just inside the
/// right edge of its last character (`end`, followed by End, so the caret is
/// past the last character), or at the left edge of the character halfway
/// through the text (`middle`). Returns the caret's character offset in the
/// block's text (textContent), and the text's length.
export async function placeCaretInBlock(
  page: Page,
  index: number,
  where: 'end' | 'middle',
): Promise<{ offset: number; length: number }> {
  const text = page.locator(BLOCK_TEXT).nth(index);
  // Chunks off screen are laid out at an estimated height (content-visibility);
  // once the target's chunk renders, the page shifts. Scroll, let it settle,
  // and scroll again before taking coordinates.
  for (let i = 0; i < 3; i++) {
    await text.scrollIntoViewIfNeeded();
    await nextFrames(page);
  }
  // No named helpers inside evaluated functions: tsx compiles with keepNames,
  // which would wrap them in a `__name` call that does not exist in the page.
  const point = await text.evaluate((el, at) => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if ((node.textContent ?? '') !== '') nodes.push(node as Text);
    }
    const box = el.getBoundingClientRect();
    if (nodes.length === 0) return { x: box.left + 4, y: box.top + box.height / 2 };
    const range = document.createRange();
    if (at === 'end') {
      const last = nodes.filter((n) => (n.textContent ?? '').trim() !== '').at(-1) ?? nodes.at(-1)!;
      range.setStart(last, Math.max(0, last.length - 1));
      range.setEnd(last, last.length);
      const rects = range.getClientRects();
      const rect = rects[rects.length - 1] ?? range.getBoundingClientRect();
      return { x: rect.right - 1, y: rect.top + rect.height / 2 };
    }
    // The character at half the text, moved forward to the start of a word
    // so the click does not land between a word and the space after it.
    const full = el.textContent ?? '';
    let target = Math.floor(full.length / 2);
    while (target < full.length - 1 && full[target - 1] !== ' ') target++;
    let node = nodes[0]!;
    let offset = target;
    for (const candidate of nodes) {
      node = candidate;
      if (offset < candidate.length) break;
      offset -= candidate.length;
    }
    offset = Math.min(offset, node.length - 1);
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return { x: rect.left + 1, y: rect.top + rect.height / 2 };
  }, where);
  // Something drawn over the text there (a sticky strip, a dialog) would
  // take the click: say what, rather than that the caret went astray.
  const cover = await text.evaluate((el, { x, y }) => {
    const hit = document.elementFromPoint(x, y);
    return hit === null || el.contains(hit) ? null : `${hit.tagName.toLowerCase()}.${hit.className}`;
  }, point);
  if (cover !== null)
    throw new BenchError(
      `Block ${index}'s text is under \`${cover}\` where the bench clicks, after scrolling to it.`,
    );
  await page.mouse.click(point.x, point.y);
  if (where === 'end') await page.keyboard.press('End');
  // The editor reads a caret the browser moved (End) on the next
  // selectionchange; a key pressed before that acts where the caret was.
  await nextFrames(page);
  const caret = await text.evaluate((el) => {
    const selection = getSelection();
    if (selection === null || selection.anchorNode === null || !el.contains(selection.anchorNode))
      return null;
    const before = document.createRange();
    before.setStart(el, 0);
    before.setEnd(selection.anchorNode, selection.anchorOffset);
    return { offset: before.toString().length, length: (el.textContent ?? '').length };
  });
  if (caret === null)
    throw new BenchError(`Clicking block ${index} did not put the caret in its \`.block-text\`.`);
  return caret;
}

/// The median of a few samples (the mean of the middle two for an even count).
export function median(samples: readonly number[]): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
