/// Starts the REAL team server (`src/server/main.ts`) as a child process for a
/// test, and waits until it answers; `kill9()` and `restart()` for the
/// durability tests, `mint()` for tokens signed with its secret.
///
/// The process is `node --import tsx src/server/main.ts` (what `npm run team`
/// runs through the tsx launcher) so that the pid is the server itself:
/// killing the tsx launcher with SIGKILL would leave its child running.

import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TeamClaims } from '../../src/core/team/claims.ts';
import { signClaims, type MintRequest, mintToken } from '../../src/server/tokens.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const START_TIMEOUT_MS = 30_000;

export interface TeamServerOptions {
  port?: number;
  /// Shared by two processes in the Redis tests; a fresh temporary folder by default.
  dataDir?: string;
  secret?: string;
  redisUrl?: string;
  /// More environment (TEAM_MAX_UPDATE_BYTES, ...).
  env?: Record<string, string>;
}

export interface TeamServerHandle {
  port: number;
  /// `ws://127.0.0.1:<port>`
  url: string;
  /// `http://127.0.0.1:<port>`
  httpUrl: string;
  dataDir: string;
  secret: string;
  /// The server process's id while it runs (for memory readings).
  pid(): number | undefined;
  /// Everything the process wrote to stdout and stderr (all runs).
  output(): string;
  /// A token for this server: `days` from now, or exactly the claims given.
  mint(request: MintRequest | TeamClaims): Promise<string>;
  /// SIGTERM, and wait for the exit (the server stores open documents first).
  stop(): Promise<void>;
  /// SIGKILL, and wait for the exit: nothing gets a chance to run.
  kill9(): Promise<void>;
  /// Starts the process again on the same port, data and secret.
  restart(): Promise<void>;
  /// Stops the server and deletes the data folder if the helper made it.
  dispose(): Promise<void>;
}

export async function startTeamServer(options: TeamServerOptions = {}): Promise<TeamServerHandle> {
  const port = options.port ?? (await freePort());
  const ownData = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'team-data-'));
  const secret = options.secret ?? randomBytes(24).toString('base64url');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TEAM_HOST: '127.0.0.1',
    TEAM_PORT: String(port),
    TEAM_DATA: dataDir,
    TEAM_SECRET: secret,
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    ...options.env,
  };
  let log = '';
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();

  async function launch(): Promise<void> {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    proc.stdout.on('data', (data: Buffer) => (log += data.toString()));
    proc.stderr.on('data', (data: Buffer) => (log += data.toString()));
    let gone = false;
    exited = new Promise((done) =>
      proc.once('exit', () => {
        gone = true;
        if (child === proc) child = null;
        done();
      }),
    );
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      if (gone) throw new Error(`The team server exited while starting:\n${log}`);
      if (await answers(`http://127.0.0.1:${port}/api/health`)) return;
      if (Date.now() > deadline) {
        proc.kill('SIGKILL');
        throw new Error(
          `The team server did not answer on port ${port} within ${START_TIMEOUT_MS} ms:\n${log}`,
        );
      }
      await new Promise((r) => setTimeout(r, 50)); // a poll interval, not a wait for the result
    }
  }

  async function signal(name: NodeJS.Signals): Promise<void> {
    const proc = child;
    if (!proc) return;
    proc.kill(name);
    await exited;
  }

  await launch();
  return {
    port,
    url: `ws://127.0.0.1:${port}`,
    httpUrl: `http://127.0.0.1:${port}`,
    dataDir,
    secret,
    pid: () => child?.pid,
    output: () => log,
    mint: (request) => ('exp' in request ? signClaims(secret, request) : mintToken(secret, request)),
    stop: () => signal('SIGTERM'),
    kill9: () => signal('SIGKILL'),
    restart: async () => {
      await signal('SIGTERM');
      await launch();
    },
    dispose: async () => {
      await signal('SIGKILL');
      if (ownData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url);
    return response.ok;
  } catch {
    return false;
  }
}

/// A port nothing listens on now (the OS picks it).
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}
