import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DirectoryPerson } from '../core/directory/person.ts';
import {
  addToDirectory,
  deletePerson,
  dismissedOffers,
  dismissOffer,
  listPeople,
  mergeIntoPerson,
  putPerson,
} from './directoryStore.ts';

const person = (name: string, date: string, extra: Partial<DirectoryPerson> = {}): DirectoryPerson => ({
  id: `p-${name.toLowerCase().replace(/\W+/g, '-')}`,
  name,
  role: 'guest',
  aliases: [],
  appearances: [{ title: 'Inside Story', date }],
  firstSeen: date,
  lastSeen: date,
  ...extra,
});

describe('the directory in IndexedDB', () => {
  it('records people from two transcripts as one person each, edits, merges and deletes them', async () => {
    await addToDirectory([
      person('Jenny Town', '2023-09-19'),
      person('Sami Zeidan', '2023-09-19', { role: 'host' }),
    ]);
    await addToDirectory([person('jenny town', '2023-10-02')]);
    let people = await listPeople();
    expect(people.map((p) => [p.name, p.firstSeen, p.lastSeen, p.appearances.length])).toEqual([
      ['Jenny Town', '2023-09-19', '2023-10-02', 2],
      ['Sami Zeidan', '2023-09-19', '2023-09-19', 1],
    ]);

    await putPerson({ ...people[0]!, affiliation: 'senior fellow at stimson center' });
    await addToDirectory([person('Samy Zeidan', '2023-11-01')]);
    people = await listPeople();
    const samy = people.find((p) => p.name === 'Samy Zeidan')!;
    const sami = people.find((p) => p.name === 'Sami Zeidan')!;
    await mergeIntoPerson(sami.id, samy.id);
    people = await listPeople();
    expect(people.map((p) => p.name)).toEqual(['Jenny Town', 'Sami Zeidan']);
    expect(people[0]!.affiliation).toBe('senior fellow at stimson center');
    expect(people[1]!.lastSeen).toBe('2023-11-01');

    // The old spelling is an alias now: a later record with it joins Sami.
    await addToDirectory([person('Samy Zeidan', '2023-12-01')]);
    expect((await listPeople()).map((p) => [p.name, p.lastSeen])).toEqual([
      ['Jenny Town', '2023-10-02'],
      ['Sami Zeidan', '2023-12-01'],
    ]);

    await deletePerson(people[0]!.id);
    expect((await listPeople()).map((p) => p.name)).toEqual(['Sami Zeidan']);
  });

  it('a deleted person is not recorded again from the programmes they were deleted with', async () => {
    await addToDirectory([person('Maya Chen', '2024-01-05')], 'transcript');
    const maya = (await listPeople()).find((p) => p.name === 'Maya Chen')!;
    await deletePerson(maya.id);
    // The same transcript opened again: its roster still names her.
    await addToDirectory([person('maya chen', '2024-01-05')], 'transcript');
    expect((await listPeople()).some((p) => p.name === 'Maya Chen')).toBe(false);
    // Named in a new programme: new work, recorded.
    await addToDirectory([person('Maya Chen', '2024-02-09')], 'transcript');
    const back = (await listPeople()).find((p) => p.name === 'Maya Chen')!;
    expect(back.appearances.map((a) => a.date)).toEqual(['2024-02-09']);

    // Undo of a delete, and a directory file the user imports, bring a person back for good.
    await deletePerson(back.id);
    await putPerson(back);
    await addToDirectory([person('Maya Chen', '2024-02-09')], 'transcript');
    expect((await listPeople()).find((p) => p.name === 'Maya Chen')!.appearances).toHaveLength(1);
    await deletePerson(back.id);
    await addToDirectory([person('Maya Chen', '2024-02-09')], 'file');
    expect((await listPeople()).some((p) => p.name === 'Maya Chen')).toBe(true);
  });

  it('remembers dismissed offers by programme and person', async () => {
    await dismissOffer('["Inside Story","","2023-09-19","p-jenny-town"]');
    expect(
      await dismissedOffers([
        '["Inside Story","","2023-09-19","p-jenny-town"]',
        '["Inside Story","","2023-09-20","p-jenny-town"]',
      ]),
    ).toEqual(new Set(['["Inside Story","","2023-09-19","p-jenny-town"]']));
  });
});
