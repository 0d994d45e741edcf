import { remote, Key } from 'webdriverio';
import { parseChord, type CrossPage, type Target } from './crossPage.ts';
import { FIND_TARGET, serialiseTarget } from './findTarget.ts';

/// Debian's WebKitGTK (MiniBrowser), driven through WebDriver by Debian's
/// WebKitWebDriver, which the test setup starts on a virtual display.
export const MINIBROWSER_PATH =
  process.env['MINIBROWSER_PATH'] ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

type Session = Awaited<ReturnType<typeof remote>>;

const KEYS: Record<string, string> = {
  Control: Key.Ctrl,
  Alt: Key.Alt,
  Shift: Key.Shift,
  Meta: Key.Command,
  Enter: Key.Enter,
  Escape: Key.Escape,
  Tab: Key.Tab,
  Backspace: Key.Backspace,
  Delete: Key.Delete,
  Home: Key.Home,
  End: Key.End,
  ArrowUp: Key.ArrowUp,
  ArrowDown: Key.ArrowDown,
  ArrowLeft: Key.ArrowLeft,
  ArrowRight: Key.ArrowRight,
  F8: Key.F8,
};

export async function openWebKit(driverPort: number): Promise<CrossPage> {
  const session = await remote({
    hostname: '127.0.0.1',
    port: driverPort,
    logLevel: 'warn',
    // WebKitGTK's own capability is not in WebdriverIO's types.
    capabilities: {
      // WebKitWebDriver speaks classic WebDriver only; without this WebdriverIO asks for BiDi.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
    } as Parameters<typeof remote>[0]['capabilities'],
  });
  await session.setWindowSize(1400, 900);
  return new WebKitPage(session);
}

class WebKitPage implements CrossPage {
  readonly browser = 'webkit' as const;
  constructor(private readonly s: Session) {}

  async goto(url: string) {
    await this.s.url(url);
  }

  async reload() {
    await this.s.refresh();
  }

  run<T>(body: string, ...args: unknown[]): Promise<T> {
    return this.s.execute(body, ...args) as Promise<T>;
  }

  async click(target: Target) {
    const at = await this.run<{ x: number; y: number } | null>(FIND_TARGET, serialiseTarget(target));
    if (!at) throw new Error(`webkit: nothing matches ${JSON.stringify(serialiseTarget(target))}`);
    await this.s.action('pointer').move({ x: at.x, y: at.y, origin: 'viewport' }).down().up().perform();
  }

  async press(chord: string) {
    const { modifiers, key } = parseChord(chord);
    const code = (k: string) => KEYS[k] ?? k;
    const keys = this.s.action('key');
    for (const m of modifiers) keys.down(code(m));
    keys.down(code(key)).up(code(key));
    for (const m of [...modifiers].reverse()) keys.up(code(m));
    await keys.perform();
  }

  async type(text: string) {
    // Each character pressed and released: `keys()` would hold a repeated
    // letter down and type it once.
    const keys = this.s.action('key');
    for (const c of text) keys.down(c).up(c);
    await keys.perform();
  }

  async setFile(css: string, path: string) {
    // WebDriver sends keys only to an input it can see: show it for the moment.
    await this.s.execute((sel: string) => document.querySelector(sel)?.removeAttribute('hidden'), css);
    await (await this.s.$(css)).addValue(path);
    await this.s.execute((sel: string) => document.querySelector(sel)?.setAttribute('hidden', ''), css);
  }

  async screenshot(path: string) {
    await this.s.saveScreenshot(path);
  }

  async close() {
    await this.s.deleteSession();
  }
}
