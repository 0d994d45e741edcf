/// One page in a browser other than Chromium, driven through that
/// browser's own automation protocol: Firefox through WebDriver BiDi
/// (Puppeteer), WebKitGTK through WebDriver (WebdriverIO and Debian's
/// WebKitWebDriver). The workflow tests are written once against this.

export type CrossBrowserName = 'chromium' | 'firefox' | 'webkit';

/// An element by its role and accessible name (as a user or a screen reader
/// finds it), or by a CSS selector for what has no name (a turn's text).
export type Target = { role: string; name: string | RegExp; exact?: boolean } | { css: string; nth?: number };

export interface CrossPage {
  readonly browser: CrossBrowserName;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /// Runs `body` (a function body that may `return`) in the page with `args`.
  run<T>(body: string, ...args: unknown[]): Promise<T>;
  click(target: Target): Promise<void>;
  /// A key or chord, Playwright-style: `F8`, `Control+z`, `Alt+1`, `Control+Home`.
  press(chord: string): Promise<void>;
  type(text: string): Promise<void>;
  /// Sets a file on an `<input type=file>` found by CSS, as a user choosing it.
  setFile(css: string, path: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /// Runs `body` in every new document before the page's own scripts, where
  /// the protocol allows it (BiDi preload scripts; classic WebDriver has none).
  addInitScript?(body: string): Promise<void>;
  close(): Promise<void>;
}

export const MODIFIERS = new Set(['Control', 'Alt', 'Shift', 'Meta']);

export function parseChord(chord: string): { modifiers: string[]; key: string } {
  const parts = chord.split('+');
  const key = parts.pop()!;
  return { modifiers: parts.filter((p) => MODIFIERS.has(p)), key };
}
