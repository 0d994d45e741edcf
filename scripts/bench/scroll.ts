/// Scrolling and jumping: what an editor does all day in a long transcript.
///
/// - Jump scroll (`scroll: jump`, app and baseline): the scroll box set to
///   20 places from top to bottom, one drawn screen each. Each is timed
///   from setting `scrollTop` (after the previous frame has been rendered)
///   to the first task after the next frame, as keystrokes are timed, or,
///   where that frame still shows chunks that `content-visibility: auto`
///   skipped, to the frame that draws them. Chromium draws those one frame
///   later and fires `contentvisibilityautostatechange` (skipped: false)
///   at the end of that frame; so a jump ends at the first frame, or at the
///   last such event in the frames after it for a chunk on screen,
///   whichever is later (chunks drawn just off screen, ahead of scrolling,
///   are counted as work but not waited for). The
///   page's own counts of work over the sweep (chunks drawn; CDP
///   Performance.getMetrics: layouts, style recalculations and their
///   durations, script) go with it.
/// - Wheel scroll (`scroll: wheel`, app and baseline): 30 s of mouse-wheel
///   input at about 3,000 px/s over the text, in small steps sent through
///   the browser's input pipeline (so the compositor scrolls as it does for
///   a hand), turning at either end. The page records every frame
///   (requestAnimationFrame timestamps); the measure is the share of frame
///   intervals over 50 ms.
/// - Jumps to a target (`scroll: click`, the app only): a click on the
///   timeline strip, F8 (next gap) after the view was scrolled away from
///   the caret, and Go to time (Alt+J, a time, Enter), each timed from its
///   input event to the first task after the first frame at which the turn
///   holding the caret is new and inside the scroll box (or the last chunk
///   on screen drawn just after, as for the jump scroll).

import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { summarise } from './keystrokes.ts';
import {
  BenchError,
  median,
  nextFrames,
  placeCaretInBlock,
  settle,
  type Metrics,
  type Session,
  type Step,
} from './common.ts';

export const JUMP_STEPS = 20;
const WHEEL_SECONDS = 30;
const WHEEL_PX_PER_S = 3000;
/// Largest wheel step sent at once: a notch of a mouse wheel is about 100 px.
const WHEEL_STEP_PX = 100;
/// How often the bench reads where the scroll box is, to turn at an end.
const WHEEL_CHECK_MS = 250;
const LONG_FRAME_MS = 50;
/// A jump is drawn once this many frames in a row start drawing no more
/// chunks; it is given at most MAX_FRAMES.
const QUIET_FRAMES = 3;
const MAX_FRAMES = 12;
const JUMP_REPEATS = 5;
const WAIT_MS = 60_000;

/// The counters of CDP Performance.getMetrics summed over a step (counts,
/// and durations in seconds turned into ms).
const WORK_METRICS = {
  LayoutCount: 'Layouts',
  RecalcStyleCount: 'StyleRecalcs',
  LayoutDuration: 'LayoutMs',
  RecalcStyleDuration: 'StyleMs',
  ScriptDuration: 'ScriptMs',
} as const;

type WorkName = keyof typeof WORK_METRICS;

async function workCounters(session: Session): Promise<Record<WorkName, number>> {
  const { metrics } = await session.cdp.send('Performance.getMetrics');
  const out = {} as Record<WorkName, number>;
  for (const name of Object.keys(WORK_METRICS) as WorkName[]) {
    out[name] = metrics.find((m) => m.name === name)?.value ?? 0;
  }
  return out;
}

/// `prefix` + Layouts, StyleRecalcs, LayoutMs, StyleMs, ScriptMs between two readings.
function workDelta(prefix: string, before: Record<WorkName, number>, after: Record<WorkName, number>) {
  const out: Metrics = {};
  for (const [name, suffix] of Object.entries(WORK_METRICS) as [WorkName, string][]) {
    const delta = after[name] - before[name];
    out[prefix + suffix] = name.endsWith('Duration') ? delta * 1000 : delta;
  }
  return out;
}

/// The element that scrolls the text: the nearest ancestor of the editor
/// whose overflow scrolls (the app's `.document`), else the page (the
/// baseline). Marked with `data-bench-scroller` for the page code below.
async function markScroller(page: Page): Promise<{ height: number; client: number }> {
  const found = await page.evaluate(() => {
    const editor = document.querySelector('.ProseMirror');
    if (!editor) return null;
    let at: Element | null = editor.parentElement;
    while (at && !['auto', 'scroll'].includes(getComputedStyle(at).overflowY)) at = at.parentElement;
    const scroller = at ?? document.scrollingElement!;
    document.querySelector('[data-bench-scroller]')?.removeAttribute('data-bench-scroller');
    scroller.setAttribute('data-bench-scroller', '');
    return { height: scroller.scrollHeight, client: scroller.clientHeight };
  });
  if (found === null) throw new BenchError('scroll: no `.ProseMirror` editor on the page.');
  if (found.height <= found.client * 2) {
    throw new BenchError(
      `scroll: the text is ${found.height} px high in a ${found.client} px box: nothing to scroll.`,
    );
  }
  return found;
}

// ---------------------------------------------------------------------------
// Jump scroll

async function measureJumpScroll(session: Session): Promise<Metrics> {
  const { page } = session;
  const { client } = await markScroller(page);
  await page.evaluate(() => {
    document.querySelector('[data-bench-scroller]')!.scrollTop = 0;
  });
  await settle(page);
  const before = await workCounters(session);
  const result = await page.evaluate(
    async ([steps, quietFrames, maxFrames]) => {
      const scroller = document.querySelector('[data-bench-scroller]')!;
      // Chunks whose content the browser starts to draw (content-visibility: auto).
      const unlocks: number[] = [];
      // Those on screen when drawn: what the jump waits for.
      const onScreen: number[] = [];
      const on: { change?: (e: Event) => void } = {};
      on.change = (e) => {
        if ((e as Event & { skipped: boolean }).skipped) return;
        const now = performance.now();
        unlocks.push(now);
        const box = scroller.getBoundingClientRect();
        const rect = (e.target as Element).getBoundingClientRect();
        const [top, bottom] = [Math.max(box.top, 0), Math.min(box.bottom, innerHeight)];
        if (rect.bottom > top && rect.top < bottom) onScreen.push(now);
      };
      document.addEventListener('contentvisibilityautostatechange', on.change, { capture: true });
      const samples: number[] = [];
      for (let i = 1; i <= steps; i++) {
        // Start right after a rendered frame, so nothing else is pending.
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        const max = scroller.scrollHeight - scroller.clientHeight;
        const before = onScreen.length;
        const t0 = performance.now();
        scroller.scrollTop = Math.round((max * i) / steps);
        let first: number | null = null;
        let seen = unlocks.length;
        for (let frame = 0, quiet = 0; frame < maxFrames && quiet < quietFrames; frame++) {
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
          first ??= performance.now();
          if (unlocks.length > seen) [seen, quiet] = [unlocks.length, 0];
          else quiet++;
        }
        samples.push(Math.max(first!, onScreen.length > before ? onScreen.at(-1)! : 0) - t0);
      }
      document.removeEventListener('contentvisibilityautostatechange', on.change, { capture: true });
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      return {
        samples,
        unlocks: unlocks.length,
        left: scroller.scrollHeight - scroller.clientHeight - scroller.scrollTop,
      };
    },
    [JUMP_STEPS, QUIET_FRAMES, MAX_FRAMES] as const,
  );
  const after = await workCounters(session);
  // The last step sets the bottom; content drawn in that frame can grow the
  // box below it, but never by more than a screen or two.
  if (result.left > 3 * client) {
    throw new BenchError(
      `jump scroll: after the last step the box is ${result.left} px short of its bottom.`,
    );
  }
  session.samples['jump'] = result.samples;
  return {
    ...summarise(result.samples, 'jump'),
    jumpChunksDrawn: result.unlocks,
    ...workDelta('jump', before, after),
  };
}

// ---------------------------------------------------------------------------
// Wheel scroll

interface FrameWindow {
  __benchFrames: { times: number[]; top: number[]; stop: boolean };
}

async function measureWheelScroll(session: Session): Promise<Metrics> {
  const { page } = session;
  const { client } = await markScroller(page);
  // Start a screen from the top, with the mouse over the middle of the text.
  const box = await page.evaluate(() => {
    const scroller = document.querySelector('[data-bench-scroller]')!;
    scroller.scrollTop = 0;
    const editor = document.querySelector('.ProseMirror')!.getBoundingClientRect();
    const rect = scroller === document.scrollingElement ? editor : scroller.getBoundingClientRect();
    return {
      x: (Math.max(rect.left, editor.left) + Math.min(rect.right, editor.right)) / 2,
      y: Math.max(0, rect.top) + Math.min(rect.bottom - Math.max(0, rect.top), innerHeight) / 2,
    };
  });
  await page.mouse.move(box.x, box.y);
  await settle(page);
  await page.evaluate(() => {
    const probe = window as unknown as FrameWindow;
    const scroller = document.querySelector('[data-bench-scroller]')!;
    probe.__benchFrames = { times: [], top: [], stop: false };
    const loop: { frame?: (t: number) => void } = {};
    loop.frame = (t) => {
      probe.__benchFrames.times.push(t);
      probe.__benchFrames.top.push(scroller.scrollTop);
      if (!probe.__benchFrames.stop) requestAnimationFrame(loop.frame!);
    };
    requestAnimationFrame(loop.frame);
  });
  const before = await workCounters(session);
  const started = performance.now();
  let sent = 0;
  let direction = 1;
  let checked = started;
  for (;;) {
    const now = performance.now();
    const elapsed = (now - started) / 1000;
    if (elapsed >= WHEEL_SECONDS) break;
    if (now - checked >= WHEEL_CHECK_MS) {
      checked = now;
      const where = await page.evaluate(() => {
        const s = document.querySelector('[data-bench-scroller]')!;
        return { top: s.scrollTop, max: s.scrollHeight - s.clientHeight };
      });
      // Turn a screen before either end, so the wheel never pushes at a wall.
      if (direction > 0 && where.top >= where.max - client) direction = -1;
      else if (direction < 0 && where.top <= client) direction = 1;
    }
    const owed = elapsed * WHEEL_PX_PER_S - sent;
    if (owed < WHEEL_STEP_PX / 4) {
      await sleep(4);
      continue;
    }
    const step = Math.min(WHEEL_STEP_PX, owed);
    await page.mouse.wheel(0, direction * step);
    sent += step;
  }
  const frames = await page.evaluate(() => {
    const probe = (window as unknown as FrameWindow).__benchFrames;
    probe.stop = true;
    return { times: probe.times, top: probe.top };
  });
  const after = await workCounters(session);
  const seconds = (performance.now() - started) / 1000;
  const intervals = frames.times.slice(1).map((t, i) => t - frames.times[i]!);
  let travelled = 0;
  for (let i = 1; i < frames.top.length; i++) travelled += Math.abs(frames.top[i]! - frames.top[i - 1]!);
  // The wheel must really have scrolled: at least half the distance sent.
  if (travelled < sent / 2 || intervals.length === 0) {
    throw new BenchError(
      `wheel scroll: ${Math.round(sent)} px of wheel input moved the text ${Math.round(travelled)} px ` +
        `(${intervals.length} frames recorded).`,
    );
  }
  const long = intervals.filter((ms) => ms > LONG_FRAME_MS).length;
  session.samples['wheelFrame'] = intervals;
  const sorted = [...intervals].sort((a, b) => a - b);
  return {
    wheelFrames: intervals.length,
    wheelLongPct: (100 * long) / intervals.length,
    wheelFrameP95Ms: sorted[Math.ceil(0.95 * sorted.length) - 1] ?? null,
    wheelFrameMaxMs: sorted.at(-1) ?? null,
    wheelPxPerS: travelled / seconds,
    ...workDelta('wheel', before, after),
  };
}

// ---------------------------------------------------------------------------
// Jumps to a target: timeline click, F8, Go to time

interface JumpWindow {
  __benchJump: { t0: number | null; ms: number | null; previous: Element | null };
}

/// Times the next `type` event (of `key`, for keydown) on window, in the
/// capture phase (before the app's own handlers), to the first task after
/// the first frame at which the caret's turn (`.block.has-caret`) is not the
/// one it was and is inside the scroll box, or to the last chunk the browser
/// started drawing in the frames after that (as the jump scroll counts it),
/// if later.
async function armJump(page: Page, type: 'click' | 'keydown', key: string | null): Promise<void> {
  await page.evaluate(
    ([type, key, quietFrames, maxFrames]) => {
      const probe = window as unknown as JumpWindow;
      probe.__benchJump = { t0: null, ms: null, previous: document.querySelector('.block.has-caret') };
      const scroller = document.querySelector('[data-bench-scroller]')!;
      const unlocks: number[] = [];
      const onScreen: number[] = [];
      let [arrived, frames, quiet, seen] = [0, 0, 0, 0];
      const on: { event?: (e: Event) => void; change?: (e: Event) => void; after?: () => void } = {};
      on.change = (e) => {
        if ((e as Event & { skipped: boolean }).skipped) return;
        const now = performance.now();
        unlocks.push(now);
        const box = scroller.getBoundingClientRect();
        const rect = (e.target as Element).getBoundingClientRect();
        const [top, bottom] = [Math.max(box.top, 0), Math.min(box.bottom, innerHeight)];
        if (rect.bottom > top && rect.top < bottom) onScreen.push(now);
      };
      on.after = () => {
        const now = performance.now();
        frames++;
        if (arrived === 0) {
          const turn = document.querySelector('.block.has-caret');
          const box = scroller.getBoundingClientRect();
          const rect = turn?.getBoundingClientRect();
          const inView =
            turn && rect && turn !== probe.__benchJump.previous && rect.height > 0 && rect.top >= box.top;
          if (inView && rect.top < Math.min(box.bottom, innerHeight)) arrived = now;
        } else if (unlocks.length > seen) [seen, quiet] = [unlocks.length, 0];
        else quiet++;
        if (frames >= maxFrames * 10 || (arrived > 0 && quiet >= quietFrames)) {
          document.removeEventListener('contentvisibilityautostatechange', on.change!, { capture: true });
          if (arrived > 0)
            probe.__benchJump.ms = Math.max(arrived, onScreen.at(-1) ?? 0) - probe.__benchJump.t0!;
          return;
        }
        requestAnimationFrame(() => setTimeout(on.after!));
      };
      on.event = (e) => {
        if (key !== null && (e as KeyboardEvent).key !== key) return;
        window.removeEventListener(type, on.event!, { capture: true });
        probe.__benchJump.t0 = performance.now();
        document.addEventListener('contentvisibilityautostatechange', on.change!, { capture: true });
        requestAnimationFrame(() => setTimeout(on.after!));
      };
      window.addEventListener(type, on.event, { capture: true });
    },
    [type, key, QUIET_FRAMES, MAX_FRAMES] as const,
  );
}

async function jumpTiming(page: Page, what: string): Promise<number> {
  const handle = await page
    .waitForFunction(() => (window as unknown as JumpWindow).__benchJump.ms, null, { timeout: WAIT_MS })
    .catch(() => {
      throw new BenchError(
        `${what}: the caret's turn (\`.block.has-caret\`) never came into view as a new turn.`,
      );
    });
  return (await handle.jsonValue()) as number;
}

/// Where the jumps go, as fractions of the programme: far from each other.
const PLACES = [0.85, 0.15, 0.6, 0.3, 0.95];

async function scrollAway(page: Page, rep: number): Promise<void> {
  await page.evaluate(
    (top) => {
      const s = document.querySelector('[data-bench-scroller]')!;
      s.scrollTop = top ? 0 : s.scrollHeight;
    },
    rep % 2 === 0,
  );
  await nextFrames(page);
}

async function measureTimelineClick(session: Session): Promise<number[]> {
  const { page } = session;
  const canvas = page.locator('.timeline canvas');
  await canvas.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {
    throw new BenchError('timeline: no visible `.timeline canvas` (the timeline strip).');
  });
  const samples: number[] = [];
  for (const place of PLACES) {
    await settle(page);
    const box = (await canvas.boundingBox())!;
    await armJump(page, 'click', null);
    await page.mouse.click(box.x + box.width * place, box.y + box.height / 2);
    samples.push(await jumpTiming(page, `timeline click at ${place}`));
  }
  return samples;
}

async function measureNextGapJump(session: Session): Promise<number[]> {
  const { page } = session;
  const blocks = await page.locator('.ProseMirror .block-text').count();
  if ((await page.locator('.ProseMirror .gap-open').count()) === 0)
    throw new BenchError('next gap: the document has no open gap (`.gap-open`).');
  await placeCaretInBlock(page, Math.floor(blocks / 3), 'end');
  const samples: number[] = [];
  for (let rep = 0; rep < JUMP_REPEATS; rep++) {
    // Away from the caret: the gap F8 finds is then off screen.
    await scrollAway(page, rep);
    await settle(page);
    await armJump(page, 'keydown', 'F8');
    await page.keyboard.press('F8');
    samples.push(await jumpTiming(page, 'next gap (F8)'));
  }
  return samples;
}

async function measureGoToTime(session: Session): Promise<number[]> {
  const { page, input } = session;
  const samples: number[] = [];
  for (const place of PLACES) {
    await settle(page);
    await page.keyboard.press('Alt+j');
    const field = page.locator('dialog[open]').getByRole('textbox', { name: 'Time' });
    await field.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {
      throw new BenchError('go to time: Alt+J opened no dialog with a textbox named "Time".');
    });
    await field.fill(offset(input.hours * 3600 * place));
    await armJump(page, 'keydown', 'Enter');
    await page.keyboard.press('Enter');
    samples.push(await jumpTiming(page, `go to time ${offset(input.hours * 3600 * place)}`));
    await page.locator('dialog[open]').waitFor({ state: 'hidden', timeout: 10_000 });
  }
  return samples;
}

function offset(seconds: number): string {
  const s = Math.floor(seconds);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

async function measureJumps(session: Session): Promise<Metrics> {
  await markScroller(session.page);
  const out: Metrics = {};
  for (const [key, run] of [
    ['timelineClick', measureTimelineClick],
    ['nextGapJump', measureNextGapJump],
    ['goToTime', measureGoToTime],
  ] as const) {
    const samples = await run(session);
    session.samples[`${key}Ms`] = samples;
    out[`${key}Ms`] = median(samples);
    out[`${key}MaxMs`] = Math.max(...samples);
  }
  return out;
}

// ---------------------------------------------------------------------------

/// The steps, named `scroll: …` so `--only scroll` picks them all.
export const JUMP_SCROLL_STEP: Step = { name: 'scroll: jump', run: measureJumpScroll };
export const WHEEL_SCROLL_STEP: Step = { name: 'scroll: wheel', run: measureWheelScroll };
export const JUMPS_STEP: Step = { name: 'scroll: click', run: measureJumps };

/// Table headers for the scroll measures, by metric.
export const SCROLL_COLUMNS: readonly { header: string; key: string; digits: number }[] = [
  { header: 'jump p50 ms', key: 'jumpP50Ms', digits: 1 },
  { header: 'jump p95 ms', key: 'jumpP95Ms', digits: 1 },
  { header: 'jump max ms', key: 'jumpMaxMs', digits: 1 },
  { header: 'jump chunks drawn', key: 'jumpChunksDrawn', digits: 0 },
  { header: 'jump layouts', key: 'jumpLayouts', digits: 0 },
  { header: 'jump layout ms', key: 'jumpLayoutMs', digits: 0 },
  { header: 'jump style ms', key: 'jumpStyleMs', digits: 0 },
  { header: 'wheel frames', key: 'wheelFrames', digits: 0 },
  { header: 'wheel >50 ms %', key: 'wheelLongPct', digits: 2 },
  { header: 'wheel p95 ms', key: 'wheelFrameP95Ms', digits: 1 },
  { header: 'wheel px/s', key: 'wheelPxPerS', digits: 0 },
  { header: 'timeline ms', key: 'timelineClickMs', digits: 1 },
  { header: 'F8 ms', key: 'nextGapJumpMs', digits: 1 },
  { header: 'go to time ms', key: 'goToTimeMs', digits: 1 },
];
