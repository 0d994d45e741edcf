import * as Y from 'yjs';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../src/core/team/library.ts';
import { FRAGMENT } from '../../src/core/team/library.ts';
import type { Transcript } from '../../src/core/transcript.ts';
import { connectClient, fillTranscript, waitFor, type TeamClient } from '../support/teamClient.ts';
import { startTeamServer, type TeamServerHandle } from '../support/teamServer.ts';
import { makeTranscript } from '../support/transcripts.ts';

/// Six turns: two reviewed, one without a speaker, open gaps in turns 0, 2, 4.
function programme(title: string): Transcript {
  const transcript = makeTranscript(6, { gapEvery: 2 });
  transcript.meta = { title, network: 'KQED', date: '2024-06-19' };
  transcript.blocks[0]!.reviewed = true;
  transcript.blocks[1]!.reviewed = true;
  transcript.blocks[5]!.speakerId = null;
  return transcript;
}

describe('team server: HTTP API', { timeout: 60_000 }, () => {
  let server: TeamServerHandle;
  const clients: TeamClient[] = [];
  const api = (path: string, token: string | null, init: RequestInit = {}) =>
    fetch(`${server.httpUrl}${path}`, {
      ...init,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Content-Type': 'application/json' },
    });
  const library = async (token: string) =>
    (await (await api('/api/library', token)).json()) as LibraryEntry[];

  beforeAll(async () => {
    server = await startTeamServer();
    for (const [doc, title] of [
      ['morning-news', 'Morning News'],
      ['evening-talk', 'Evening Talk'],
    ] as const) {
      const client = connectClient(
        server.url,
        doc,
        await server.mint({ doc, role: 'editor', name: 'Setup' }),
      );
      clients.push(client);
      await client.synced;
      fillTranscript(client.doc, programme(title));
      await waitFor(() => client.provider.unsyncedChanges === 0, 'the programme to be saved');
    }
    // The second one closes, so the library reads it from the store.
    clients.pop()!.destroy();
  }, 60_000);
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.dispose();
  });

  it('refuses without a valid token, in JSON, with CORS headers', async () => {
    const response = await api('/api/library', null);
    expect(response.status).toBe(401);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/No access token/) });
    expect((await api('/api/library', 'not.a.token')).status).toBe(401);
  });

  it('answers preflights for any origin', async () => {
    const response = await fetch(`${server.httpUrl}/api/share`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:4173', 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
  });

  it('lists what a desk token opens, with header fields and progress', async () => {
    const desk = await server.mint({ doc: '*', role: 'viewer', name: 'Desk' });
    const entries = await library(desk);
    expect(entries.map((entry) => entry.doc)).toEqual(['evening-talk', 'morning-news']);
    for (const entry of entries) {
      expect(entry).toMatchObject({
        network: 'KQED',
        date: '2024-06-19',
        progress: { turns: 6, reviewed: 2, openGaps: 3, unassigned: 1 },
      });
      expect(entry.updatedAt).toBeGreaterThan(Date.now() - 60_000);
    }
    expect(entries[0]!.title).toBe('Evening Talk');
  });

  it('lists one document for a document token, with who is there and live progress', async () => {
    const doc = 'morning-news';
    const token = await server.mint({ doc, role: 'editor', name: 'Maya' });
    const maya = connectClient(server.url, doc, token, { name: 'Maya' });
    clients.push(maya);
    await maya.synced;
    // Review the third turn and correct its gap, as the editor would.
    const chunk = maya.doc.getXmlFragment(FRAGMENT).get(2) as Y.XmlElement;
    const block = chunk.get(2) as Y.XmlElement;
    const text = block.get(0) as Y.XmlText;
    maya.doc.transact(() => {
      block.setAttribute('reviewed', true as unknown as string);
      const delta = text.toDelta() as { insert: string; attributes?: { gap?: Record<string, unknown> } }[];
      let at = 0;
      for (const op of delta) {
        if (op.attributes?.gap)
          text.format(at, op.insert.length, { gap: { ...op.attributes.gap, status: 'corrected' } });
        at += op.insert.length;
      }
    });
    await waitFor(async () => {
      const [entry] = await library(token);
      return (
        entry?.progress.reviewed === 3 && entry.progress.openGaps === 2 && entry.present.join() === 'Maya'
      );
    }, 'the library to show the review, the corrected gap and Maya');
    expect((await library(token)).map((entry) => entry.doc)).toEqual([doc]);
  });

  it('shares a document: an editor gets editor and viewer tokens for it', async () => {
    const doc = 'morning-news';
    const editor = await server.mint({ doc, role: 'editor', name: 'Maya' });
    const response = await api('/api/share', editor, {
      method: 'POST',
      body: JSON.stringify({ doc, name: 'Ola', days: 2 }),
    });
    expect(response.status).toBe(200);
    const shared = (await response.json()) as { editor: string; viewer: string };
    expect(decodeJwt(shared.editor)).toMatchObject({ doc, role: 'editor', name: 'Ola' });
    expect(decodeJwt(shared.viewer)).toMatchObject({ doc, role: 'viewer', name: 'Ola' });
    const days = ((decodeJwt(shared.viewer).exp ?? 0) - Date.now() / 1000) / 86_400;
    expect(days).toBeGreaterThan(1.9);
    expect(days).toBeLessThan(2.1);

    // The tokens open the document, the viewer read-only.
    const ola = connectClient(server.url, doc, shared.viewer);
    clients.push(ola);
    await ola.synced;
    expect(ola.provider.authorizedScope).toBe('readonly');
  });

  it('shares only what the token may edit; a desk token may share a new document', async () => {
    const share = (token: string, body: unknown) =>
      api('/api/share', token, { method: 'POST', body: JSON.stringify(body) });
    const viewer = await server.mint({ doc: 'morning-news', role: 'viewer', name: 'Vi' });
    expect((await share(viewer, { doc: 'morning-news' })).status).toBe(403);
    const editor = await server.mint({ doc: 'morning-news', role: 'editor', name: 'Ed' });
    expect((await share(editor, { doc: 'evening-talk' })).status).toBe(403);
    const desk = await server.mint({ doc: '*', role: 'editor', name: 'Desk' });
    expect((await share(desk, { doc: 'brand-new-doc' })).status).toBe(200);

    const bad = await share(desk, { doc: '<script>alert(1)</script>' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await bad.text()).not.toContain('<script>');
    expect((await share(desk, { doc: 'brand-new-doc', days: 0 })).status).toBe(400);
    const notJson = await api('/api/share', desk, { method: 'POST', body: '{' });
    expect(notJson.status).toBe(400);
    expect((await api('/api/nothing-here', desk)).status).toBe(404);
  });
});
