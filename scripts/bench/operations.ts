/// Timed editing operations in the app: rename a speaker, assign a block,
/// split a block, go to the next gap, save JSON, export plain text and
/// WebVTT, find all and replace all.
///
/// Each is timed in the page from its triggering input event (a `click`,
/// `keydown` or `input` listener on window in the capture phase, installed
/// before the app's own code, records performance.now()) to the first task
/// after the next frame (requestAnimationFrame → setTimeout), as the
/// keystroke probe does; find and replace all to the first such task at
/// which the panel shows the result (so a deferred search would be counted
/// whole); save and export end instead when the file's text is handed over
/// (writable closed, Blob URL created). Each runs REPEATS times, on a fresh
/// block where that makes sense, after the page has gone quiet, and reports
/// the median. Each checks that the operation really happened and fails the
/// run with a message otherwise.

import type { Page } from 'playwright-core';
import {
  BenchError,
  blockTextCount,
  median,
  placeCaretInBlock,
  placeCaretInMiddleBlock,
  settle,
  type Metrics,
  type Session,
  type Step,
} from './common.ts';

export const REPEATS = 5;
const WAIT_MS = 60_000;

// ---------------------------------------------------------------------------
// The in-page probe

type ProbeType = 'click' | 'keydown' | 'input';

/// The timing ends at the first task after a frame at which the text of
/// `selector` matches `pattern` (a RegExp source), not merely the first.
interface Until {
  selector: string;
  pattern: string;
}

interface ProbeEvent {
  /// performance.now() in the first listener to see the event.
  t0: number;
  /// From t0 to the first task after the next frame (with `until`: after
  /// the first frame at which it matched); null until then.
  frameMs: number | null;
  /// With `until`: the selector's text at that moment.
  text: string | null;
}

interface ProbeState {
  /// The next event of this type (and key, for keydown) is timed; one-shot.
  armed: { type: ProbeType; key: string | null; until: Until | null } | null;
  events: ProbeEvent[];
  /// One per close() of a writable from the stubbed showSaveFilePicker.
  saves: { at: number; length: number }[];
  lastSave: string;
  /// One per URL.createObjectURL(blob).
  blobs: { at: number; size: number; type: string }[];
}

interface ProbeWindow {
  __benchProbe: ProbeState;
}

/// Init script, run in every page before its own code, so the probe's
/// capture listeners on window come before the app's (its Ctrl+S handler is
/// a capture listener on window too, and serialises the document at once).
/// Also stubs `showSaveFilePicker` with a handle whose writable records the
/// text and the time of close(), and wraps `URL.createObjectURL` to record
/// the time and size of each Blob. No named functions inside (see below).
export function installPageProbes(): void {
  const probe: ProbeState = { armed: null, events: [], saves: [], lastSave: '', blobs: [] };
  (window as unknown as ProbeWindow).__benchProbe = probe;
  for (const type of ['click', 'keydown', 'input'] as const) {
    window.addEventListener(
      type,
      (event) => {
        const armed = probe.armed;
        if (armed === null || armed.type !== event.type) return;
        if (armed.key !== null && (event as KeyboardEvent).key !== armed.key) return;
        probe.armed = null;
        const record: ProbeEvent = { t0: performance.now(), frameMs: null, text: null };
        probe.events.push(record);
        const until = armed.until;
        const pattern = until === null ? null : new RegExp(until.pattern);
        // Assigned to a property, not a const: tsx's keepNames would wrap a
        // named function in `__name(...)`, which is not defined in the page.
        const loop: { afterFrame?: () => void } = {};
        loop.afterFrame = () => {
          const now = performance.now();
          if (until !== null) {
            const text = document.querySelector(until.selector)?.textContent ?? '';
            if (!pattern!.test(text)) {
              requestAnimationFrame(() => setTimeout(loop.afterFrame!));
              return;
            }
            record.text = text;
          }
          record.frameMs = now - record.t0;
        };
        requestAnimationFrame(() => setTimeout(loop.afterFrame!));
      },
      { capture: true },
    );
  }
  // Built by assignment, not as object literals with arrow values: tsx's
  // keepNames wraps those in `__name(...)`, which is not defined in the page.
  const stubs: { picker?: unknown } = {};
  stubs.picker = async (options?: { suggestedName?: string }) => {
    const handle: Record<string, unknown> = { kind: 'file', name: options?.suggestedName ?? 'bench.json' };
    handle.createWritable = async () => {
      let text = '';
      const writable: Record<string, unknown> = {};
      writable.write = async (chunk: unknown) => {
        text += typeof chunk === 'string' ? chunk : String(chunk);
      };
      writable.close = async () => {
        const at = performance.now();
        probe.lastSave = text;
        probe.saves.push({ at, length: text.length });
      };
      writable.abort = async () => undefined;
      return writable;
    };
    return handle;
  };
  Object.defineProperty(window, 'showSaveFilePicker', {
    configurable: true,
    writable: true,
    value: stubs.picker,
  });
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const at = performance.now();
    if (object instanceof Blob) probe.blobs.push({ at, size: object.size, type: object.type });
    return createObjectURL(object);
  };
}

async function arm(
  page: Page,
  type: ProbeType,
  key: string | null = null,
  until: Until | null = null,
): Promise<number> {
  return page.evaluate(
    ([type, key, until]) => {
      const probe = (window as unknown as ProbeWindow).__benchProbe;
      probe.armed = { type, key, until };
      return probe.events.length;
    },
    [type, key, until] as const,
  );
}

/// Waits for the armed event's frame timing; returns the event.
async function frameTiming(
  page: Page,
  index: number,
  what: string,
  missing = "the triggering event never reached the page's probe (or no frame followed).",
): Promise<ProbeEvent> {
  try {
    const handle = await page.waitForFunction(
      (i) => {
        const event = (window as unknown as ProbeWindow).__benchProbe.events[i];
        return event !== undefined && event.frameMs !== null ? event : null;
      },
      index,
      { timeout: WAIT_MS },
    );
    return (await handle.jsonValue()) as ProbeEvent;
  } catch {
    throw new BenchError(`${what}: ${missing}`);
  }
}

/// Runs `once` REPEATS times after letting the page settle, and reports the median as `key`.
async function repeat(
  session: Session,
  key: string,
  once: (rep: number) => Promise<number>,
): Promise<Metrics> {
  const samples: number[] = [];
  for (let rep = 0; rep < REPEATS; rep++) {
    await settle(session.page);
    samples.push(await once(rep));
  }
  session.samples[key] = samples;
  return { [key]: median(samples) };
}

// ---------------------------------------------------------------------------
// Rename the speaker with the most blocks

async function measureRename(session: Session): Promise<Metrics> {
  const { page } = session;
  const roster = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.speaker-row')).map((row) => ({
      name: row.querySelector('.roster-name')?.textContent?.trim() ?? '',
      blocks: Number(
        /(\d+) (?:turns?|blocks?)/.exec(row.querySelector('.speaker-stats')?.textContent ?? '')?.[1] ?? 0,
      ),
    })),
  );
  const top = roster.filter((s) => s.name !== '').sort((a, b) => b.blocks - a.blocks)[0];
  if (top === undefined || top.blocks === 0) {
    throw new BenchError(
      'rename: no speaker with blocks in the speaker panel (`.speaker-row` with `.roster-name` and ' +
        `"N turns" in \`.speaker-stats\`); found ${JSON.stringify(roster)}.`,
    );
  }
  let current = top.name;
  return repeat(session, 'renameMs', async (rep) => {
    const next = `Bench Speaker ${rep + 1}`;
    // Role queries scoped to the panel: a page-wide one computes the name
    // and visibility of every button in the transcript (thousands, most in
    // content-visibility-skipped chunks), which takes seconds at 24 hours.
    const button = page.getByRole('tabpanel').getByRole('button', { name: `Rename ${current}`, exact: true });
    await button.click({ timeout: 10_000 }).catch(() => {
      throw new BenchError(`rename: no button named "Rename ${current}" in the speaker panel.`);
    });
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {
      throw new BenchError(
        `rename: clicking "Rename ${current}" opened no dialog named "Rename ${current}".`,
      );
    });
    await dialog.getByRole('textbox', { name: 'New name' }).fill(next);
    const submit = dialog.getByRole('button', { name: 'Rename', exact: true });
    await submit.waitFor({ state: 'visible' });
    const index = await arm(page, 'click');
    await submit.click();
    const event = await frameTiming(page, index, 'rename');
    const shown = await page.evaluate(
      ([next, old]) => {
        const names = Array.from(document.querySelectorAll('.block .speaker-name'), (el) => el.textContent);
        return {
          renamed: names.filter((n) => n === next).length,
          old: names.filter((n) => n === old).length,
        };
      },
      [next, current] as const,
    );
    if (shown.renamed === 0 || shown.old > 0) {
      throw new BenchError(
        `rename: after renaming "${current}" to "${next}", ${shown.renamed} \`.block .speaker-name\` show ` +
          `the new name and ${shown.old} still show the old one.`,
      );
    }
    if (await dialog.isVisible()) throw new BenchError('rename: the dialog stayed open after "Rename".');
    current = next;
    return event.frameMs!;
  });
}

// ---------------------------------------------------------------------------
// Assign roster speaker 1 to a block (Alt+1)

async function measureAssign(session: Session): Promise<Metrics> {
  const { page } = session;
  const first = await page.evaluate(() => document.querySelector('.speaker-row .roster-name')?.textContent);
  if (!first)
    throw new BenchError('assign: the speaker panel lists no speaker 1 (`.speaker-row .roster-name`).');
  // Blocks from the middle on whose speaker is not speaker 1, so Alt+1 changes each.
  const candidates = await page.evaluate((name) => {
    const blocks = Array.from(document.querySelectorAll('.ProseMirror .block'));
    const found: number[] = [];
    for (let i = Math.floor(blocks.length / 2); i < blocks.length && found.length < 20; i++) {
      const label = blocks[i]!.querySelector('.speaker-name')?.textContent;
      if (label !== name && blocks[i]!.querySelector('.block-text')) found.push(i);
    }
    return found;
  }, first);
  // The caret helper counts `.block-text`, the check above `.block`: they must be one to one.
  const [blocks, texts] = [await blockCount(page), await blockTextCount(page)];
  if (blocks !== texts) throw new BenchError(`assign: ${blocks} \`.block\` but ${texts} \`.block-text\`.`);
  if (candidates.length < REPEATS) {
    throw new BenchError(
      `assign: fewer than ${REPEATS} blocks after the middle whose speaker is not "${first}".`,
    );
  }
  return repeat(session, 'assignMs', async (rep) => {
    // Every other candidate: neighbours can share a chunk, fresh ones need not.
    const target = candidates[(rep * 2) % candidates.length]!;
    await placeCaretInBlock(page, target, 'end');
    const index = await arm(page, 'keydown', '1');
    await page.keyboard.press('Alt+1');
    const event = await frameTiming(page, index, 'assign');
    const label = await page
      .locator('.ProseMirror .block')
      .nth(target)
      .evaluate((el) => el.querySelector('.speaker-name')?.textContent ?? null);
    if (label !== first) {
      throw new BenchError(`assign: after Alt+1 block ${target} shows speaker "${label}", not "${first}".`);
    }
    return event.frameMs!;
  });
}

// ---------------------------------------------------------------------------
// Split a block in the middle of its text (Enter)

async function measureSplit(session: Session): Promise<Metrics> {
  const { page } = session;
  const count = await blockCount(page);
  const middle = Math.floor(count / 2);
  return repeat(session, 'splitMs', async (rep) => {
    // Going backwards from the middle: a split only shifts the blocks after it.
    const target = middle - rep * 3;
    const caret = await placeCaretInBlock(page, target, 'middle');
    if (caret.offset === 0 || caret.offset >= caret.length) {
      throw new BenchError(
        `split: the caret landed at ${caret.offset} of ${caret.length} in block ${target}, not inside its text.`,
      );
    }
    const before = await blockCount(page);
    const index = await arm(page, 'keydown', 'Enter');
    await page.keyboard.press('Enter');
    const event = await frameTiming(page, index, 'split');
    const after = await blockCount(page);
    if (after !== before + 1) {
      throw new BenchError(
        `split: Enter in the middle of block ${target} left ${after} blocks, not ${before + 1}.`,
      );
    }
    return event.frameMs!;
  });
}

async function blockCount(page: Page): Promise<number> {
  return page.locator('.ProseMirror .block').count();
}

// ---------------------------------------------------------------------------
// Next open gap (F8)

async function measureNextGap(session: Session): Promise<Metrics> {
  const { page } = session;
  if ((await page.locator('.ProseMirror .gap-open').count()) === 0) {
    throw new BenchError('next gap: the document has no open gap (`.gap-open`) to go to.');
  }
  // Start from the middle, with the editor focused; each F8 then goes on to the next gap.
  await placeCaretInMiddleBlock(page);
  let previous: string | null = null;
  return repeat(session, 'nextGapMs', async () => {
    const index = await arm(page, 'keydown', 'F8');
    await page.keyboard.press('F8');
    const event = await frameTiming(page, index, 'next gap');
    const where = await page.evaluate(() => {
      const selection = getSelection();
      if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) return null;
      // ProseMirror anchors the selection at the end of the text before the
      // gap's span, so "inside" is: the range selects exactly one `.gap`'s text.
      const range = selection.getRangeAt(0);
      const container = range.commonAncestorContainer;
      const element = container instanceof Element ? container : container.parentElement;
      const gap =
        element?.closest('.gap') ??
        Array.from(element?.querySelectorAll('.gap') ?? []).find(
          (g) => range.intersectsNode(g) && range.toString().trim() === (g.textContent ?? '').trim(),
        );
      if (!gap) return null;
      const all = Array.from(document.querySelectorAll('.ProseMirror .gap'));
      return `${all.indexOf(gap)}`;
    });
    if (where === null)
      throw new BenchError('next gap: after F8 the DOM selection is not inside a `.gap` element.');
    if (where === previous) throw new BenchError('next gap: F8 left the selection on the same gap.');
    previous = where;
    return event.frameMs!;
  });
}

// ---------------------------------------------------------------------------
// Save JSON (Ctrl+S, to the stubbed file handle)

async function measureSave(session: Session): Promise<Metrics> {
  const { page } = session;
  return repeat(session, 'saveMs', async () => {
    const saves = await page.evaluate(() => (window as unknown as ProbeWindow).__benchProbe.saves.length);
    const index = await arm(page, 'keydown', 's');
    await page.keyboard.press('Control+s');
    await page
      .waitForFunction((n) => (window as unknown as ProbeWindow).__benchProbe.saves.length > n, saves, {
        timeout: WAIT_MS,
      })
      .catch(() => {
        throw new BenchError(
          'save: Ctrl+S wrote nothing to the stubbed showSaveFilePicker handle (createWritable → write → close).',
        );
      });
    const result = await page.evaluate((i) => {
      const probe = (window as unknown as ProbeWindow).__benchProbe;
      const event = probe.events[i];
      let format: unknown;
      try {
        format = (JSON.parse(probe.lastSave) as { format?: unknown }).format;
      } catch {
        format = 'not JSON';
      }
      return { t0: event?.t0 ?? null, at: probe.saves.at(-1)!.at, format, length: probe.lastSave.length };
    }, index);
    if (result.t0 === null) throw new BenchError('save: the Ctrl+S keydown never reached the page probe.');
    if (result.format !== 'caption-desk') {
      throw new BenchError(
        `save: the written text (${result.length} chars) is not Caption Desk JSON ("format": ${JSON.stringify(result.format)}).`,
      );
    }
    return result.at - result.t0;
  });
}

// ---------------------------------------------------------------------------
// Export plain text and WebVTT (Export… → Format → Export, a Blob URL download)

interface ExportTarget {
  /// The option's value in the dialog's Format list.
  format: string;
  /// What the Blob's type must start with.
  mime: string;
  key: string;
  label: string;
}

const PLAIN_TEXT: ExportTarget = { format: 'txt', mime: 'text/plain', key: 'exportMs', label: 'plain text' };
const WEBVTT: ExportTarget = { format: 'vtt', mime: 'text/vtt', key: 'exportVttMs', label: 'WebVTT' };

function measureExport(target: ExportTarget): (session: Session) => Promise<Metrics> {
  return (session) => measureExportOf(session, target);
}

async function measureExportOf(session: Session, target: ExportTarget): Promise<Metrics> {
  const { page } = session;
  return repeat(session, target.key, async () => {
    await page
      .getByRole('toolbar', { name: 'Document' })
      .getByRole('button', { name: 'Export…', exact: true })
      .click({ timeout: 10_000 })
      .catch(() => {
        throw new BenchError('export: no button named "Export…".');
      });
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {
      throw new BenchError('export: "Export…" opened no dialog named "Export plain text".');
    });
    await dialog
      .getByRole('combobox', { name: 'Format' })
      .selectOption(target.format, { timeout: 10_000 })
      .catch(() => {
        throw new BenchError(`export: the dialog has no "Format" list with "${target.format}".`);
      });
    const button = dialog.getByRole('button', { name: 'Export', exact: true });
    await button.waitFor({ state: 'visible' });
    const blobs = await page.evaluate(() => (window as unknown as ProbeWindow).__benchProbe.blobs.length);
    const download = page.waitForEvent('download', { timeout: WAIT_MS });
    download.catch(() => undefined);
    const index = await arm(page, 'click');
    await button.click();
    await page
      .waitForFunction((n) => (window as unknown as ProbeWindow).__benchProbe.blobs.length > n, blobs, {
        timeout: WAIT_MS,
      })
      .catch(() => {
        throw new BenchError('export: clicking "Export" created no Blob URL (URL.createObjectURL).');
      });
    const result = await page.evaluate(
      ([i, n]) => {
        const probe = (window as unknown as ProbeWindow).__benchProbe;
        const blob = probe.blobs[n]!;
        return { t0: probe.events[i]?.t0 ?? null, ...blob };
      },
      [index, blobs] as const,
    );
    if (result.t0 === null)
      throw new BenchError('export: the click on "Export" never reached the page probe.');
    if (!result.type.startsWith(target.mime) || result.size === 0) {
      throw new BenchError(
        `export: the Blob was ${result.size} bytes of "${result.type}", not ${target.label}.`,
      );
    }
    const file = await download.catch(() => {
      throw new BenchError('export: no download followed the Blob URL.');
    });
    await file.cancel().catch(() => undefined);
    await dialog.waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {
      throw new BenchError('export: the dialog stayed open after "Export".');
    });
    return result.at - result.t0;
  });
}

// ---------------------------------------------------------------------------
// Find all (Ctrl+H, type a common word) and replace all (then Ctrl+Z)

const FIND_WORD = 'the';
/// Occurs nowhere in the generated transcripts, so after replace all its
/// count in the text is the number replaced, and after undo it is 0 again.
const REPLACEMENT = 'qzxv';

/// Occurrences of `word` (case-insensitive, as the find panel's default, and
/// not across blocks) in the editor's block texts, counted apart from the app.
async function countInText(page: Page, word: string): Promise<number> {
  return page.evaluate((w) => {
    const pattern = new RegExp(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
    let n = 0;
    for (const el of Array.from(document.querySelectorAll('.ProseMirror .block-text'))) {
      n += (el.textContent ?? '').match(pattern)?.length ?? 0;
    }
    return n;
  }, word);
}

/// The count in the find panel's status: "N matches", "1 match", "k of N", "No matches".
function statusCount(text: string): number | null {
  if (/^\s*No matches\s*$/.test(text)) return 0;
  const match = /(?:^|\s)(?:\d+ of )?(\d+)(?: match(?:es)?)?\s*$/.exec(text.trim());
  return match === null ? null : Number(match[1]);
}

async function measureFindAndReplace(session: Session): Promise<Metrics> {
  const { page, input } = session;
  // Scoped to the panel: see measureRename.
  const panel = page.getByRole('tabpanel');
  const findBox = panel.getByRole('textbox', { name: 'Find', exact: true });
  const replaceBox = panel.getByRole('textbox', { name: 'Replace with', exact: true });
  const replaceAll = panel.getByRole('button', { name: 'Replace all', exact: true });
  const expected = await countInText(page, FIND_WORD);
  const minimum = input.hours >= 10 ? 100 : 1;
  if (expected < minimum) {
    throw new BenchError(
      `find: "${FIND_WORD}" occurs ${expected} times in the text; the bench needs ${minimum}.`,
    );
  }
  if ((await countInText(page, REPLACEMENT)) !== 0)
    throw new BenchError(`replace all: "${REPLACEMENT}" is already in the text.`);
  const findSamples: number[] = [];
  const replaceSamples: number[] = [];
  let caret = Math.floor((await blockCount(page)) / 2);
  for (let rep = 0; rep < REPEATS; rep++) {
    // Ctrl+H with the caret in the text opens the Find tab and focuses Find.
    await placeCaretInBlock(page, caret, 'end');
    await page.keyboard.press('Control+h');
    await findBox.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {
      throw new BenchError('find: Ctrl+H showed no textbox named "Find" in the tab panel.');
    });
    await page
      .waitForFunction(() => document.activeElement?.closest('[role="tabpanel"]') != null, undefined, {
        timeout: 10_000,
      })
      .catch(() => {
        throw new BenchError('find: after Ctrl+H the focus is not in the tab panel.');
      });
    if (!(await findBox.evaluate((el) => el === document.activeElement)))
      throw new BenchError('find: Ctrl+H did not focus the textbox named "Find".');

    // All but the last letter at once, then the last one typed and timed from its input event.
    await findBox.fill(FIND_WORD.slice(0, -1));
    await settle(page);
    // Until the status shows the count the text has: "N matches" (or "k of N").
    const findIndex = await arm(page, 'input', null, {
      selector: '.find-status',
      pattern: `(^|\\D)${expected}( match(es)?)?\\s*$`,
    });
    await page.keyboard.type(FIND_WORD.slice(-1));
    const found = await frameTiming(page, findIndex, 'find', '').catch(async () => {
      const status = await page.locator('.find-status').textContent();
      const count = status === null ? null : statusCount(status);
      throw count !== null && count !== expected
        ? new BenchError(
            `find: the status says "${status}" for "${FIND_WORD}"; the text has ${expected} (case-insensitive).`,
          )
        : new BenchError(
            `find: typing "${FIND_WORD}" in "Find" never made \`.find-status\` show ${expected} ` +
              `matches (it shows ${JSON.stringify(status)}), or the input event never reached the probe.`,
          );
    });
    findSamples.push(found.frameMs!);

    await replaceBox.fill(REPLACEMENT);
    await replaceAll.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {
      throw new BenchError('replace all: no button named "Replace all" in the tab panel.');
    });
    await settle(page);
    const replaceIndex = await arm(page, 'click', null, {
      selector: '[role="tabpanel"]',
      pattern: 'Replaced \\d+\\.',
    });
    await replaceAll.click();
    const replaced = await frameTiming(
      page,
      replaceIndex,
      'replace all',
      'clicking "Replace all" never showed "Replaced N." in the tab panel.',
    );
    const report = /Replaced (\d+)\.(?: (\d+) inside gaps)?/.exec(replaced.text ?? '');
    const [done, skipped] = [Number(report?.[1] ?? -1), Number(report?.[2] ?? 0)];
    const inText = await countInText(page, REPLACEMENT);
    const left = await countInText(page, FIND_WORD);
    if (done <= 0 || done + skipped !== expected || inText !== done || left !== expected - done) {
      throw new BenchError(
        `replace all: the panel says "Replaced ${done}."${skipped ? ` and ${skipped} inside gaps` : ''} ` +
          `of ${expected} "${FIND_WORD}"; the text now has ${inText} "${REPLACEMENT}" and ${left} "${FIND_WORD}".`,
      );
    }
    replaceSamples.push(replaced.frameMs!);

    // Undo in the editor (one step), so the next round and later steps see the text as it was.
    caret -= 2;
    await placeCaretInBlock(page, caret, 'end');
    await page.keyboard.press('Control+z');
    await page
      .waitForFunction(
        ([word, n, replacement]) => {
          let [found, other] = [0, 0];
          const pattern = new RegExp(word, 'giu');
          for (const el of Array.from(document.querySelectorAll('.ProseMirror .block-text'))) {
            const text = el.textContent ?? '';
            found += text.match(pattern)?.length ?? 0;
            if (text.includes(replacement)) other++;
          }
          return found === n && other === 0;
        },
        [FIND_WORD, expected, REPLACEMENT] as const,
        { timeout: WAIT_MS },
      )
      .catch(() => {
        throw new BenchError(
          `replace all: Ctrl+Z in the text did not bring back the ${expected} "${FIND_WORD}" ` +
            `(or left "${REPLACEMENT}" in the text).`,
        );
      });
  }
  // Clear the query: its highlights go, and the panel is left as it was found.
  await page.keyboard.press('Control+h');
  await findBox.fill('');
  session.samples['findMs'] = findSamples;
  session.samples['replaceAllMs'] = replaceSamples;
  return { findMs: median(findSamples), replaceAllMs: median(replaceSamples), findMatches: expected };
}

// ---------------------------------------------------------------------------

/// In the order they run: rename and assign before split, so they see the
/// blocks as loaded; save and export after the edits, so they write every
/// change; find and replace all last (replace all is undone), so no search
/// highlights are in place while the others run.
export const OPERATION_STEPS: readonly Step[] = [
  { name: 'rename', run: measureRename },
  { name: 'assign', run: measureAssign },
  { name: 'split', run: measureSplit },
  { name: 'next gap', run: measureNextGap },
  { name: 'save', run: measureSave },
  { name: 'export', run: measureExport(PLAIN_TEXT) },
  { name: 'export WebVTT', run: measureExport(WEBVTT) },
  { name: 'find, replace all', run: measureFindAndReplace },
];

/// Table headers for the operations' medians, by metric.
export const OPERATION_COLUMNS: readonly { header: string; key: string }[] = [
  { header: 'rename ms', key: 'renameMs' },
  { header: 'assign ms', key: 'assignMs' },
  { header: 'split ms', key: 'splitMs' },
  { header: 'next gap ms', key: 'nextGapMs' },
  { header: 'save ms', key: 'saveMs' },
  { header: 'export ms', key: 'exportMs' },
  { header: 'export vtt ms', key: 'exportVttMs' },
  { header: 'find ms', key: 'findMs' },
  { header: 'replace all ms', key: 'replaceAllMs' },
];
