import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/support/chromium.ts';

// PW_PORT lets two checkouts run their browser tests side by side; the dev
// server takes the port 100 above it unless PW_DEV_PORT says otherwise.
const PORT = Number(process.env.PW_PORT ?? 4173);
const DEV_PORT = Number(process.env.PW_DEV_PORT ?? PORT + 100);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const DEV_URL = `http://127.0.0.1:${DEV_PORT}`;

export default defineConfig({
  testDir: './tests/browser',
  testMatch: '**/*.spec.ts',
  // One worker: the tests share one preview server, and 2 cores are shared with the build.
  workers: 1,
  retries: 0,
  // Limits for conditions that never come, not waits: on a busy 2-core machine
  // opening a file or an axe scan takes several times as long as on an idle one.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    headless: true,
    // Without executablePath Playwright looks for a browser it downloads itself, which cannot exist here.
    launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
    screenshot: 'only-on-failure',
  },
  projects: [
    // Every spec, against the production build: what users run.
    { name: 'build', use: { baseURL: BASE_URL } },
    // The dev server (`npm run dev`) serves the whole product too: the page,
    // and the lazily loaded parts that once broke only there (the word list).
    {
      name: 'dev',
      use: { baseURL: DEV_URL },
      testMatch: ['smoke.spec.ts', 'suspects.spec.ts'],
    },
  ],
  webServer: [
    {
      // `vite build` only: `npm run typecheck` runs tsc separately, so it is not repeated here.
      command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: BASE_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: `npx vite --host 127.0.0.1 --port ${DEV_PORT} --strictPort`,
      url: DEV_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
