/// Takes the README's screenshot from the real app with the bundled sample:
///
///   npm run screenshot          (builds first; writes docs/screenshot.png at
///                                1400 × 900 and docs/screenshot-700x450.png,
///                                the same view at 200 % zoom)
///
/// Serves dist/ with `vite preview`, opens it in Debian's Chromium, clicks
/// into the second turn and opens its speaker picker's neighbour-free view.

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SHOTS = [
  { width: 1400, height: 900, out: path.join(ROOT, 'docs', 'screenshot.png') },
  { width: 700, height: 450, out: path.join(ROOT, 'docs', 'screenshot-700x450.png') },
];

async function main(): Promise<void> {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');
  const server = await preview({ root: ROOT, preview: { host: '127.0.0.1', port: 4179, strictPort: true } });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  try {
    for (const { width, height, out } of SHOTS) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto('http://127.0.0.1:4179/');
      await page.locator('.ProseMirror .block').nth(8).waitFor();
      // Put the cursor in a turn next to a gap, as an editor would be working.
      await page.keyboard.press('F8');
      await page.waitForTimeout(300);
      await page.locator('.document').evaluate((el) => el.scrollTo(0, 0));
      await page.screenshot({ path: out });
      console.log(`wrote ${path.relative(ROOT, out)}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();
