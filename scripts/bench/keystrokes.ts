/// Keystroke latency: typing at the end of the middle block, each key timed
/// from its keydown to the first task after the next frame. Used as it is on
/// the document as loaded (`key p50/p95/max`) and, by scripts/bench/playback.ts,
/// while the media plays (`key ... playing`).

import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { BenchError, placeCaretInMiddleBlock, type Metrics, type Session } from './common.ts';

export const KEYSTROKES = 120;
export const KEYSTROKES_DISCARDED = 10;
const KEYSTROKE_PAUSE_MS = 30;

/// What is typed: words, spaces, no key the app binds.
const TYPED = ' and the council said it would vote again next week on the plan';
/// Typed while the media plays: different words, so the check that the text
/// landed cannot be satisfied by the earlier step's text.
export const TYPED_PLAYING = ' then the mayor asked whether the budget could wait until spring';

/// Typing latency in the middle of the document, where a long document costs most.
export async function measureKeystrokes({ page, samples }: Session): Promise<Metrics> {
  await placeCaretInMiddleBlock(page);
  samples['key'] = await typeTimed(page, TYPED);
  return summarise(samples['key'], 'key');
}

/// Types KEYSTROKES characters of `phrase` (repeated) where the caret is,
/// KEYSTROKE_PAUSE_MS apart, checks they landed in an editor, and returns
/// the latencies without the first KEYSTROKES_DISCARDED.
export async function typeTimed(page: Page, phrase: string): Promise<number[]> {
  await installKeystrokeProbe(page);
  const typed = phrase.repeat(Math.ceil(KEYSTROKES / phrase.length)).slice(0, KEYSTROKES);
  for (const char of typed) {
    await page.keyboard.type(char);
    await sleep(KEYSTROKE_PAUSE_MS);
  }
  await page
    .waitForFunction((n) => (window as unknown as ProbeWindow).__benchKeys.length >= n, KEYSTROKES, {
      timeout: 30_000,
    })
    .catch(() => {
      throw new BenchError(`Fewer than ${KEYSTROKES} keystrokes reached the page's keydown listener.`);
    });
  await assertTextLanded(page, typed.slice(-24));
  const samples = await page.evaluate(() => {
    const probe = window as unknown as ProbeWindow;
    // Later steps press keys too: they should not pay for this probe.
    window.removeEventListener('keydown', probe.__benchKeyListener, { capture: true });
    return probe.__benchKeys.slice();
  });
  return samples.slice(KEYSTROKES_DISCARDED);
}

interface ProbeWindow {
  __benchKeys: number[];
  __benchKeyListener: () => void;
}

/// Per keystroke: time from the keydown (seen first, in the capture phase on
/// window) to the first task after the next frame, which is when the browser
/// has had the chance to paint the result.
async function installKeystrokeProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = window as unknown as ProbeWindow;
    probe.__benchKeys = [];
    probe.__benchKeyListener = () => {
      const t0 = performance.now();
      requestAnimationFrame(() => setTimeout(() => probe.__benchKeys.push(performance.now() - t0)));
    };
    window.addEventListener('keydown', probe.__benchKeyListener, { capture: true });
  });
}

/// Guards against measuring keystrokes that went nowhere (focus lost, a
/// read-only view): the end of the typed text must be in an editor.
async function assertTextLanded(page: Page, tail: string): Promise<void> {
  const found = await page.evaluate(
    (expected) =>
      Array.from(document.querySelectorAll('.ProseMirror')).some((el) =>
        (el.textContent ?? '').includes(expected),
      ),
    tail,
  );
  if (!found)
    throw new BenchError(`The typed text ("...${tail}") did not appear in any .ProseMirror editor.`);
}

/// p50, p95 and max by nearest rank, as `${prefix}P50Ms`, `${prefix}P95Ms`
/// and `${prefix}MaxMs`; enough samples (110) that interpolation would not
/// change the picture.
export function summarise(samples: number[], prefix: string): Metrics {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number): number | null =>
    sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? null;
  return {
    [`${prefix}P50Ms`]: rank(50),
    [`${prefix}P95Ms`]: rank(95),
    [`${prefix}MaxMs`]: sorted.at(-1) ?? null,
  };
}
