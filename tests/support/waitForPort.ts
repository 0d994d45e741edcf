import { createConnection } from 'node:net';

/// Resolves once something accepts connections on 127.0.0.1:`port`,
/// polling; the limit is for a server that never starts, not a delay.
export async function waitForPort(port: number, what: string, limitMs = 120_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`${what} did not start listening on port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
