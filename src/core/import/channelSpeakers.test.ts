import { describe, expect, it } from 'vitest';
import { ChannelSpeakers } from './channelSpeakers.ts';
import { SpeakerRoster } from './speakerLabels.ts';

describe('ChannelSpeakers', () => {
  it('names a channel by its number, and by its voices when it has several', () => {
    const roster = new SpeakerRoster();
    const speakers = new ChannelSpeakers(roster);
    const heard: [number, string | null][] = [
      [0, null],
      [1, '4'],
      [1, '2'],
      [2, '0'],
    ];
    for (const [channel, label] of heard) speakers.note(channel, label);
    const ids = [...heard, [1, '4'] as const, [1, null] as const].map(([c, l]) => speakers.id(c, l));
    expect(ids).toEqual(['s1', 's2', 's3', 's4', 's2', 's5']);
    expect(roster.speakers.map((s) => s.name)).toEqual([
      'Channel 1',
      'Channel 2 Speaker 1',
      'Channel 2 Speaker 2',
      'Channel 3',
      'Channel 2',
    ]);
  });

  it('leaves a turn with no channel unassigned', () => {
    const speakers = new ChannelSpeakers(new SpeakerRoster());
    expect(speakers.id(null, '0')).toBeNull();
  });
});
