import type { Node } from 'prosemirror-model';
import { speakerNumbers } from '../../core/speakerNumbers.ts';
import type { Speaker } from '../../core/transcript.ts';
import { ROLE_LABELS, speakerColor } from '../speakerStyle.ts';

export interface SpeakerLabel {
  name: string;
  role: string;
  color: string;
}

/// What a block needs from the rest of the document to draw its header:
/// speaker labels by id and the programme's start clock.
export interface BlockContext {
  speakers: Map<string, SpeakerLabel>;
  startClock: number | null;
}

let lastMeta: Node | null = null;
let lastRoster: Node | null = null;
let last: BlockContext | null = null;

/// Memoised on the identity of the meta and roster nodes, which only change
/// when someone edits them: thousands of block views share one context.
export function blockContext(doc: Node): BlockContext {
  const meta = doc.child(0);
  const roster = doc.child(1);
  if (last && meta === lastMeta && roster === lastRoster) return last;
  const speakers = new Map<string, SpeakerLabel>();
  const list = roster.attrs['speakers'] as Speaker[];
  const numbers = speakerNumbers(list);
  list.forEach((s, i) =>
    speakers.set(s.id, {
      name: s.name,
      role: ROLE_LABELS[s.role] ?? s.role,
      color: speakerColor(s, numbers[i]!),
    }),
  );
  const startClock = (meta.attrs['meta'] as { startClock?: number }).startClock;
  last = { speakers, startClock: startClock ?? null };
  lastMeta = meta;
  lastRoster = roster;
  return last;
}
