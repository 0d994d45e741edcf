import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAGMENT } from '../../src/core/team/library.ts';
import { RawTeamClient } from '../support/rawTeamClient.ts';
import { connectClient, waitFor, type TeamClient } from '../support/teamClient.ts';
import { startTeamServer, type TeamServerHandle } from '../support/teamServer.ts';

/// An update adding `bytes` characters of text (a few bytes more encoded).
function textUpdate(bytes: number, letter = 'x'): Uint8Array {
  const doc = new Y.Doc();
  doc.getXmlFragment(FRAGMENT).insert(0, [new Y.XmlText(letter.repeat(bytes))]);
  return Y.encodeStateAsUpdate(doc);
}

describe('team server: limits', { timeout: 60_000 }, () => {
  let server: TeamServerHandle;
  const clients: TeamClient[] = [];
  const connect = (...args: Parameters<typeof connectClient>) => {
    const client = connectClient(...args);
    clients.push(client);
    return client;
  };
  const editorToken = (doc: string) => server.mint({ doc, role: 'editor', name: 'Ed' });

  beforeAll(async () => {
    server = await startTeamServer({
      env: { TEAM_MAX_UPDATE_BYTES: '4000', TEAM_MAX_DOCUMENT_BYTES: '10000', TEAM_MAX_CONNECTIONS: '2' },
    });
  }, 60_000);
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.dispose();
  });

  it('refuses an update over the size limit with a reason, and keeps nothing of it', async () => {
    const doc = 'big-update';
    const raw = await RawTeamClient.open(server.url, doc, await editorToken(doc));
    expect(await raw.send(textUpdate(3000, 'a'))).toBe(true);
    void raw.send(textUpdate(5000, 'b'));
    expect(await raw.closed).toMatch(/too large for the team server .*the most is 4000 bytes/);
    raw.close();

    const reader = connect(server.url, doc, await editorToken(doc));
    await reader.synced;
    const text = reader.doc.getXmlFragment(FRAGMENT).toString();
    expect(text).toContain('a'.repeat(3000));
    expect(text).not.toContain('b');
  });

  it('tells a provider why its change was refused', async () => {
    const doc = 'big-provider';
    const client = connect(server.url, doc, await editorToken(doc));
    await client.synced;
    client.doc.getXmlFragment(FRAGMENT).insert(0, [new Y.XmlText('y'.repeat(5000))]);
    await waitFor(() => client.closeReasons.length > 0, 'the server to close with a reason');
    expect(client.closeReasons[0]).toMatch(/too large/);
  });

  it('refuses updates that would grow a document past its limit', async () => {
    const doc = 'full-document';
    const raw = await RawTeamClient.open(server.url, doc, await editorToken(doc));
    let accepted = 0;
    const refused = raw.closed;
    for (let i = 0; i < 10; i++) {
      const outcome = await Promise.race([raw.send(textUpdate(3000, String(i))), refused]);
      if (outcome !== true) break;
      accepted += 1;
    }
    expect(accepted).toBe(3); // 3 x ~3 kB fit in 10 kB; the fourth does not
    expect(await refused).toMatch(/reached the team server’s size limit/);
    raw.close();
  });

  it('refuses a connection past the number allowed per document', async () => {
    const doc = 'crowded-doc';
    const first = connect(server.url, doc, await editorToken(doc));
    const second = connect(server.url, doc, await editorToken(doc));
    await Promise.all([first.synced, second.synced]);
    const third = connect(server.url, doc, await editorToken(doc));
    expect(await third.refused).toMatch(/already has 2 people connected/);
    // Another document is not affected.
    const elsewhere = connect(server.url, 'quiet-doc-1', await editorToken('quiet-doc-1'));
    await elsewhere.synced;
  });
});
