/// Typing latency in Chromium, Firefox and WebKit, same machine, same run:
///
///   npm run bench:browsers                        (10 hours, every browser)
///   npm run bench:browsers -- --hours 1 --browsers firefox,chromium
///
/// Each browser opens the same generated Archive page in the production
/// build and types 120 characters at the end of the middle turn; each key
/// is timed from its keydown to the first task after the next frame (as
/// `npm run bench` does in Chromium). Open time is from choosing the file to
/// the turns on screen. Chromium and Firefox are driven by Puppeteer (CDP,
/// WebDriver BiDi), WebKit by WebdriverIO (WebKitWebDriver on Xvfb).

import { waitForPort } from '../tests/support/waitForPort.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openChromium } from '../tests/cross/chromium.ts';
import type { CrossBrowserName, CrossPage } from '../tests/cross/crossPage.ts';
import { openFirefox } from '../tests/cross/firefox.ts';
import { openWebKit } from '../tests/cross/webkit.ts';
import { generateArchiveTranscript } from '../tests/support/archive-generator.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const KEYSTROKES = 120;
const DISCARDED = 10;
const TYPED = ' and the council said it would vote again next week on the plan';

const { values } = parseArgs({
  options: {
    hours: { type: 'string', default: '10' },
    browsers: { type: 'string', default: 'chromium,firefox,webkit' },
    port: { type: 'string', default: '4385' },
    build: { type: 'boolean', default: false },
  },
});
const hours = Number(values.hours);
const port = Number(values.port);
const browsers = values.browsers.split(',') as CrossBrowserName[];

const children: ChildProcess[] = [];
function start(command: string, args: string[], env: Record<string, string> = {}) {
  children.push(spawn(command, args, { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ...env } }));
}

async function poll<T>(page: CrossPage, body: string, what: string, limitMs = 120_000): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await page.run<T>(body).catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${page.browser}: ${what} never happened`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function measure(page: CrossPage, file: string, url: string) {
  await page.goto(url);
  await poll(page, `return document.querySelectorAll('.ProseMirror .block').length > 5;`, 'the sample');
  const t0 = Date.now();
  await page.setFile('input[type=file][aria-label="Open transcript file"]', file);
  // Opened when the heading is no longer the sample's and the turns are drawn.
  const blocks = await poll<number>(
    page,
    `const h = document.querySelector('h1')?.textContent;
     const n = document.querySelectorAll('.ProseMirror .block').length;
     return h && h !== 'Counterpoint' && n > 0 ? n : 0;`,
    'the generated page on screen',
  );
  const openMs = Date.now() - t0;
  // The caret at the end of the middle turn, through the DOM selection.
  await page.run(`
    const texts = document.querySelectorAll('.ProseMirror .block .block-text');
    const el = texts[Math.floor(texts.length / 2)];
    el.scrollIntoView({ block: 'center' });
    document.querySelector('.ProseMirror').focus();
    const range = document.createRange();
    range.selectNodeContents(el);
    range.collapse(false);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    return true;`);
  // Let the autosave after opening run before timing keys (Safari's engine
  // has no requestIdleCallback).
  await page.run(
    `const idle = window.requestIdleCallback ?? ((f) => setTimeout(f, 0));
     return new Promise((r) => setTimeout(() => idle(() => r(true), { timeout: 3000 }), 1500));`,
  );
  await page.run(`
    window.__keys = [];
    window.addEventListener('keydown', () => {
      const t0 = performance.now();
      requestAnimationFrame(() => setTimeout(() => window.__keys.push(performance.now() - t0)));
    }, { capture: true });
    return true;`);
  const typed = TYPED.repeat(3).slice(0, KEYSTROKES);
  for (const c of typed) {
    await page.type(c);
    await new Promise((r) => setTimeout(r, 30));
  }
  const samples = await poll<number[]>(
    page,
    `return window.__keys.length >= ${KEYSTROKES} ? window.__keys.slice(${DISCARDED}) : null;`,
    'every keystroke timed',
  );
  const landed = await page.run<boolean>(
    `return document.querySelector('.ProseMirror').textContent.includes(${JSON.stringify(typed.slice(-20))});`,
  );
  if (!landed) throw new Error(`${page.browser}: the typed text did not land in the editor`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return { blocks, openMs, keyP50Ms: rank(50), keyP95Ms: rank(95), keyMaxMs: sorted.at(-1)! };
}

async function main() {
  const file = join(tmpdir(), `caption-desk-bench-${hours}h.txt`);
  writeFileSync(file, generateArchiveTranscript({ hours, seed: 1 }));
  if (values.build || !existsSync(`${ROOT}dist/index.html`)) {
    await new Promise<void>((resolve, reject) =>
      spawn('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' }).on('close', (c) =>
        c === 0 ? resolve() : reject(new Error('vite build failed')),
      ),
    );
  }
  start('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort']);
  await waitForPort(port, 'vite preview');
  const display = `:${80 + (port % 9)}`;
  if (browsers.includes('webkit')) {
    start('Xvfb', [display, '-screen', '0', '1400x900x24', '-nolisten', 'tcp']);
    start('WebKitWebDriver', [`--port=${port + 1}`], { DISPLAY: display });
    await waitForPort(port + 1, 'WebKitWebDriver');
  }
  const open: Record<CrossBrowserName, () => Promise<CrossPage>> = {
    chromium: openChromium,
    firefox: openFirefox,
    webkit: () => openWebKit(port + 1),
  };
  const results: Record<string, unknown> = {};
  for (const name of browsers) {
    const page = await open[name]();
    try {
      const version = await page.run<string>('return navigator.userAgent;');
      results[name] = { version, ...(await measure(page, file, `http://127.0.0.1:${port}/`)) };
      console.log(name, JSON.stringify(results[name]));
    } finally {
      await page.close();
    }
  }
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench-results', 'browsers-latest.json'),
    `${JSON.stringify({ hours, at: new Date().toISOString(), results }, null, 2)}\n`,
  );
}

try {
  await main();
} finally {
  for (const child of children) child.kill();
}
