/// The one Chromium every browser test and the benchmark use: Debian's
/// package. Playwright cannot download its own browser here, so every launch
/// must pass `executablePath`, or Playwright looks for a browser that is not there.
export const CHROMIUM_PATH: string = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/// Playwright already adds --headless, --no-sandbox, --no-first-run and a
/// fresh --user-data-dir. Of these only --disable-gpu and --disable-quic are
/// new, but listing the rest keeps the set explicit and duplicates are harmless.
/// Never add --user-data-dir here: `chromium.launch()` rejects it.
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
