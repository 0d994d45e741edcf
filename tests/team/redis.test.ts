import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../src/core/team/library.ts';
import { startRedis, type RedisHandle } from '../support/redisServer.ts';
import {
  blockTextAt,
  blockTexts,
  connectClient,
  fillTranscript,
  waitFor,
  type TeamClient,
} from '../support/teamClient.ts';
import { startTeamServer, type TeamServerHandle } from '../support/teamServer.ts';
import { makeTranscript } from '../support/transcripts.ts';

describe('team server: two processes through Redis', { timeout: 90_000 }, () => {
  let redis: RedisHandle;
  let one: TeamServerHandle;
  let two: TeamServerHandle;
  let dataDir: string;
  const clients: TeamClient[] = [];
  const connect = (...args: Parameters<typeof connectClient>) => {
    const client = connectClient(...args);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    redis = await startRedis();
    // One data folder and secret, as two processes behind one address share them.
    dataDir = mkdtempSync(join(tmpdir(), 'team-redis-'));
    one = await startTeamServer({ dataDir, secret: 'shared-secret-for-both', redisUrl: redis.url });
    two = await startTeamServer({ dataDir, secret: 'shared-secret-for-both', redisUrl: redis.url });
  }, 60_000);
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await one?.dispose();
    await two?.dispose();
    await redis?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('relays edits and presence between providers on different processes', async () => {
    const doc = 'redis-shared';
    const maya = connect(one.url, doc, await one.mint({ doc, role: 'editor', name: 'Maya' }), {
      name: 'Maya',
    });
    await maya.synced;
    fillTranscript(maya.doc, makeTranscript(6));
    const sami = connect(two.url, doc, await two.mint({ doc, role: 'editor', name: 'Sami' }), {
      name: 'Sami',
    });
    await sami.synced;
    await waitFor(() => blockTexts(sami.doc).length === 6, 'the transcript to reach the other process');

    blockTextAt(maya.doc, 1).insert(0, 'from one: ');
    blockTextAt(sami.doc, 4).insert(0, 'from two: ');
    await waitFor(
      () =>
        blockTexts(sami.doc)[1]!.startsWith('from one: ') &&
        blockTexts(maya.doc)[4]!.startsWith('from two: '),
      'edits relayed both ways',
    );
    expect(blockTexts(maya.doc)).toEqual(blockTexts(sami.doc));

    // Each process's library shows who is connected to the other one too.
    const desk = await two.mint({ doc: '*', role: 'viewer', name: 'Desk' });
    const present = async (server: TeamServerHandle) => {
      const response = await fetch(`${server.httpUrl}/api/library`, {
        headers: { Authorization: `Bearer ${desk}` },
      });
      const entries = (await response.json()) as LibraryEntry[];
      return entries.find((entry) => entry.doc === doc)?.present ?? [];
    };
    await waitFor(
      async () => (await present(one)).join() === 'Maya,Sami' && (await present(two)).join() === 'Maya,Sami',
      'both names in both libraries',
    );
  });
});
