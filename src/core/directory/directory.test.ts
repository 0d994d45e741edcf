import { describe, expect, it } from 'vitest';
import { readDirectoryFile, writeDirectoryFile } from './directoryFile.ts';
import { addPeople, mergePeople } from './merge.ts';
import { directoryOffers } from './offers.ts';
import { describePerson, type DirectoryPerson } from './person.ts';
import { isDirectoryName, namedSpeakers, recordsFromTranscript } from './record.ts';

const sami: DirectoryPerson = {
  id: 'p-sami-zeidan',
  name: 'Sami Zeidan',
  role: 'host',
  aliases: ['sami'],
  appearances: [
    { title: 'Inside Story', network: 'Al Jazeera', date: '2023-09-19' },
    { title: 'Inside Story', network: 'Al Jazeera', date: '2023-09-26' },
    { title: 'Newshour', network: 'Al Jazeera', date: '2023-08-01' },
  ],
  firstSeen: '2023-08-01',
  lastSeen: '2023-09-26',
};
const jenny: DirectoryPerson = {
  id: 'p-jenny-town',
  name: 'Jenny Town',
  role: 'guest',
  affiliation: 'senior fellow at stimson center',
  aliases: [],
  appearances: [{ title: 'Inside Story', date: '2023-09-19' }],
  firstSeen: '2023-09-19',
  lastSeen: '2023-09-19',
};

describe('the directory of people', () => {
  it('describes a person by their usual role and programme', () => {
    expect(describePerson(sami)).toBe('Sami Zeidan, host of Inside Story');
    expect(describePerson({ ...jenny, role: 'other' })).toBe('Jenny Town, senior fellow at stimson center');
  });

  it('records roster people, with what their introductions say, not roles or labels', () => {
    const records = recordsFromTranscript(
      [
        { id: 's1', name: 'Sami', role: 'host' },
        { id: 's2', name: 'Reporter', role: 'reporter' },
        { id: 's3', name: 'The Speaker', role: 'other' },
        { id: 's4', name: 'Jenny Town', role: 'other' },
        { id: 's5', name: 'SPEAKER_00', role: 'other' },
        { id: 's6', name: 'Speaker 1', role: 'other' },
        { id: 's7', name: 'Unknown', role: 'other' },
      ],
      [
        {
          key: 'jenny town',
          name: 'Jenny Town',
          role: 'guest',
          affiliation: 'senior fellow',
          evidence: { blockId: 'b1', text: '' },
        },
        { key: 'role:host', name: 'Host', role: 'host', evidence: { blockId: 'b1', text: '' } },
        { key: 'andrei lankov', name: 'Andrei Lankov', role: 'guest', evidence: { blockId: 'b2', text: '' } },
      ],
      { title: 'Inside Story', network: 'Al Jazeera', date: '2023-09-19' },
      '2026-12-07',
    );
    expect(records.map((r) => [r.name, r.role, r.affiliation, r.firstSeen])).toEqual([
      ['Sami', 'host', undefined, '2023-09-19'],
      ['Jenny Town', 'guest', 'senior fellow', '2023-09-19'],
    ]);
  });

  it('takes the names a user gave, and full names, never generic labels', () => {
    const imported = [
      { id: 's1', name: 'Sami' },
      { id: 's2', name: 'Jenny' },
      { id: 's3', name: 'SPEAKER_01' },
      { id: 's4', name: 'Andrei Lankov' },
    ];
    const roster = [
      { id: 's1', name: 'Sami', role: 'host' as const },
      { id: 's2', name: 'Jenny Town', role: 'guest' as const },
      { id: 's3', name: 'Maya', role: 'other' as const },
      { id: 's4', name: 'Andrei Lankov', role: 'guest' as const },
      { id: 's5', name: 'Unidentified', role: 'other' as const },
      { id: 's6', name: 'S1', role: 'other' as const },
    ];
    expect(namedSpeakers(roster, imported).map((s) => s.name)).toEqual([
      'Jenny Town',
      'Maya',
      'Andrei Lankov',
    ]);
    for (const label of ['SPEAKER_00', 'Speaker 1', 'Unknown', 'Host', 'The Speaker', 'Unknown Speaker', ''])
      expect(isDirectoryName(label), label).toBe(false);
  });

  it('merges two records of one person: appearances once, widest dates, first spelling', () => {
    const { affiliation: _, ...jennyWithout } = jenny;
    const other: DirectoryPerson = {
      ...jennyWithout,
      id: 'p-x',
      name: 'jenny  town',
      role: 'other',
      appearances: [
        { title: 'Inside Story', date: '2023-09-19' },
        { title: 'Newshour', date: '2024-01-02' },
      ],
      firstSeen: '2023-09-19',
      lastSeen: '2024-01-02',
    };
    const merged = mergePeople(jenny, other);
    expect(merged).toMatchObject({
      id: 'p-jenny-town',
      name: 'Jenny Town',
      role: 'guest',
      lastSeen: '2024-01-02',
    });
    expect(merged.appearances).toHaveLength(2);
    expect(addPeople([jenny, sami], [other])).toHaveLength(2);
    expect(addPeople([], [jenny, jenny]).map((p) => p.id)).toEqual(['p-jenny-town']);
  });

  it('offers people the captions name: by whole name, by a prefix, by a roster first name', () => {
    const text = 'sami: welcome. in washington, jenny town, senior fellow. >> thank you.';
    const offers = directoryOffers([sami, jenny], text, ['Sami']);
    expect(offers.map((o) => [o.person.name, o.evidence])).toEqual([
      ['Sami Zeidan', 'sami:'],
      ['Jenny Town', 'jenny town'],
    ]);
    expect(directoryOffers([sami, jenny], text, ['Sami Zeidan', 'Jenny Town'])).toEqual([]);
  });

  it('finds the people named among thousands, in a long text, by whole words only', () => {
    const crowd = Array.from({ length: 5000 }, (_, i): DirectoryPerson => ({
      ...jenny,
      id: `p${i}`,
      name: `Person${i} Surname${i}`,
      aliases: [],
    }));
    const text = `${'the vote was delayed again. '.repeat(20_000)}sami: and jenny town joins us. jenny townsend too.`;
    const offers = directoryOffers([...crowd, sami, jenny], text, []);
    expect(offers.map((o) => [o.person.name, o.evidence])).toEqual([
      ['Sami Zeidan', 'sami:'],
      ['Jenny Town', 'jenny town'],
    ]);
    expect(directoryOffers([jenny], 'jenny townsend spoke', [])).toEqual([]);
  });

  it('offers nobody by a first name two people share', () => {
    const otherSami = { ...sami, id: 'p-sami-other', name: 'Sami Other', aliases: [] };
    expect(directoryOffers([sami, otherSami], 'sami: hello there.', [])).toEqual([]);
  });

  it('exports and imports a directory file as it was', () => {
    const read = readDirectoryFile(writeDirectoryFile([jenny, sami]));
    expect(read).toEqual({ ok: true, people: [jenny, sami] });
  });

  it('refuses a hostile or malformed file with a message, and never throws', () => {
    const cases = [
      'not json',
      '[]',
      '{"format":"caption-desk","version":1,"people":[]}',
      '{"format":"caption-desk-directory","version":99,"people":[]}',
      JSON.stringify({
        format: 'caption-desk-directory',
        version: 1,
        people: [{ id: 'x', name: 'A', role: 'king' }],
      }),
      JSON.stringify({
        format: 'caption-desk-directory',
        version: 1,
        people: [{ id: 'x', name: 'x'.repeat(5000), role: 'guest' }],
      }),
      JSON.stringify({
        format: 'caption-desk-directory',
        version: 1,
        people: [{ id: 'x', name: 'A', role: 'guest', firstSeen: '<script>' }],
      }),
      JSON.stringify({
        format: 'caption-desk-directory',
        version: 1,
        people: Array.from({ length: 20_001 }, (_, i) => ({ id: `p${i}`, name: 'A', role: 'guest' })),
      }),
      '{"format":"caption-desk-directory","version":1,"people":[{"__proto__":{"polluted":true},"id":"x","name":"A","role":"guest"}]}',
    ];
    for (const text of cases) {
      const read = readDirectoryFile(text);
      expect(read.ok, text.slice(0, 80)).toBe(text.includes('__proto__'));
      if (!read.ok) expect(read.message).toMatch(/^This (is not a|directory file cannot be read)/);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps markup in names as text: a name is data', () => {
    const read = readDirectoryFile(writeDirectoryFile([{ ...jenny, name: '<img src=x onerror=alert(1)>' }]));
    expect(read.ok && read.people[0]!.name).toBe('<img src=x onerror=alert(1)>');
  });
});
