import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAGMENT } from '../../src/core/team/library.ts';
import { RawTeamClient, SYNC_STEP_2 } from '../support/rawTeamClient.ts';
import { blockTexts, TeamClients, waitFor } from '../support/teamClient.ts';
import { startTeamServer, type TeamServerHandle } from '../support/teamServer.ts';
import { makeTranscript } from '../support/transcripts.ts';

/// A Yjs update that adds a paragraph of text at the top of the fragment.
function intrusion(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getXmlFragment(FRAGMENT).insert(0, [new Y.XmlText(text)]);
  return Y.encodeStateAsUpdate(doc);
}

function fragmentText(doc: Y.Doc): string {
  return doc.getXmlFragment(FRAGMENT).toString();
}

describe('team server: access', { timeout: 60_000 }, () => {
  let server: TeamServerHandle;
  const clients = new TeamClients(() => server);
  const refusalFor = (doc: string, token: string) => clients.connect(doc, token).refused;

  beforeAll(async () => {
    server = await startTeamServer();
  }, 60_000);
  afterAll(async () => {
    clients.destroyAll();
    await server?.dispose();
  });

  it('refuses a connection without a token, saying why', async () => {
    expect(await refusalFor('no-token-doc', '')).toMatch(/No access token/);
  });

  it('refuses a token signed with another secret', async () => {
    const { signClaims } = await import('../../src/server/tokens.ts');
    const exp = Math.floor(Date.now() / 1000) + 3600;
    const forged = await signClaims('not-the-server-secret', {
      doc: 'forged-doc1',
      role: 'editor',
      name: 'X',
      exp,
    });
    expect(await refusalFor('forged-doc1', forged)).toMatch(/not issued by this team server/);
  });

  it('refuses an expired token', async () => {
    const exp = Math.floor(Date.now() / 1000) - 60;
    const expired = await server.mint({ doc: 'expired-doc', role: 'editor', name: 'Old', exp });
    expect(await refusalFor('expired-doc', expired)).toMatch(/expired/);
  });

  it('refuses a tampered token (a viewer that made itself an editor)', async () => {
    const token = await server.mint({ doc: 'tamper-doc1', role: 'viewer', name: 'Vic' });
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const raised = Buffer.from(JSON.stringify({ ...claims, role: 'editor' })).toString('base64url');
    expect(await refusalFor('tamper-doc1', `${header}.${raised}.${signature}`)).toMatch(/not issued/);
    expect(await refusalFor('tamper-doc1', 'garbage')).toMatch(/damaged or incomplete/);
  });

  it('refuses a token for another document, and a name that is not a document id', async () => {
    const token = await server.mint({ doc: 'one-document', role: 'editor', name: 'Maya' });
    expect(await refusalFor('another-document', token)).toMatch(/opens another transcript/);
    const desk = await server.mint({ doc: '*', role: 'editor', name: 'Desk' });
    expect(await refusalFor('../etc/passwd', desk)).toMatch(/not a team document name/);
  });

  it('opens any document with a desk token', async () => {
    const desk = await server.mint({ doc: '*', role: 'editor', name: 'Desk' });
    const client = clients.connect('desk-opened-1', desk);
    await client.synced;
    expect(client.provider.isAuthenticated).toBe(true);
  });

  it('rejects a viewer’s writes on the server, from a raw client that sends them anyway', async () => {
    const doc = 'viewer-write';
    const editor = await clients.share(doc, makeTranscript(2), 'Ed');

    const viewer = await RawTeamClient.open(
      server.url,
      doc,
      await server.mint({ doc, role: 'viewer', name: 'Vi' }),
    );
    expect(viewer.scope).toBe('readonly');
    expect(await viewer.send(intrusion('viewer update'))).toBe(false);
    expect(await viewer.send(intrusion('viewer sync step 2'), SYNC_STEP_2)).toBe(false);

    // The same message from an editor's raw client is applied: the check above can fail.
    const writer = await RawTeamClient.open(
      server.url,
      doc,
      await server.mint({ doc, role: 'editor', name: 'W' }),
    );
    expect(writer.scope).toBe('read-write');
    expect(await writer.send(intrusion('editor update'))).toBe(true);
    // Messages are relayed in the order the server applied them: once the
    // editor's raw update is here, a viewer's would have been too.
    await waitFor(() => fragmentText(editor.doc).includes('editor update'), 'the raw editor’s update');
    expect(fragmentText(editor.doc)).not.toContain('viewer');

    // And the server's own copy, read by a client that connects afresh.
    const fresh = await clients.join(doc, 'Late', 'viewer');
    await fresh.synced;
    expect(blockTexts(fresh.doc)).toEqual(blockTexts(editor.doc));
    expect(fragmentText(fresh.doc)).toContain('editor update');
    expect(fragmentText(fresh.doc)).not.toContain('viewer');
    viewer.close();
    writer.close();
  });
});
