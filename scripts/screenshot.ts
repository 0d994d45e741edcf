/// Takes the README's screenshot from the real app with the bundled sample:
///
///   npm run screenshot          (builds first; writes docs/screenshot.png)
///
/// Serves dist/ with `vite preview`, opens it in Debian's Chromium, clicks
/// into the second turn and opens its speaker picker's neighbour-free view.

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'docs', 'screenshot.png');

async function main(): Promise<void> {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');
  const server = await preview({ root: ROOT, preview: { host: '127.0.0.1', port: 4179, strictPort: true } });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto('http://127.0.0.1:4179/');
    await page.locator('.ProseMirror .block').nth(8).waitFor();
    // Put the cursor in a turn next to a gap, as an editor would be working.
    await page.getByRole('button', { name: 'Next gap' }).click();
    await page.waitForTimeout(300);
    await page.locator('.document').evaluate((el) => el.scrollTo(0, 0));
    await page.screenshot({ path: OUT });
    console.log(`wrote ${path.relative(ROOT, OUT)}`);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();
