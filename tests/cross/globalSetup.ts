import { waitForPort } from '../support/waitForPort.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

/// Starts what the cross-browser tests need: the production build served by
/// `vite preview`, and for WebKit a virtual display with WebKitWebDriver on
/// it. Each is waited for by polling until it answers, never by a delay.

const ROOT = new URL('../../', import.meta.url).pathname;
export const APP_PORT = Number(process.env['CROSS_PORT'] ?? 4380);
const DRIVER_PORT = APP_PORT + 1;
const DISPLAY = `:${90 + (APP_PORT % 9)}`;

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    webkitDriverPort: number;
  }
}

const children: ChildProcess[] = [];

function start(command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ...env } });
  children.push(child);
  return child;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')}: ${code}`)),
    );
  });
}

export default async function setup(project: TestProject) {
  // `npm test` builds for the Playwright run just before this one; alone, build here.
  const reuse = process.env['CROSS_REUSE_BUILD'] === '1' && existsSync(`${ROOT}dist/index.html`);
  if (!reuse) await run('npx', ['vite', 'build']);
  start('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(APP_PORT), '--strictPort']);
  start('Xvfb', [DISPLAY, '-screen', '0', '1400x900x24', '-nolisten', 'tcp']);
  start('WebKitWebDriver', [`--port=${DRIVER_PORT}`], { DISPLAY });
  await waitForPort(APP_PORT, 'vite preview');
  await waitForPort(DRIVER_PORT, 'WebKitWebDriver');
  project.provide('appUrl', `http://127.0.0.1:${APP_PORT}`);
  project.provide('webkitDriverPort', DRIVER_PORT);
  return () => {
    for (const child of children) child.kill();
  };
}
