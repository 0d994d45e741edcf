/// Performance benchmark of the built app on generated Archive transcripts.
///
///   npm run bench                     (1, 4 and 10 hours)
///   npm run bench -- --hours 1,4,10,24 --seed 7 --no-build --timeout 300 --port 4180
///
/// Builds the app, serves dist/ with `vite preview`, opens each generated
/// transcript through the app's own Open button in Debian's Chromium, and
/// measures: load time (in the page and from Node), JS heap and the
/// renderer process's resident memory after load (scripts/bench/memory.ts),
/// keystroke latency in the middle of the document, the same while a
/// generated recording plays (scripts/bench/playback.ts), and the timed
/// editing operations of scripts/bench/operations.ts (rename, assign, split,
/// next gap, save, export, find all, replace all). The same text is also
/// opened in a raw ProseMirror page (bench/baseline/, served on port + 1) and
/// measured for load, typing and memory, as the baseline. Prints four tables
/// (load and memory, typing, operations, ratios) and writes
/// bench-results/latest.json (plus a screenshot per run).
///
/// `--formats archive,vtt,whisperx,ttml,scc,google,timestamped,youtube,lenient,rollup` (default `archive`) also writes each
/// length's transcript in those formats and times their load
/// in the app (scripts/bench/formats.ts), in one more table.
///
/// The app's side of the contract (see the README): at the moment a file is
/// received it calls `performance.mark('transcript-open-start')`; once the
/// transcript is rendered it calls, after the next frame,
/// `performance.mark('transcript-rendered', { detail: { blocks } })`.
/// Blocks are `.block` elements with their editable text in `.block-text`,
/// inside `.ProseMirror`.
///
/// Extending: a new operation is one more `Step` in a target's `steps` (see
/// scripts/bench/operations.ts) plus its column; another page to compare is
/// one more `Target` in TARGETS.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview } from 'vite';
import { countCaptionWords, generateArchiveTranscript } from '../tests/support/archive-generator.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium.ts';
import { startBaseline } from './bench/baseline.ts';
import {
  BenchError,
  type Input,
  type Metrics,
  type Options,
  type Server,
  type Session,
  type Step,
  type Target,
} from './bench/common.ts';
import { KEYSTROKES, KEYSTROKES_DISCARDED, measureKeystrokes } from './bench/keystrokes.ts';
import { checkOpened, parseFormats, writeOtherFormats } from './bench/formats.ts';
import { measureRendererMemory } from './bench/memory.ts';
import { installPageProbes, OPERATION_COLUMNS, OPERATION_STEPS, REPEATS } from './bench/operations.ts';
import { measureKeystrokesPlaying, writeMedia } from './bench/playback.ts';
import {
  JUMP_SCROLL_STEP,
  JUMP_STEPS,
  JUMPS_STEP,
  SCROLL_COLUMNS,
  WHEEL_SCROLL_STEP,
} from './bench/scroll.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const RESULTS_DIR = path.join(ROOT, 'bench-results');
const HOST = '127.0.0.1';
const VIEWPORT = { width: 1400, height: 900 };

// ---------------------------------------------------------------------------
// Types

interface Row {
  target: string;
  hours: number;
  /// The file opened: `archive` (every step) or another format (load only).
  format: string;
  words: number;
  bytes: number;
  metrics: Metrics;
  /// Raw samples behind the operations' medians.
  samples: Record<string, number[]>;
  error?: string;
  screenshot?: string;
}

interface Column {
  header: string;
  cell(row: Row): string;
}

// ---------------------------------------------------------------------------
// Options

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      hours: { type: 'string', default: '1,4,10' },
      seed: { type: 'string', default: '1' },
      port: { type: 'string', default: '4173' },
      'no-build': { type: 'boolean', default: false },
      timeout: { type: 'string', default: '180' },
      formats: { type: 'string', default: 'archive' },
      only: { type: 'string' },
    },
  });
  const hours = values.hours.split(',').map((h) => Number(h.trim()));
  if (hours.some((h) => !Number.isFinite(h) || h <= 0)) {
    throw new BenchError(`--hours must be a comma-separated list of positive numbers, got "${values.hours}"`);
  }
  return {
    hours,
    seed: integerOption('--seed', values.seed),
    port: integerOption('--port', values.port),
    build: !values['no-build'],
    timeoutMs: integerOption('--timeout', values.timeout) * 1000,
    formats: parseFormats(values.formats),
    only: values.only === undefined ? null : parseOnly(values.only),
  };
}

/// `--only keystrokes,scroll`: the steps named so, or whose name starts with
/// one of them and a colon (`scroll` is `scroll: jump`, `scroll: wheel`, ...).
function parseOnly(text: string): string[] {
  const names = text
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  const known = [...APP.steps, ...BASELINE.steps].map((s) => s.name);
  const unknown = names.filter((n) => !known.some((k) => selects(n, k)));
  if (names.length === 0 || unknown.length > 0) {
    throw new BenchError(
      `--only: no step named "${unknown.join('", "') || text}"; steps: ${[...new Set(known)].join(', ')}`,
    );
  }
  return names;
}

function selects(name: string, step: string): boolean {
  return step === name || step.startsWith(`${name}:`);
}

/// The target's steps that `--only` keeps (all without it).
function stepsOf(target: Target, options: Options): readonly Step[] {
  const only = options.only;
  return only === null ? target.steps : target.steps.filter((s) => only.some((n) => selects(n, s.name)));
}

function integerOption(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0)
    throw new BenchError(`${name} must be a whole number, got "${text}"`);
  return value;
}

// ---------------------------------------------------------------------------
// Build, serve, generate, launch

function buildApp(): Promise<void> {
  console.log('Building the app (vite build)...');
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['--no-install', 'vite', 'build', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new BenchError(`vite build failed (exit ${code}); fix the build first`)),
    );
  });
}

/// Serves dist/ with Vite's own preview server, in this process, so it is
/// closed with certainty at the end instead of leaving a child process behind.
async function startPreview(port: number): Promise<Server> {
  if (!existsSync(path.join(ROOT, 'dist', 'index.html'))) {
    throw new BenchError('dist/index.html is missing: run without --no-build, or build the app first');
  }
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    preview: { host: HOST, port, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0] ?? `http://${HOST}:${port}/`;
  return { url, close: () => server.close() };
}

/// The inputs are generated for every run (fast: ~1 s for 24 h) rather than
/// committed; the seed makes them identical between runs and machines.
/// Plus one WAV for the playback step, the same for every length, and per
/// length the same transcript in each other format of `formats`.
function writeInputs(
  hours: number[],
  seed: number,
  formats: Options['formats'],
  dir: string,
): { archive: Input; others: Input[] }[] {
  const media = writeMedia(dir);
  return hours.map((h) => {
    const text = generateArchiveTranscript({ hours: h, seed });
    const file = path.join(dir, `archive-${h}h.txt`);
    writeFileSync(file, text);
    const archive: Input = {
      hours: h,
      format: 'archive',
      file,
      words: countCaptionWords(text),
      bytes: Buffer.byteLength(text),
      media,
    };
    return { archive, others: writeOtherFormats(archive, text, formats) };
  });
}

async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new BenchError(
      `No Chromium at ${CHROMIUM_PATH}. Install Debian's (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
}

// ---------------------------------------------------------------------------
// Targets

/// Steps after load, in order: memory first, then scrolling on the document
/// as loaded (the jump sweep is the first time most chunks are drawn), then
/// typing (as the baseline sees it), typing during playback (which pauses
/// again at its end), and the operations, which change the document.
const APP: Target = {
  name: 'app',
  path: '/',
  start: async (options) => {
    if (options.build) await buildApp();
    return startPreview(options.port);
  },
  load: (session) => openThroughToolbar(session, true),
  steps: [
    { name: 'heap', run: measureHeap },
    { name: 'renderer', run: measureRendererMemory },
    JUMP_SCROLL_STEP,
    WHEEL_SCROLL_STEP,
    JUMPS_STEP,
    { name: 'keystrokes', run: measureKeystrokes },
    { name: 'keystrokes playing', run: measureKeystrokesPlaying },
    ...OPERATION_STEPS,
  ],
};

/// Raw ProseMirror on the same text (bench/baseline/): only what it has too.
const BASELINE: Target = {
  name: 'baseline',
  path: '/',
  start: (options) => startBaseline(options.port + 1),
  load: (session) => openThroughToolbar(session, false),
  steps: [
    { name: 'heap', run: measureHeap },
    { name: 'renderer', run: measureRendererMemory },
    JUMP_SCROLL_STEP,
    WHEEL_SCROLL_STEP,
    { name: 'keystrokes', run: measureKeystrokes },
  ],
};

const TARGETS: readonly Target[] = [APP, BASELINE];

/// The app on the other formats of `--formats`: load only, served by APP's
/// server, with a check that what opened looks like the transcript.
const APP_FORMATS: Target = {
  name: APP.name,
  path: APP.path,
  start: APP.start,
  load: async (session) => {
    const metrics = await openThroughToolbar(session, true);
    return { ...metrics, ...(await checkOpened(session, metrics.blocks ?? null)) };
  },
  steps: [],
};

/// Opens the input the way a user does: Open button, file chooser, file.
/// `ownDocument`: the page shows a document of its own on start (the app's
/// sample, or its browser copy) and marks it rendered too; that mark is
/// awaited first, or it could be taken for the file's.
async function openThroughToolbar(
  { page, input, options, cdp }: Session,
  ownDocument: boolean,
): Promise<Metrics> {
  const open = page.getByRole('button', { name: 'Open', exact: true });
  await open.waitFor({ state: 'visible', timeout: 30_000 }).catch(() => {
    throw new BenchError('The page has no visible button named "Open" (the bench opens files through it).');
  });
  if (ownDocument) {
    await page
      .waitForFunction(() => performance.getEntriesByName('transcript-rendered').length > 0, null, {
        timeout: 30_000,
      })
      .catch(() => {
        throw new BenchError('The page never marked its own first document rendered (transcript-rendered).');
      });
  }
  const marksBefore = await page.evaluate(() => performance.getEntriesByName('transcript-rendered').length);
  const chooser = page.waitForEvent('filechooser', { timeout: 10_000 });
  // Marked handled now: if the click throws, this promise would otherwise
  // reject later with nobody listening and crash the whole run.
  chooser.catch(() => undefined);
  await open.click();
  const fileChooser = await chooser.catch(() => {
    throw new BenchError(
      'Clicking "Open" opened no file chooser. The app must open files through an <input type="file"> ' +
        '(at least when window.showOpenFilePicker is absent, as it is in the bench): Playwright cannot ' +
        'drive showOpenFilePicker (microsoft/playwright#8850).',
    );
  });
  const cpuBefore = await mainThreadSeconds(cdp);
  const started = performance.now();
  await fileChooser.setFiles(input.file);
  // Kept apart because setFiles alone costs Playwright 70–170 ms here (it
  // dispatches input/change and waits on CDP), which the wall time includes.
  const setFilesMs = performance.now() - started;
  await waitForRendered(page, marksBefore, options.timeoutMs);
  const wallMs = performance.now() - started;
  const cpuAfter = await mainThreadSeconds(cdp);
  const marks = await readLoadMarks(page);
  if (marks.inPageMs === null) {
    console.warn(
      `  warning: no 'transcript-open-start' mark before 'transcript-rendered'; in-page load not measured`,
    );
  }
  return {
    blocks: marks.blocks,
    domBlocks: await page.locator('.block').count(),
    loadInPageMs: marks.inPageMs,
    loadWallMs: wallMs,
    loadCpuMs: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) * 1000,
    setFilesMs,
  };
}

/// CPU time of the page's main thread so far (CDP `ThreadTime`), in
/// seconds: unlike wall time, not stretched by other processes on a busy
/// machine. The app parses files in a worker, whose time this leaves out:
/// it is the rendering and hand-over part of a load.
async function mainThreadSeconds(cdp: Session['cdp']): Promise<number | null> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ThreadTime')?.value ?? null;
}

async function waitForRendered(page: Page, marksBefore: number, timeoutMs: number): Promise<void> {
  try {
    await page.waitForFunction(
      (before) => performance.getEntriesByName('transcript-rendered').length > before,
      marksBefore,
      { timeout: timeoutMs, polling: 'raf' },
    );
  } catch {
    throw new BenchError(
      `The app never signalled that the transcript was rendered (no performance.mark('transcript-rendered') ` +
        `within ${timeoutMs / 1000} s of setting the file). The app must call ` +
        `performance.mark('transcript-rendered', { detail: { blocks } }) after the first frame that shows it.`,
    );
  }
}

/// In-page load time from the app's own marks: the last open-start to the
/// last rendered mark, and the block count the app reports.
async function readLoadMarks(page: Page): Promise<{ inPageMs: number | null; blocks: number | null }> {
  // No named helpers inside: tsx compiles with keepNames, which would wrap
  // them in a `__name` call that does not exist in the page.
  return page.evaluate(() => {
    const rendered = performance.getEntriesByName('transcript-rendered').at(-1) as PerformanceMark;
    const start = performance
      .getEntriesByName('transcript-open-start')
      .filter((mark) => mark.startTime <= rendered.startTime)
      .at(-1);
    const blocks = (rendered.detail as { blocks?: unknown } | null)?.blocks;
    return {
      inPageMs: start === undefined ? null : rendered.startTime - start.startTime,
      blocks: typeof blocks === 'number' ? blocks : null,
    };
  });
}

// ---------------------------------------------------------------------------
// Steps after load (the operations are in scripts/bench/operations.ts)

/// JS heap in use after a forced GC, so garbage from parsing is not counted.
async function measureHeap({ cdp }: Session): Promise<Metrics> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  return { heapMiB: used === undefined ? null : used / 2 ** 20 };
}

// ---------------------------------------------------------------------------
// One run: one target, one input, a fresh context

/// A fresh context per run: no cache, storage or autosave from an earlier run
/// can make a later one faster or slower.
async function runOne(
  browser: Browser,
  baseUrl: string,
  target: Target,
  input: Input,
  options: Options,
): Promise<Row> {
  const row: Row = {
    target: target.name,
    hours: input.hours,
    format: input.format,
    words: input.words,
    bytes: input.bytes,
    metrics: {},
    samples: {},
  };
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(hideOpenFilePicker);
  await context.addInitScript(installPageProbes);
  const page = await context.newPage();
  const name = `${target.name}${input.format === 'archive' ? '' : `-${input.format}`}-${input.hours}h`;
  // Uncaught errors in the page: reported with a failure, often its cause.
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  try {
    await page.goto(new URL(target.path, baseUrl).href);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const session: Session = { browser, page, cdp, input, options, samples: row.samples };
    Object.assign(row.metrics, await target.load(session));
    row.screenshot = await saveScreenshot(page, `${name}.png`);
    for (const step of stepsOf(target, options)) {
      process.stdout.write(` ${step.name}`);
      Object.assign(row.metrics, await step.run(session));
    }
  } catch (error) {
    row.error = error instanceof Error ? error.message : String(error);
    if (pageErrors.length > 0) row.error += `\n  errors in the page: ${pageErrors.slice(0, 5).join(' | ')}`;
    // Best effort: the page itself may be why it failed (crashed, closed).
    const shot = await saveScreenshot(page, `failure-${name}.png`).catch(() => null);
    if (shot !== null) row.screenshot = shot;
    if (!(error instanceof BenchError)) console.error(error);
  } finally {
    process.stdout.write('\n');
    await context.close();
  }
  return row;
}

/// Playwright cannot intercept showOpenFilePicker (microsoft/playwright#8850),
/// so the bench removes it and the app falls back to <input type="file">,
/// whose chooser Playwright can answer. Runs in the page before any app code.
function hideOpenFilePicker(): void {
  Reflect.deleteProperty(window, 'showOpenFilePicker');
  Reflect.deleteProperty(Window.prototype, 'showOpenFilePicker');
}

async function saveScreenshot(page: Page, name: string): Promise<string> {
  const file = path.join(RESULTS_DIR, name);
  await page.screenshot({ path: file });
  return path.relative(ROOT, file);
}

// ---------------------------------------------------------------------------
// Report

/// Load and memory after load.
const LOAD_TABLE: readonly Column[] = [
  { header: 'target', cell: (r) => r.target },
  { header: 'hours', cell: (r) => String(r.hours) },
  { header: 'words', cell: (r) => String(r.words) },
  { header: 'blocks', cell: metric('blocks', 0) },
  { header: 'load ms (page)', cell: metric('loadInPageMs', 0) },
  { header: 'load ms (wall)', cell: metric('loadWallMs', 0) },
  { header: 'heap MiB', cell: metric('heapMiB', 1) },
  { header: 'renderer MiB', cell: metric('rendererMiB', 0) },
  { header: 'renderer PSS MiB', cell: metric('rendererPssMiB', 0) },
];

/// Load of each format of `--formats`, in the app.
const FORMAT_TABLE: readonly Column[] = [
  { header: 'hours', cell: (r) => String(r.hours) },
  { header: 'format', cell: (r) => r.format },
  { header: 'words', cell: (r) => String(r.words) },
  { header: 'MB', cell: (r) => (r.bytes / 1e6).toFixed(1) },
  { header: 'load ms (page)', cell: metric('loadInPageMs', 0) },
  { header: 'load ms (wall)', cell: metric('loadWallMs', 0) },
  { header: 'load CPU ms (main thread)', cell: metric('loadCpuMs', 0) },
];

/// Keystroke latency, without and (the app only) during playback.
const TYPING_TABLE: readonly Column[] = [
  { header: 'target', cell: (r) => r.target },
  { header: 'hours', cell: (r) => String(r.hours) },
  { header: 'key p50 ms', cell: metric('keyP50Ms', 1) },
  { header: 'key p95 ms', cell: metric('keyP95Ms', 1) },
  { header: 'key max ms', cell: metric('keyMaxMs', 1) },
  { header: 'key p50 playing ms', cell: metric('keyPlayingP50Ms', 1) },
  { header: 'key p95 playing ms', cell: metric('keyPlayingP95Ms', 1) },
  { header: 'key max playing ms', cell: metric('keyPlayingMaxMs', 1) },
];

/// The operations' medians: `—` where a target does not have the operation.
const OPERATION_TABLE: readonly Column[] = [
  { header: 'target', cell: (r) => r.target },
  { header: 'hours', cell: (r) => String(r.hours) },
  ...OPERATION_COLUMNS.map(({ header, key }) => ({ header, cell: metric(key, 1) })),
];

/// Scrolling and jumping (scripts/bench/scroll.ts), and the jump's p95
/// against the same page's at the shortest length of the run.
const SCROLL_TABLE: readonly Column[] = [
  { header: 'target', cell: (r) => r.target },
  { header: 'hours', cell: (r) => String(r.hours) },
  ...SCROLL_COLUMNS.map(({ header, key, digits }) => ({ header, cell: metric(key, digits) })),
  { header: 'jump p95 / shortest', cell: metric('jumpP95VsShortest', 2) },
];

/// Sets `jumpP95VsShortest` on each row: its jump p95 over the same
/// target's at the shortest length measured (issue 19: at most 1.3× at 24 h).
function addJumpGrowth(rows: Row[]): void {
  for (const row of rows) {
    const own = rows.filter((r) => r.target === row.target && typeof r.metrics['jumpP95Ms'] === 'number');
    const shortest = own.sort((a, b) => a.hours - b.hours)[0];
    const base = shortest?.metrics['jumpP95Ms'];
    const value = row.metrics['jumpP95Ms'];
    if (typeof base === 'number' && base > 0 && typeof value === 'number') {
      row.metrics['jumpP95VsShortest'] = value / base;
    }
  }
}

/// Ours / baseline, per length, for what both pages measure.
const RATIO_METRICS: readonly { header: string; key: string }[] = [
  { header: 'load (page)', key: 'loadInPageMs' },
  { header: 'load (wall)', key: 'loadWallMs' },
  { header: 'key p50', key: 'keyP50Ms' },
  { header: 'key p95', key: 'keyP95Ms' },
  { header: 'heap', key: 'heapMiB' },
  { header: 'renderer', key: 'rendererMiB' },
];

/// The app against itself: key p95 during playback / without (issue 6: at most 1.10× at 10 hours).
const PLAYING_RATIO = { header: 'key p95 playing / not', key: 'keyP95PlayingVsNot' } as const;

interface Ratio {
  hours: number;
  /// metric key → app / baseline (and PLAYING_RATIO's key → app playing /
  /// app not playing); null when either is missing or the divisor is 0.
  ratios: Record<string, number | null>;
}

function ratios(rows: Row[]): Ratio[] {
  const hours = [...new Set(rows.map((r) => r.hours))];
  const ratio = (a: number | null | undefined, b: number | null | undefined): number | null =>
    typeof a === 'number' && typeof b === 'number' && b > 0 ? a / b : null;
  return hours.flatMap((h) => {
    const ours = rows.find((r) => r.target === APP.name && r.hours === h);
    const base = rows.find((r) => r.target === BASELINE.name && r.hours === h);
    if (!ours) return [];
    const entries = RATIO_METRICS.map(
      ({ key }) => [key, ratio(ours.metrics[key], base?.metrics[key])] as const,
    );
    entries.push([PLAYING_RATIO.key, ratio(ours.metrics['keyPlayingP95Ms'], ours.metrics['keyP95Ms'])]);
    return [{ hours: h, ratios: Object.fromEntries(entries) }];
  });
}

function printRatios(list: Ratio[]): void {
  const metrics = [...RATIO_METRICS, PLAYING_RATIO];
  const header = ['hours', ...metrics.map((m) => m.header)];
  const body = list.map((r) => [
    String(r.hours),
    ...metrics.map(({ key }) => {
      const value = r.ratios[key];
      return value === null || value === undefined ? '—' : `${value.toFixed(2)}×`;
    }),
  ]);
  console.log(
    '\nOurs / raw ProseMirror baseline (below 1× is faster or smaller). The baseline has one paragraph\n' +
      'per non-empty line of the file (minute lines and page chrome too), so its block count differs.\n' +
      `The last column is ours against ours: key p95 while the media plays / without (target ≤ 1.10×).`,
  );
  printCells(header, body, false);
}

/// A table cell for a metric; `—` when not measured (failed run, mark missing).
function metric(key: string, digits: number): (row: Row) => string {
  return (row) => {
    const value = row.metrics[key];
    return value === undefined || value === null ? '—' : value.toFixed(digits);
  };
}

function printTable(columns: readonly Column[], rows: Row[], textFirst = true): void {
  printCells(
    columns.map((c) => c.header),
    rows.map((row) => columns.map((c) => c.cell(row))),
    textFirst,
  );
}

/// First column left-aligned when it is text, numbers right-aligned so digits line up.
function printCells(header: string[], body: string[][], textFirst = true): void {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (i === 0 && textFirst ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const cells of body) console.log(line(cells));
}

function writeResults(rows: Row[], options: Options, browserVersion: string, load: LoadReport): string {
  const file = path.join(RESULTS_DIR, 'latest.json');
  const results = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? null, memoryGiB: os.totalmem() / 2 ** 30 },
    node: process.version,
    chromium: browserVersion,
    options: {
      ...options,
      viewport: VIEWPORT,
      keystrokes: KEYSTROKES,
      discarded: KEYSTROKES_DISCARDED,
      operationRepeats: REPEATS,
    },
    // The machine is shared: load average before and after, to judge the noise.
    load,
    rows,
    ratios: ratios(rows.filter((r) => r.format === 'archive')),
  };
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  return path.relative(ROOT, file);
}

/// `abc1234` or `abc1234-dirty`: a number means little without knowing what was measured.
function gitCommit(): string | null {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  if (head.status !== 0) return null;
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return head.stdout.trim() + (dirty.stdout.trim() === '' ? '' : '-dirty');
}

// ---------------------------------------------------------------------------
// Main

interface LoadReport {
  before: number[];
  after: number[];
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  mkdirSync(RESULTS_DIR, { recursive: true });
  const inputDir = mkdtempSync(path.join(os.tmpdir(), 'caption-desk-bench-'));
  const servers = new Map<Target, Server>();
  let browser: Browser | undefined;
  try {
    for (const target of TARGETS) servers.set(target, await target.start(options));
    const inputs = writeInputs(options.hours, options.seed, options.formats, inputDir);
    browser = await launchBrowser();
    for (const target of TARGETS) console.log(`Serving ${target.name} at ${servers.get(target)!.url}`);
    const load: LoadReport = { before: os.loadavg(), after: [] };
    console.log(`Chromium ${browser.version()} · load average ${formatLoad(load.before)}`);
    const all: Row[] = [];
    // Targets alternate per length, so a burst of load elsewhere on the
    // machine skews both sides of a ratio rather than one.
    for (const { archive, others } of inputs) {
      if (options.formats.includes('archive')) {
        for (const target of TARGETS) {
          process.stdout.write(`${target.name}: ${archive.hours} h (${archive.words} words)...`);
          all.push(await runOne(browser, servers.get(target)!.url, target, archive, options));
        }
      }
      for (const input of others) {
        const mb = (input.bytes / 1e6).toFixed(1);
        process.stdout.write(
          `${APP.name}: ${input.hours} h ${input.format} (${input.words} words, ${mb} MB)...`,
        );
        all.push(await runOne(browser, servers.get(APP)!.url, APP_FORMATS, input, options));
      }
    }
    load.after = os.loadavg();
    // The other formats have their own table; the tables and ratios above are the Archive text's.
    const rows = all.filter((r) => r.format === 'archive');
    console.log('\nLoad, and memory after load and a forced GC:');
    printTable(LOAD_TABLE, rows);
    console.log(
      `\nKeystrokes: ${KEYSTROKES - KEYSTROKES_DISCARDED} per column, keydown to the first task after the next ` +
        'frame;\n"playing": the same while the media plays, in the turn being played:',
    );
    printTable(TYPING_TABLE, rows);
    console.log(`\nOperations: median of ${REPEATS}, ms (— where the page has no such operation):`);
    printTable(OPERATION_TABLE, rows);
    addJumpGrowth(rows);
    console.log(
      `\nScrolling: jump = the scroll box set to ${JUMP_STEPS} places top to bottom, each timed to the first task ` +
        'after the next frame,\nwith the layouts and style work of the whole sweep (CDP); wheel = 30 s of wheel ' +
        'input at about 3,000 px/s, frames over 50 ms;\ntimeline, F8 (view scrolled away first), go to time: ' +
        'median of 5, input to the first frame with the target turn in view:',
    );
    printTable(SCROLL_TABLE, rows);
    printRatios(ratios(rows));
    if (options.formats.some((f) => f !== 'archive')) {
      console.log(
        '\nLoad by format, in the app (the same transcript; transcript-open-start to transcript-rendered):',
      );
      printTable(
        FORMAT_TABLE,
        all.filter((r) => r.target === APP.name),
        false,
      );
    }
    console.log(
      `\nLoad average (1, 5, 15 min): before ${formatLoad(load.before)}, after ${formatLoad(load.after)}`,
    );
    console.log(`Wrote ${writeResults(all, options, browser.version(), load)}`);
    return reportErrors(all);
  } finally {
    await browser?.close();
    for (const server of servers.values()) await server.close();
    rmSync(inputDir, { recursive: true, force: true });
  }
}

function formatLoad(load: number[]): string {
  return load.map((l) => l.toFixed(2)).join(' ');
}

function reportErrors(rows: Row[]): number {
  const failed = rows.filter((row) => row.error !== undefined);
  for (const row of failed) {
    const format = row.format === 'archive' ? '' : ` ${row.format}`;
    console.error(`\n${row.target}${format} ${row.hours} h FAILED: ${row.error}`);
    if (row.screenshot) console.error(`  screenshot: ${row.screenshot}`);
  }
  return failed.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof BenchError ? `bench: ${error.message}` : error);
    process.exitCode = 1;
  },
);
