/// Speakers of a recording with one audio channel per party (a phone call,
/// a studio with a microphone each): the channel is who speaks. Each channel
/// is a roster entry "Channel 1", "Channel 2", ... (numbered from 1 as the
/// source numbers them from 0); a channel that diarization split into
/// several voices gives "Channel 1 Speaker 1", "Channel 1 Speaker 2", ...,
/// numbered within the channel in order of first appearance. Names, not
/// machine labels: "Speaker 1" alone would say nothing about the channel.

import type { SpeakerRoster } from './speakerLabels.ts';

export class ChannelSpeakers {
  /// The distinct speaker labels of each channel, from `note`.
  private readonly labels = new Map<number, Set<string>>();
  /// Within-channel numbers handed out so far, by channel and label.
  private readonly numbers = new Map<number, Map<string, number>>();

  constructor(private readonly roster: SpeakerRoster) {}

  /// First pass: a label heard on a channel. Whether a channel is named
  /// alone or by its voices depends on all its labels, so every one is
  /// noted before the first `id`.
  note(channel: number, label: string | null): void {
    const key = labelKey(label);
    if (key === null) return;
    let set = this.labels.get(channel);
    if (!set) this.labels.set(channel, (set = new Set()));
    set.add(key);
  }

  /// Second pass, in transcript order: the roster id for a label on a
  /// channel; null for no channel (the turn stays unassigned).
  id(channel: number | null, label: string | null): string | null {
    if (channel === null) return null;
    const name = `Channel ${channel + 1}`;
    const key = labelKey(label);
    if (key === null || (this.labels.get(channel)?.size ?? 0) < 2) return this.roster.id(name);
    let numbers = this.numbers.get(channel);
    if (!numbers) this.numbers.set(channel, (numbers = new Map()));
    let n = numbers.get(key);
    if (n === undefined) numbers.set(key, (n = numbers.size + 1));
    return this.roster.id(`${name} Speaker ${n}`);
  }
}

function labelKey(label: string | null): string | null {
  const key = label?.trim() ?? '';
  return key === '' ? null : key;
}
