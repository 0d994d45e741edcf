/// The HMAC secret that signs team tokens: TEAM_SECRET, or a random one kept
/// in `$TEAM_DATA/secret` (mode 0600) so tokens outlive a restart and the
/// `invite` command signs with the same key as the running server.

import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function loadSecret(dataDir: string, fromEnv: string | null): string {
  if (fromEnv) return fromEnv;
  const path = join(dataDir, 'secret');
  try {
    const stored = readFileSync(path, 'utf8').trim();
    if (stored) return stored;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  // `wx`: two processes starting at once must not overwrite each other's key.
  try {
    writeFileSync(path, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(path, 'utf8').trim();
    throw error;
  }
  chmodSync(path, 0o600);
  return secret;
}
