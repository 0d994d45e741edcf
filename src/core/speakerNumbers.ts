import type { Speaker } from './transcript.ts';

/// Each speaker's shortcut number (Alt+1 … Alt+9, and the palette colour
/// that goes with it), in roster order. A speaker keeps the number stored on
/// it; the others take the lowest numbers left, in roster order, so a roster
/// that never lost anyone is numbered 1, 2, 3… as it always was.
export function speakerNumbers(speakers: readonly Pick<Speaker, 'number'>[]): number[] {
  const taken = new Set<number>();
  const numbers = speakers.map((s) => {
    if (s.number === undefined || taken.has(s.number)) return 0;
    taken.add(s.number);
    return s.number;
  });
  let next = 1;
  return numbers.map((n) => {
    if (n) return n;
    while (taken.has(next)) next++;
    taken.add(next);
    return next;
  });
}

/// The roster with every speaker's number written down: done before anyone
/// leaves it (merge, delete), so the others keep their numbers and colours.
export function pinSpeakerNumbers(speakers: readonly Speaker[]): Speaker[] {
  const numbers = speakerNumbers(speakers);
  return speakers.map((s, i) => (s.number === numbers[i] ? s : { ...s, number: numbers[i]! }));
}
