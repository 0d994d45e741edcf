import { describe, expect, it } from 'vitest';
import type { Speaker } from '../transcript.ts';
import { AddressReader } from './addressing.ts';
import { People } from './people.ts';
import { normalize, sentences } from './text.ts';

const roster: Speaker[] = [
  { id: 's1', name: 'Maria', role: 'host' },
  { id: 's2', name: 'Reporter', role: 'reporter' },
];

function setup() {
  const people = new People(roster);
  const guest = (name: string, location?: string) =>
    people.introduce(
      { kind: 'guest', name, role: 'guest', evidence: name, sentence: 0, ...(location ? { location } : {}) },
      'b1',
    );
  guest('ruth abernathy', 'port ellery');
  guest('tomas lindqvist', 'geneva');
  guest('priya raman');
  const reader = new AddressReader(people);
  const host = people.speaker('s1')!;
  const read = (raw: string, self = host, skip: number[] = []) => {
    const text = normalize(raw);
    const { next, thanked } = reader.read(text, sentences(text), self, new Set(skip));
    const show = (a: typeof next) => a && { name: a.person.name, kind: a.kind, strong: a.strong };
    return { next: show(next), thanked: show(thanked) };
  };
  return { read, people };
}

describe('hand-overs', () => {
  const { read } = setup();

  it('reads a name that opens a question', () => {
    expect(read('ruth, how bad is it tonight?').next).toEqual({
      name: 'ruth abernathy',
      kind: 'name',
      strong: true,
    });
    expect(read('so, ruth, how bad is it tonight?').next?.name).toBe('ruth abernathy');
    expect(read('ruth abernathy, how bad is it?').next?.name).toBe('ruth abernathy');
    expect(read('priya, he made a point. is he right?').next).toMatchObject({
      name: 'priya raman',
      strong: true,
    });
  });

  it('is not strong without a question next to it', () => {
    expect(read('priya, do you agree with that, that it is over.').next).toMatchObject({ strong: false });
    expect(read('priya, one thing. then another. is that so?').next).toMatchObject({ strong: false });
  });

  it('reads a name set off by commas in a question', () => {
    expect(read('what do you make of that, tomas?').next?.name).toBe('tomas lindqvist');
    expect(read('and you, tomas, do you agree?').next?.name).toBe('tomas lindqvist');
    expect(read('over to you, tomas.').next?.name).toBe('tomas lindqvist');
    expect(read('we asked the mayor, ruth abernathy.').next).toBeNull();
  });

  it('reads hand-over verbs', () => {
    expect(read("let's give ruth a chance to come back in.").next).toEqual({
      name: 'ruth abernathy',
      kind: 'handover',
      strong: false,
    });
    expect(read("let's go back to priya for a moment.").next?.name).toBe('priya raman');
    expect(read('let me bring in tomas here.').next?.name).toBe('tomas lindqvist');
  });

  it('reads places where one guest was introduced', () => {
    expect(read('in geneva, what are insurers saying?').next).toEqual({
      name: 'tomas lindqvist',
      kind: 'place',
      strong: true,
    });
    expect(read('i want to take that to our guest in port ellery.').next).toMatchObject({
      name: 'ruth abernathy',
      strong: false,
    });
  });

  it('takes the last hand-over of the turn', () => {
    expect(read('ruth, thank you for that. tomas, is she right?').next?.name).toBe('tomas lindqvist');
    expect(read('tomas made a point. in port ellery, do you see it?').next?.name).toBe('ruth abernathy');
  });

  it('ignores names in running text, in skipped sentences and the speaker themself', () => {
    expect(read('as ruth said, the shelters are full.').next).toBeNull();
    expect(read('i spoke to tomas yesterday and priya agreed.').next).toBeNull();
    expect(read('ruth, mayor of port ellery. welcome.', undefined, [0]).next).toBeNull();
    expect(read('maria, what do you think?').next).toBeNull();
  });

  it('does not know a first name two people share', () => {
    const { people } = setup();
    people.introduce({ kind: 'guest', name: 'ruth miller', role: 'guest', evidence: '', sentence: 0 }, 'b2');
    const reader = new AddressReader(people);
    const text = 'ruth, how bad is it?';
    expect(reader.read(text, sentences(text), null, new Set()).next).toBeNull();
    const whole = 'ruth miller, how bad is it?';
    expect(reader.read(whole, sentences(whole), null, new Set()).next?.person.name).toBe('ruth miller');
  });
});

describe('thanks', () => {
  const { read } = setup();

  it('reads thanks at the start of a turn', () => {
    expect(read('thank you, ruth. now to geneva.').thanked).toEqual({
      name: 'ruth abernathy',
      kind: 'thanks',
      strong: false,
    });
    expect(read('thanks very much, tomas lindqvist.').thanked?.name).toBe('tomas lindqvist');
    expect(read('ruth abernathy, thank you.').thanked?.name).toBe('ruth abernathy');
  });

  it('does not take thanks for a hand-over, nor thanks late in a turn', () => {
    expect(read('thank you, ruth.').next).toBeNull();
    expect(read('one. two. three. thank you, ruth.').thanked).toBeNull();
    expect(read('thank you all for joining us.').thanked).toBeNull();
  });
});
