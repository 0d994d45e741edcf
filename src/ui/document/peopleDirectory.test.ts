import 'fake-indexeddb/auto';
import type { Command, EditorState } from 'prosemirror-state';
import { describe, expect, it, vi } from 'vitest';
import { writeDirectoryFile } from '../../core/directory/directoryFile.ts';
import type { DirectoryPerson } from '../../core/directory/person.ts';
import { originalFromTranscript } from '../../core/format/original.ts';
import { suggestSpeakers } from '../../core/suggest/index.ts';
import type { Transcript } from '../../core/transcript.ts';
import { renameSpeaker } from '../../editor/commands/speakers.ts';
import { docToTranscript } from '../../editor/convert.ts';
import { getRoster } from '../../editor/queries/metaAndRoster.ts';
import { createEditorState } from '../../editor/state.ts';
import { addToDirectory, deletePerson, listPeople } from '../../platform/directoryStore.ts';
import { createSessionStore } from '../../store/session.ts';
import type { DocumentHost } from './editorHost.ts';
import { PeopleDirectory } from './peopleDirectory.ts';

/// The directory part against a real editor state, store and (fake) IndexedDB.
function setUp(t: Transcript) {
  let state: EditorState = createEditorState(t);
  const original = originalFromTranscript(t);
  const host = {
    get editorState() {
      return state;
    },
    isReadOnly: false,
    original,
    run(command: Command) {
      return command(state, (tr) => (state = state.apply(tr)));
    },
  } as unknown as DocumentHost;
  const store = createSessionStore();
  const directory = new PeopleDirectory(host, store, () => suggestSpeakers(docToTranscript(state.doc)));
  return { directory, store, host, state: () => state };
}

function programme(name: string, date: string): Transcript {
  return {
    meta: { title: 'Inside Story', network: 'Al Jazeera', date },
    speakers: [{ id: 's1', name, role: 'host' }],
    blocks: [
      {
        id: 'b1',
        speakerId: 's1',
        start: 0,
        estimated: false,
        spans: [{ text: 'welcome to inside story. in washington, jenny town joins us.' }],
      },
    ],
  };
}

const sami: DirectoryPerson = {
  id: 'p-sami-zeidan',
  name: 'Sami Zeidan',
  role: 'host',
  aliases: [],
  appearances: [{ title: 'Inside Story', date: '2023-09-19' }],
  firstSeen: '2023-09-19',
  lastSeen: '2023-09-19',
};

describe('PeopleDirectory', () => {
  it('records a name the user gives, and writes only when the records change', async () => {
    const { directory, host } = setUp(programme('Sami', '2023-09-26'));
    await directory.record();
    // The importer's first name alone is not the user's.
    expect(await listPeople()).toEqual([]);
    host.run(renameSpeaker('s1', 'Sami Zeidan'));
    await directory.record();
    expect((await listPeople()).map((p) => [p.name, p.role, p.lastSeen])).toEqual([
      ['Sami Zeidan', 'host', '2023-09-26'],
    ]);
    // Nothing changed: nothing is written (a person deleted meanwhile stays deleted).
    await deletePerson('p-sami-zeidan');
    await directory.record();
    expect(await listPeople()).toEqual([]);
  });

  it('offers a directory person a new transcript names, and applies nothing until accepted', async () => {
    await addToDirectory([sami]);
    const { directory, store, state } = setUp(programme('Sami', '2023-10-03'));
    directory.reset();
    await vi.waitFor(() => expect(store.getState().directoryOffers).toHaveLength(1));
    expect(store.getState().directoryOffers[0]).toMatchObject({
      name: 'Sami Zeidan',
      description: 'Sami Zeidan, host of Inside Story',
      evidence: 'the speaker “Sami” here',
    });
    expect(getRoster(state().doc).map((s) => s.name)).toEqual(['Sami']);
    expect(directory.accept('p-sami-zeidan')).toBe(true);
    expect(getRoster(state().doc)).toEqual([{ id: 's1', name: 'Sami Zeidan', role: 'host' }]);
    expect(store.getState().directoryOffers).toEqual([]);
  });

  it('an offer dismissed stays dismissed when the programme opens again, and only there', async () => {
    await addToDirectory([sami]);
    const first = setUp(programme('Sami', '2023-10-10'));
    first.directory.reset();
    await vi.waitFor(() => expect(first.store.getState().directoryOffers).toHaveLength(1));
    first.directory.dismiss('p-sami-zeidan');
    expect(first.store.getState().directoryOffers).toEqual([]);

    // The same programme after a reload, then another one: a second offer
    // is the sign both were read.
    await addToDirectory([{ ...sami, id: 'p-jenny-town', name: 'Jenny Town', role: 'guest' }]);
    const again = setUp(programme('Sami', '2023-10-10'));
    again.directory.reset();
    await vi.waitFor(() => expect(again.store.getState().directoryOffers).toHaveLength(1));
    expect(again.store.getState().directoryOffers[0]!.name).toBe('Jenny Town');
    const other = setUp(programme('Sami', '2023-10-17'));
    other.directory.reset();
    await vi.waitFor(() => expect(other.store.getState().directoryOffers).toHaveLength(2));
    await deletePerson('p-jenny-town');
  });

  it('imports a directory file, and refuses a malformed one without a change', async () => {
    const { directory } = setUp(programme('Sami', '2023-10-03'));
    const before = await listPeople();
    const bad = await directory.importFile(new File(['{"format":"caption-desk-directory"'], 'bad.json'));
    expect(bad).toEqual({
      ok: false,
      message: expect.stringMatching(/^bad\.json: This is not a directory file/),
    });
    expect(await listPeople()).toEqual(before);
    const good = await directory.importFile(
      new File(
        [writeDirectoryFile([{ ...sami, id: 'p-other', name: 'Jenny Town', role: 'guest' }])],
        'desk.json',
      ),
    );
    expect(good.ok).toBe(true);
    expect(good.message).toContain('1 new');
    expect((await listPeople()).map((p) => p.name)).toContain('Jenny Town');
  });
});
