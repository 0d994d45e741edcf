/// Builds the team server: Hocuspocus with the team's extensions, in the
/// order they must run (Redis first when set, by its own priority).

import { Redis } from '@hocuspocus/extension-redis';
import { Server, type Extension } from '@hocuspocus/server';
import { TeamAccess } from './access.ts';
import type { TeamConfig } from './config.ts';
import { TeamHttpApi } from './http.ts';
import { TeamLimitsExtension } from './limits.ts';
import { SqlitePersistence } from './persistence.ts';
import { TeamStore } from './store.ts';
import { TeamLibrary } from './teamLibrary.ts';

export interface TeamServer {
  server: Server;
  store: TeamStore;
}

export function createTeamServer(config: TeamConfig, secret: string): TeamServer {
  const store = new TeamStore(config.dataDir);
  const persistence = new SqlitePersistence(store, config.redisUrl !== null);
  const library = new TeamLibrary(store);
  const extensions: Extension[] = [
    new TeamAccess(secret, config.limits),
    new TeamLimitsExtension(config.limits, (name) => persistence.documentBytes(name)),
    persistence,
    new TeamHttpApi(secret, library),
  ];
  if (config.redisUrl) extensions.push(redisExtension(config.redisUrl));
  const server = new Server(
    {
      name: 'caption-desk-team',
      port: config.port,
      address: config.host,
      quiet: true,
      extensions,
      async onDestroy() {
        store.close();
      },
    },
    // A message far past the update limit is cut off by ws itself (close code
    // 1009) before it is buffered whole; below that the limits extension
    // refuses it with a reason.
    { maxPayload: Math.max(2 * config.limits.updateBytes, 1024 * 1024) },
  );
  library.instance = server.hocuspocus;
  return { server, store };
}

function redisExtension(url: string): Redis {
  const parsed = new URL(url);
  return new Redis({
    host: parsed.hostname || '127.0.0.1',
    port: Number(parsed.port || 6379),
    ...(parsed.password ? { options: { password: decodeURIComponent(parsed.password) } } : {}),
    prefix: 'caption-desk',
  });
}
