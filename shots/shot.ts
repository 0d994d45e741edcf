import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium.ts';
const [, , name, ...steps] = process.argv;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto('http://127.0.0.1:4222/');
await page.locator('.ProseMirror .block').nth(3).waitFor({ timeout: 90_000 });
for (const step of steps) {
  await (eval(`(async (page) => { ${step} })`) as (p: unknown) => Promise<void>)(page);
}
await page.screenshot({ path: `shots/${name}.png` });
await browser.close();
