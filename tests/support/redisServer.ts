/// Starts Debian's `redis-server` on a free port for a test (no snapshots, no
/// append-only file) and waits until it answers PING.

import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { freePort } from './teamServer.ts';

export interface RedisHandle {
  url: string;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<RedisHandle> {
  const port = await freePort();
  const proc = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  proc.stdout.on('data', (data: Buffer) => (log += data.toString()));
  proc.stderr.on('data', (data: Buffer) => (log += data.toString()));
  const exited = new Promise<void>((done) => proc.once('exit', () => done()));
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + 15_000;
  while (!(await pong(port))) {
    if (gone || Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(
        `redis-server did not start on port ${port} (is it installed? .ci/run installs it):\n${log}`,
      );
    }
    await new Promise((r) => setTimeout(r, 50)); // a poll interval
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (!gone) proc.kill('SIGTERM');
      await exited;
    },
  };
}

function pong(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      done(data.toString().startsWith('+PONG'));
      socket.destroy();
    });
  });
}
