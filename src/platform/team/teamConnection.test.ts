import 'fake-indexeddb/auto';
import { IndexeddbPersistence } from 'y-indexeddb';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FRAGMENT } from '../../core/team/library.ts';
import type { TeamStatus } from '../../core/team/status.ts';
import { TeamConnection } from './teamConnection.ts';

/// Offline (nothing listens on the server's port), a shared document's
/// edits go to this browser's copy, and the connection knows when they are
/// written there: the status says so, and until then leaving asks first.

const link = { server: 'ws://127.0.0.1:9', doc: 'kept-test', token: 'not-a-token' };
const user = () => ({ name: 'Maya', color: '#000' });

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 2000 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!condition()) throw new Error(`never happened: ${what}`);
}

let connection: TeamConnection | null = null;
beforeAll(() => {
  vi.stubGlobal('WebSocket', WebSocket);
});
afterEach(() => {
  connection?.destroy();
  connection = null;
});

describe('a shared document offline', () => {
  it('says when my edits are kept in this browser, and they are there once it does', async () => {
    const statuses: TeamStatus[] = [];
    connection = new TeamConnection(link, user, (status) => statuses.push(status));
    await until(() => statuses.at(-1)?.state === 'offline', 'the offline status');

    connection.ydoc.transact(() => connection!.fragment.insert(0, [new Y.XmlText('typed offline')]));
    expect(connection.hasUnkeptChanges).toBe(true);
    expect(statuses.at(-1)).toMatchObject({ state: 'offline', kept: false });

    await until(() => !connection!.hasUnkeptChanges, 'the edit to be kept');
    expect(statuses.at(-1)).toMatchObject({ state: 'offline', waiting: 1, kept: true });

    // What a reload would read: the browser copy alone.
    connection.destroy();
    connection = null;
    const reread = new Y.Doc();
    const copy = new IndexeddbPersistence(`caption-desk-team:${link.server}:${link.doc}`, reread);
    await copy.whenSynced;
    expect(reread.getXmlFragment(FRAGMENT).toJSON()).toBe('typed offline');
    await copy.destroy();
  });
});
