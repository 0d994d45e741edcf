#!/usr/bin/env node
// `npm test`: runs the unit tests (Vitest), the browser tests (Playwright, Chromium) and
// the core workflow in Firefox and WebKit (Vitest driving them, tests/cross),
// streams their usual output, and ends with exactly one summary line,
// `N passed, N failed, N skipped`, because neither runner prints one that a
// person or a CI log grep can rely on. Counts come from each runner's JSON
// report, not from its console output.
//
// Exit 1 when any runner exited non-zero, any test failed, or nothing passed.
// A runner that exits non-zero without a failed test in its JSON (a crash, a
// web server that never started, a file that does not compile) counts as one
// failure, so the summary line never says `0 failed` next to exit code 1.

import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPORTS = join(ROOT, 'reports');

/** @typedef {{ passed: number, failed: number, skipped: number }} Counts */

/**
 * @typedef {object} Runner
 * @property {string} name
 * @property {string[]} args  arguments to `npx --no-install`
 * @property {Record<string, string>} env
 * @property {string} report  path of the JSON report
 * @property {(json: any) => Counts} count
 */

/** @type {Runner[]} */
const RUNNERS = [
  {
    name: 'vitest',
    args: [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(REPORTS, 'vitest.json')}`,
    ],
    env: {},
    report: join(REPORTS, 'vitest.json'),
    count: countVitest,
  },
  {
    name: 'playwright',
    args: ['playwright', 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: join(REPORTS, 'playwright.json') },
    report: join(REPORTS, 'playwright.json'),
    count: countPlaywright,
  },
  {
    // The core workflow in Firefox and WebKit, against the build Playwright just made.
    name: 'cross-browser',
    args: [
      'vitest',
      'run',
      '--config=vitest.cross.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(REPORTS, 'cross.json')}`,
    ],
    env: { CROSS_REUSE_BUILD: '1' },
    report: join(REPORTS, 'cross.json'),
    count: countVitest,
  },
];

/** @param {any} json @returns {Counts} */
function countVitest(json) {
  // A test file that fails to load (syntax error, import error) has no failed
  // test inside it, only a failed file; count it so it is not lost when
  // another test in the run also failed.
  const brokenFiles = (json.testResults ?? []).filter(
    (/** @type {any} */ file) =>
      file.status === 'failed' &&
      !(file.assertionResults ?? []).some((/** @type {any} */ a) => a.status === 'failed'),
  ).length;
  return {
    passed: json.numPassedTests ?? 0,
    failed: (json.numFailedTests ?? 0) + brokenFiles,
    skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
  };
}

/** @param {any} json @returns {Counts} */
function countPlaywright(json) {
  const stats = json.stats ?? {};
  return {
    // A flaky test passed on retry; retries are 0, but keep the count honest if that changes.
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
  };
}

/** @param {Runner} runner @returns {Promise<number>} the exit code (1 when killed by a signal) */
function run(runner) {
  return new Promise((resolvePromise) => {
    const child = spawn('npx', ['--no-install', ...runner.args], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ...runner.env },
    });
    child.on('error', (error) => {
      console.error(`[test-all] could not start ${runner.name}: ${error.message}`);
      resolvePromise(1);
    });
    child.on('close', (code) => resolvePromise(code ?? 1));
  });
}

/** @param {string} path @returns {any | null} null when missing or unreadable */
function readReport(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** @param {Runner} runner @returns {Promise<Counts & { code: number }>} */
async function runAndCount(runner) {
  // A stale report from an earlier run must never be read as this run's result.
  rmSync(runner.report, { force: true });
  const code = await run(runner);
  const json = readReport(runner.report);
  const counts = json ? runner.count(json) : { passed: 0, failed: 0, skipped: 0 };
  if (json === null) console.error(`[test-all] ${runner.name} wrote no readable report at ${runner.report}`);
  if ((code !== 0 || json === null) && counts.failed === 0) {
    console.error(
      `[test-all] ${runner.name} exited with code ${code} without a failed test; counting 1 failure`,
    );
    counts.failed = 1;
  }
  return { ...counts, code };
}

async function main() {
  mkdirSync(REPORTS, { recursive: true });
  const total = { passed: 0, failed: 0, skipped: 0 };
  let anyRunnerFailed = false;
  // Run every runner even after a failure, so one run shows all that is broken.
  for (const runner of RUNNERS) {
    const result = await runAndCount(runner);
    total.passed += result.passed;
    total.failed += result.failed;
    total.skipped += result.skipped;
    anyRunnerFailed ||= result.code !== 0;
  }
  const ok = !anyRunnerFailed && total.failed === 0 && total.passed > 0;
  // The contract: this is the last line of output; nothing is printed after it.
  process.stdout.write(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`);
  process.exitCode = ok ? 0 : 1;
}

await main();
