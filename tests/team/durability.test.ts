import Database from 'better-sqlite3';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAGMENT } from '../../src/core/team/library.ts';
import { DATABASE_FILE } from '../../src/server/store.ts';
import { RawTeamClient } from '../support/rawTeamClient.ts';
import { blockTextAt, blockTexts, TeamClients, waitFor } from '../support/teamClient.ts';
import { startTeamServer, type TeamServerHandle } from '../support/teamServer.ts';
import { makeTranscript } from '../support/transcripts.ts';

function rowsFor(dataDir: string, doc: string): { updates: number; states: number } {
  const db = new Database(join(dataDir, DATABASE_FILE));
  try {
    const count = (sql: string) => (db.prepare(sql).get(doc) as { n: number }).n;
    return {
      updates: count('SELECT COUNT(*) AS n FROM updates WHERE name = ?'),
      states: count('SELECT COUNT(*) AS n FROM documents WHERE name = ?'),
    };
  } finally {
    db.close();
  }
}

describe('team server: nothing acknowledged is lost', { timeout: 90_000 }, () => {
  let server: TeamServerHandle;
  const clients = new TeamClients(() => server);

  beforeAll(async () => {
    server = await startTeamServer();
  }, 60_000);
  afterAll(async () => {
    clients.destroyAll();
    await server?.dispose();
  });

  it('keeps every update acknowledged to a raw client, killed with SIGKILL the moment the last ack arrives', async () => {
    const doc = 'kill-on-ack';
    const raw = await RawTeamClient.open(
      server.url,
      doc,
      await server.mint({ doc, role: 'editor', name: 'Ed' }),
    );
    // One client's successive edits (each builds on the one before).
    const local = new Y.Doc();
    const text = new Y.XmlText();
    local.getXmlFragment(FRAGMENT).insert(0, [text]);
    // The first update carries the XmlText itself.
    let previous = Y.encodeStateVector(new Y.Doc());
    const acks: Promise<boolean>[] = [];
    for (let i = 0; i < 20; i++) {
      text.insert(text.length, `edit ${i};`);
      acks.push(raw.send(Y.encodeStateAsUpdate(local, previous)));
      previous = Y.encodeStateVector(local);
    }
    // The debounced store (2 s) has not run: only the appended rows can hold these.
    expect(await Promise.all(acks)).toEqual(Array(20).fill(true));
    await server.kill9();
    raw.close();

    const rows = rowsFor(server.dataDir, doc);
    expect(rows.states).toBe(0);
    expect(rows.updates).toBeGreaterThanOrEqual(20);

    await server.restart();
    const reader = await clients.join(doc, 'Ed');
    await reader.synced;
    expect(reader.doc.getXmlFragment(FRAGMENT).toString()).toBe(local.getXmlFragment(FRAGMENT).toString());
  });

  it('keeps a provider’s edits once it has no unsynced changes, across kill -9 and a restart; the provider carries on', async () => {
    const doc = 'kill-provider';
    const maya = await clients.share(doc, makeTranscript(30, { gapEvery: 5 }), 'Maya');
    for (let i = 0; i < 30; i++) blockTextAt(maya.doc, i).insert(0, `#${i} `);
    await waitFor(() => maya.provider.unsyncedChanges === 0, 'the server to acknowledge every change');
    const expected = blockTexts(maya.doc);

    await server.kill9();
    await server.restart();

    const reader = await clients.join(doc, 'Late');
    await reader.synced;
    expect(blockTexts(reader.doc)).toEqual(expected);

    // Maya's provider reconnects on its own and its next edit reaches the reader.
    blockTextAt(maya.doc, 0).insert(0, 'after restart: ');
    await waitFor(
      () => blockTexts(reader.doc)[0]!.startsWith('after restart: '),
      'an edit after the restart',
    );
  });

  it('compacts on store: the merged state replaces the appended updates', async () => {
    const doc = 'compacted-doc';
    const client = await clients.share(doc, makeTranscript(5), 'Ed');
    expect(rowsFor(server.dataDir, doc).updates).toBeGreaterThan(0);
    const expected = blockTexts(client.doc);
    client.destroy();
    // The last editor leaving makes Hocuspocus store the document at once.
    await waitFor(() => rowsFor(server.dataDir, doc).states === 1, 'the document to be stored');
    expect(rowsFor(server.dataDir, doc).updates).toBe(0);

    await server.kill9();
    await server.restart();
    const reader = await clients.join(doc, 'Ed');
    await reader.synced;
    expect(blockTexts(reader.doc)).toEqual(expected);
  });
});
