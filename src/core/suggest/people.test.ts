import { describe, expect, it } from 'vitest';
import type { Speaker } from '../transcript.ts';
import type { Introduction } from './introductions.ts';
import { People } from './people.ts';

const intro = (name: string, extra: Partial<Introduction> = {}): Introduction => ({
  kind: 'guest',
  name,
  role: 'guest',
  evidence: name,
  sentence: 0,
  ...extra,
});

describe('People', () => {
  it('maps an introduced name the roster has (any case) to that speaker', () => {
    const people = new People([{ id: 's4', name: 'Ruth  ABERNATHY', role: 'other' }]);
    expect(people.introduce(intro('ruth abernathy'), 'b1').target).toEqual({ speakerId: 's4' });
    expect(people.candidates()).toEqual([]);
  });

  it('maps a full name to a roster speaker known by first name only, when no one shares it', () => {
    const people = new People([{ id: 's1', name: 'Maria', role: 'host' }]);
    expect(people.introduce(intro('maria keller', { kind: 'self', role: 'host' }), 'b1').target).toEqual({
      speakerId: 's1',
    });
    const two = new People([
      { id: 's1', name: 'Sally', role: 'other' },
      { id: 's2', name: 'Sally', role: 'other' },
    ]);
    expect(two.introduce(intro('sally sara'), 'b1').target).toEqual({ candidateKey: 'sally sara' });
  });

  it('makes one candidate per name and completes it from later sightings', () => {
    const people = new People([]);
    people.introduce(intro('daniel okafor', { kind: 'next', role: 'reporter' }), 'b2');
    people.introduce(
      intro('daniel okafor', { affiliation: 'our correspondent', location: 'port ellery' }),
      'b9',
    );
    expect(people.candidates()).toEqual([
      {
        key: 'daniel okafor',
        name: 'Daniel Okafor',
        role: 'reporter',
        affiliation: 'our correspondent',
        location: 'port ellery',
        evidence: { blockId: 'b2', text: 'daniel okafor' },
      },
    ]);
  });

  it('finds people by first name, whole name and place', () => {
    const people = new People([{ id: 's1', name: 'Maria', role: 'host' }]);
    people.introduce(intro('ruth abernathy', { location: 'port ellery' }), 'b1');
    expect(people.lookup('ruth')?.name).toBe('ruth abernathy');
    expect(people.lookup('ruth', 'abernathy')?.name).toBe('ruth abernathy');
    expect(people.lookup('maria')?.speakerId).toBe('s1');
    expect(people.lookup('reporter')).toBeNull();
    expect(people.places().map(([place, p]) => [place, p.name])).toEqual([['port ellery', 'ruth abernathy']]);
    expect(people.mentions('thank you, ruth.')).toBe(true);
    expect(people.mentions('the truth is out')).toBe(false);
  });

  describe('byRole', () => {
    const roster = (...roles: Speaker['role'][]): Speaker[] =>
      roles.map((role, i) => ({ id: `s${i + 1}`, name: `P${i + 1}`, role }));

    it('takes the one roster speaker with the role, an anchor for a host', () => {
      expect(new People(roster('other', 'host')).byRole('host', 'b1', '')?.target).toEqual({
        speakerId: 's2',
      });
      expect(new People(roster('anchor')).byRole('host', 'b1', '')?.target).toEqual({ speakerId: 's1' });
      expect(new People(roster('host', 'host')).byRole('host', 'b1', '')).toBeNull();
    });

    it('takes a named host candidate, never a named reporter candidate', () => {
      const people = new People([]);
      people.introduce(intro('maria keller', { kind: 'self', role: 'host' }), 'b1');
      people.introduce(intro('daniel okafor', { kind: 'self', role: 'reporter' }), 'b5');
      expect(people.byRole('host', 'b1', '')?.target).toEqual({ candidateKey: 'maria keller' });
      expect(people.byRole('reporter', 'b3', 'this report')?.target).toEqual({
        candidateKey: 'role:reporter',
      });
      expect(people.candidates().at(-1)).toEqual({
        key: 'role:reporter',
        name: 'Reporter',
        role: 'reporter',
        evidence: { blockId: 'b3', text: 'this report' },
      });
    });
  });
});
