import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockTextAt, blockTexts, TeamClients, waitFor } from '../support/teamClient.ts';
import { startTeamServer, type TeamServerHandle } from '../support/teamServer.ts';
import { makeTranscript } from '../support/transcripts.ts';

describe('team server: editing together', { timeout: 60_000 }, () => {
  let server: TeamServerHandle;
  const clients = new TeamClients(() => server);

  beforeAll(async () => {
    server = await startTeamServer();
  }, 60_000);
  afterAll(async () => {
    clients.destroyAll();
    await server?.dispose();
  });

  it('relays each editor’s edits to the other, and both converge', async () => {
    const doc = 'converge-01';
    const maya = await clients.share(doc, makeTranscript(4), 'Maya');
    const sami = await clients.join(doc, 'Sami');
    await sami.synced;
    await waitFor(() => blockTexts(sami.doc).length === 4, 'the transcript to reach the second editor');

    blockTextAt(maya.doc, 0).insert(0, 'Maya: ');
    blockTextAt(sami.doc, 3).insert(0, 'Sami: ');
    await waitFor(
      () => blockTexts(maya.doc)[3]!.startsWith('Sami: ') && blockTexts(sami.doc)[0]!.startsWith('Maya: '),
      'both edits on both sides',
    );
    expect(blockTexts(maya.doc)).toEqual(blockTexts(sami.doc));
    expect(blockTexts(maya.doc)[0]).toBe('Maya: block 0 says hello');
  });
});
