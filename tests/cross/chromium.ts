import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';
import type { CrossPage } from './crossPage.ts';
import { PuppeteerPage } from './firefox.ts';

/// Debian's Chromium through the same Puppeteer driver as Firefox, so a
/// benchmark compares the browsers with one harness (the Chromium test
/// suite itself runs on Playwright).
export async function openChromium(): Promise<CrossPage> {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    defaultViewport: { width: 1400, height: 900 },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  return new PuppeteerPage('chromium', browser, page);
}
