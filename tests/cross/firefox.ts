import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { parseChord, type CrossBrowserName, type CrossPage, type Target } from './crossPage.ts';
import { FIND_TARGET, serialiseTarget } from './findTarget.ts';

/// Debian's Firefox ESR, driven through WebDriver BiDi (Firefox speaks it
/// itself: no geckodriver, nothing downloaded).
export const FIREFOX_PATH = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';

export async function openFirefox(): Promise<CrossPage> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1400, height: 900 },
    extraPrefsFirefox: {
      // The machine has no network: no updates, telemetry or captive-portal checks.
      'network.captive-portal-service.enabled': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  return new PuppeteerPage('firefox', browser, page);
}

/// A page driven by Puppeteer: Firefox over BiDi, or Chromium over CDP.
export class PuppeteerPage implements CrossPage {
  constructor(
    readonly browser: CrossBrowserName,
    private readonly b: Browser,
    private readonly page: Page,
  ) {}

  async goto(url: string) {
    await this.page.goto(url);
  }

  async reload() {
    await this.page.reload();
  }

  run<T>(body: string, ...args: unknown[]): Promise<T> {
    // As WebDriver's execute script: a function body called with `args` (JSON).
    return this.page.evaluate(`(function () {${body}\n}).apply(null, ${JSON.stringify(args)})`) as Promise<T>;
  }

  async click(target: Target) {
    const at = await this.run<{ x: number; y: number } | null>(FIND_TARGET, serialiseTarget(target));
    if (!at) throw new Error(`${this.browser}: nothing matches ${JSON.stringify(serialiseTarget(target))}`);
    await this.page.mouse.click(at.x, at.y);
  }

  async press(chord: string) {
    const { modifiers, key } = parseChord(chord);
    for (const m of modifiers) await this.page.keyboard.down(m as 'Control');
    await this.page.keyboard.press(key as 'Enter');
    for (const m of modifiers.reverse()) await this.page.keyboard.up(m as 'Control');
  }

  async type(text: string) {
    await this.page.keyboard.type(text);
  }

  async setFile(css: string, path: string) {
    const input = await this.page.$(css);
    if (!input) throw new Error(`${this.browser}: no file input ${css}`);
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
  }

  async addInitScript(body: string) {
    await this.page.evaluateOnNewDocument(`(function () {${body}\n})()`);
  }

  async screenshot(path: string) {
    await this.page.screenshot({ path: path as `${string}.png` });
  }

  async close() {
    await this.b.close();
  }
}
