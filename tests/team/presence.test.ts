import type WebSocket from 'ws';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { keepPresence } from '../../src/platform/team/presence.ts';
import { connectClient, fillTranscript, waitFor, type TeamClient } from '../support/teamClient.ts';
import { startTeamServer, type TeamServerHandle } from '../support/teamServer.ts';
import { makeTranscript } from '../support/transcripts.ts';

/// A colleague who reconnects is seen again: the server forgets their
/// presence with the lost connection, under a newer clock than the one their
/// provider sends again (platform/team/presence.ts).
describe('team server: presence across a reconnection', { timeout: 60_000 }, () => {
  let server: TeamServerHandle;
  const clients: TeamClient[] = [];

  beforeAll(async () => {
    server = await startTeamServer();
  }, 60_000);
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.dispose();
  });

  async function pair(doc: string): Promise<{ maya: TeamClient; sami: TeamClient }> {
    const mint = (name: string) => server.mint({ doc, role: 'editor', name });
    const maya = connectClient(server.url, doc, await mint('Maya'), { name: 'Maya' });
    clients.push(maya);
    await maya.synced;
    fillTranscript(maya.doc, makeTranscript(2));
    const sami = connectClient(server.url, doc, await mint('Sami'), { name: 'Sami' });
    clients.push(sami);
    return { maya, sami };
  }

  const sees = (client: TeamClient, name: string) =>
    [...client.provider.awareness!.getStates().values()].some(
      (state) => (state['user'] as { name?: string } | undefined)?.name === name,
    );

  /// Drops Sami's connection, and waits until Maya has been told Sami left
  /// and Sami's provider has synced again.
  async function reconnect(maya: TeamClient, sami: TeamClient): Promise<void> {
    let synced = false;
    let left = false;
    const onSynced = () => (synced = true);
    const onChange = ({ removed }: { removed: number[] }) => {
      if (removed.includes(sami.provider.awareness!.clientID)) left = true;
    };
    sami.provider.on('synced', onSynced);
    maya.provider.awareness!.on('change', onChange);
    (sami.socket.webSocket as unknown as WebSocket).close();
    await waitFor(() => left && synced, 'Maya to see Sami leave, and Sami to sync again');
    sami.provider.off('synced', onSynced);
    maya.provider.awareness!.off('change', onChange);
  }

  it('shows a colleague again after their connection drops and comes back', async () => {
    const { maya, sami } = await pair('presence-01');
    keepPresence(sami.provider);
    await sami.synced;
    await waitFor(() => sees(maya, 'Sami'), 'Maya to see Sami');
    await reconnect(maya, sami);
    await waitFor(() => sees(maya, 'Sami'), 'Maya to see Sami again', 10_000);
  });
});
