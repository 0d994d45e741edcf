import { describe, expect, it } from 'vitest';
import { SpeakerRoster, displayName, isGenericLabel } from './speakerLabels.ts';

describe('isGenericLabel', () => {
  it('knows machine labels', () => {
    for (const label of [
      'SPEAKER_00',
      'SPEAKER_1',
      'speaker 2',
      'Speaker 1',
      'Speaker A',
      'spk_0',
      'spk12',
      'S1',
    ]) {
      expect(isGenericLabel(label)).toBe(true);
    }
    for (const label of ['0', '12', 'A', 'B', 'F_S12', 'M_S3']) expect(isGenericLabel(label)).toBe(true);
  });

  it('leaves names alone', () => {
    for (const label of [
      'Al',
      'a',
      'Ann',
      'ROGER BINGHAM',
      'The Speaker',
      'FEE016',
      'Speaker of the House',
      'AB',
    ]) {
      expect(isGenericLabel(label)).toBe(false);
    }
  });
});

describe('displayName', () => {
  it('title-cases names in capitals, keeps others', () => {
    expect(displayName('JOHN SMITH')).toBe('John Smith');
    expect(displayName("MS. O'NEIL")).toBe("Ms. O'Neil");
    expect(displayName('  Roger   Bingham ')).toBe('Roger Bingham');
    expect(displayName('Neil deGrasse Tyson')).toBe('Neil deGrasse Tyson');
    expect(displayName('FEE016')).toBe('FEE016');
    expect(displayName('X'.repeat(300))).toHaveLength(200);
  });
});

describe('SpeakerRoster', () => {
  it('numbers machine labels in order of first appearance and keeps names', () => {
    const roster = new SpeakerRoster();
    expect(roster.id('SPEAKER_01')).toBe('s1');
    expect(roster.id('JOHN SMITH')).toBe('s2');
    expect(roster.id('SPEAKER_00')).toBe('s3');
    expect(roster.id('SPEAKER_01')).toBe('s1');
    expect(roster.id('John Smith')).toBe('s2');
    expect(roster.id(null)).toBeNull();
    expect(roster.id('  ')).toBeNull();
    expect(roster.speakers).toEqual([
      { id: 's1', name: 'Speaker 1', role: 'other' },
      { id: 's2', name: 'John Smith', role: 'other' },
      { id: 's3', name: 'Speaker 2', role: 'other' },
    ]);
  });

  it('treats every label as a machine label when told', () => {
    const roster = new SpeakerRoster();
    roster.id(1, 'generic');
    roster.id('Bo', 'generic');
    expect(roster.speakers.map((s) => s.name)).toEqual(['Speaker 1', 'Speaker 2']);
  });

  it('around an existing roster: fresh ids, free numbers, names matched', () => {
    const roster = new SpeakerRoster({
      existing: [
        { id: 's1', name: 'Speaker 1', role: 'other' },
        { id: 's3', name: 'Ann Lee', role: 'host' },
      ],
    });
    expect(roster.id('SPEAKER_00')).toBe('s2');
    expect(roster.id('ann lee')).toBe('s3');
    expect(roster.id('SPEAKER_01')).toBe('s4');
    expect(roster.speakers).toEqual([
      { id: 's2', name: 'Speaker 2', role: 'other' },
      { id: 's4', name: 'Speaker 3', role: 'other' },
    ]);
  });
});
