/// The team server's settings, read from the environment once at start.

import { resolve } from 'node:path';
import { MAX_CONNECTIONS_PER_DOCUMENT, MAX_DOCUMENT_BYTES, MAX_UPDATE_BYTES } from '../core/team/limits.ts';

export interface TeamLimits {
  updateBytes: number;
  documentBytes: number;
  connectionsPerDocument: number;
}

export interface TeamConfig {
  host: string;
  port: number;
  /// The folder holding the SQLite file and the secret.
  dataDir: string;
  /// TEAM_SECRET when set; otherwise the server reads or writes `$TEAM_DATA/secret`.
  secret: string | null;
  redisUrl: string | null;
  /// The app's address, for the links the server prints.
  appUrl: string;
  limits: TeamLimits;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): TeamConfig {
  return {
    host: env['TEAM_HOST'] || '127.0.0.1',
    port: integer(env, 'TEAM_PORT', 4444),
    dataDir: resolve(env['TEAM_DATA'] || './team-data'),
    secret: env['TEAM_SECRET'] || null,
    redisUrl: env['REDIS_URL'] || null,
    appUrl: env['TEAM_APP_URL'] || 'http://localhost:4173/',
    // The limits come from the shared contract; the environment may lower
    // them (the tests do, to reach them without sending megabytes).
    limits: {
      updateBytes: integer(env, 'TEAM_MAX_UPDATE_BYTES', MAX_UPDATE_BYTES),
      documentBytes: integer(env, 'TEAM_MAX_DOCUMENT_BYTES', MAX_DOCUMENT_BYTES),
      connectionsPerDocument: integer(env, 'TEAM_MAX_CONNECTIONS', MAX_CONNECTIONS_PER_DOCUMENT),
    },
  };
}

/// The WebSocket address clients use, for printed links: a server listening
/// on every interface is reached through its host name.
export function publicServerUrl(config: Pick<TeamConfig, 'host' | 'port'>, env = process.env): string {
  if (env['TEAM_PUBLIC_URL']) return env['TEAM_PUBLIC_URL'];
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return `ws://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, not "${text}"`);
  return value;
}
