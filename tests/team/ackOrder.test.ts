/// Proves, on a real Hocuspocus server in this process, what persistence.ts
/// relies on: an update is in the SQLite store when Hocuspocus sends its
/// acknowledgement (SyncStatus), while the `onChange` hook runs only after it.
/// The probe watches the real connection's outgoing messages; it changes
/// nothing the server does.

import type { Connection, Extension } from '@hocuspocus/server';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAGMENT } from '../../src/core/team/library.ts';
import { readConfig } from '../../src/server/config.ts';
import { createTeamServer, type TeamServer } from '../../src/server/server.ts';
import { mintToken } from '../../src/server/tokens.ts';
import { RawTeamClient } from '../support/rawTeamClient.ts';

const SYNC_STATUS = 8;

describe('the acknowledgement comes after the update is stored', { timeout: 30_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'team-ack-'));
  const secret = 'ack-order-secret';
  let team: TeamServer;
  const events: string[] = [];
  const storedRows = (name: string) => team.store.load(name).rowIds.length;

  const probe: Extension = {
    async connected({ connection, documentName }: { connection: Connection; documentName: string }) {
      const send = connection.send.bind(connection);
      connection.send = (message: Uint8Array) => {
        if (isSyncStatus(message, documentName))
          events.push(`ack with ${storedRows(documentName)} rows stored`);
        send(message);
      };
    },
    async onChange({ documentName }) {
      events.push(`onChange with ${storedRows(documentName)} rows stored`);
    },
  };

  beforeAll(async () => {
    team = createTeamServer({ ...readConfig({ TEAM_DATA: dataDir, TEAM_PORT: '0' }) }, secret);
    team.server.hocuspocus.configuration.extensions.push(probe);
    await team.server.listen();
  });
  afterAll(async () => {
    await team.server.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores each update before acknowledging it; onChange comes later', async () => {
    const doc = 'ack-order-doc';
    const url = `ws://127.0.0.1:${team.server.address.port}`;
    const raw = await RawTeamClient.open(
      url,
      doc,
      await mintToken(secret, { doc, role: 'editor', name: 'A' }),
    );
    const local = new Y.Doc();
    local.getXmlFragment(FRAGMENT).insert(0, [new Y.XmlText('first')]);
    expect(await raw.send(Y.encodeStateAsUpdate(local))).toBe(true);
    const before = Y.encodeStateVector(local);
    (local.getXmlFragment(FRAGMENT).get(0) as Y.XmlText).insert(5, ' second');
    expect(await raw.send(Y.encodeStateAsUpdate(local, before))).toBe(true);
    await expect.poll(() => events.length).toBe(4);
    expect(events).toEqual([
      'ack with 1 rows stored',
      'onChange with 1 rows stored',
      'ack with 2 rows stored',
      'onChange with 2 rows stored',
    ]);
    raw.close();
  });
});

function isSyncStatus(message: Uint8Array, documentName: string): boolean {
  // varString(document name) varUint(type); names here are short (one length byte).
  return message[0] === documentName.length && message[1 + documentName.length] === SYNC_STATUS;
}
