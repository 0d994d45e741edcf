import type { Node } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import { sourcedQuote, type SourcedQuote } from '../../core/source/sourcedQuote.ts';
import { turnLink } from '../../core/source/turnLink.ts';
import { blockAtPos, blockAtResolved, siblingBlock, type BlockAt } from './blocks.ts';
import { getMeta, getRoster } from './metaAndRoster.ts';
import { SECONDS_PER_WORD } from './stats.ts';
import { NO_END, type WordTimes } from '../wordTimes/runs.ts';

/// What a quote cites: the words, who said them, and the seconds of the
/// programme they take (from the first word to where the turn, or the last
/// timed word, ends).
export interface QuotePlace {
  words: string;
  speakerId: string | null;
  start: number;
  end: number;
}

/// The selected words, or the whole turn at the cursor (or at `blockPos`,
/// the position before a turn, when a turn's own button asks). Null outside
/// any turn or for a turn with no words.
export function quotePlace(state: EditorState, blockPos?: number): QuotePlace | null {
  const { doc, selection } = state;
  if (blockPos === undefined && !selection.empty) {
    const first = blockAtResolved(selection.$from);
    const last = blockAtResolved(selection.$to);
    const words = doc.textBetween(selection.from, selection.to, ' ').trim();
    if (first && last && words !== '') {
      const fromOffset = selection.from - first.pos - 1;
      const toOffset = selection.to - last.pos - 1;
      const start = timeAtOffset(first.node, fromOffset) ?? turnStart(doc, first);
      const end = Math.max(start, endAtOffset(last.node, toOffset) ?? turnEnd(doc, last));
      return { words, speakerId: first.node.attrs['speakerId'] as string | null, start, end };
    }
  }
  const block = blockPos === undefined ? blockAtResolved(selection.$from) : blockAtPos(doc, blockPos + 1);
  if (!block || block.node.textContent.trim() === '') return null;
  const start = turnStart(doc, block);
  return {
    words: block.node.textContent,
    speakerId: block.node.attrs['speakerId'] as string | null,
    start,
    end: Math.max(start, turnEnd(doc, block)),
  };
}

/// The quote as text and HTML, with the link to its moment when the
/// programme has a source.
export function quoteAt(state: EditorState, blockPos?: number): SourcedQuote | null {
  const place = quotePlace(state, blockPos);
  if (!place) return null;
  const meta = getMeta(state.doc);
  const speaker = getRoster(state.doc).find((s) => s.id === place.speakerId);
  const link = turnLink(meta.link, place.start, place.end);
  return sourcedQuote({
    words: place.words,
    meta,
    offset: place.start,
    ...(speaker ? { speaker } : {}),
    ...(link ? { link } : {}),
  });
}

/// A turn's start, or the last known start before it (0 at the top).
function turnStart(doc: Node, block: BlockAt): number {
  for (let at: BlockAt | null = block; at; at = siblingBlock(doc, at.pos, -1)) {
    const start = at.node.attrs['start'] as number | null;
    if (start !== null) return start;
  }
  return 0;
}

/// Where a turn's speech ends: at the next timed turn's start, or at its
/// last timed word's end, or after its words at a slow pace.
function turnEnd(doc: Node, block: BlockAt): number {
  const start = turnStart(doc, block);
  const times = block.node.attrs['times'] as WordTimes | null;
  let lastEnd = NO_END;
  if (times) for (let i = 3; i < times.length; i += 4) lastEnd = Math.max(lastEnd, times[i]!);
  if (lastEnd !== NO_END && lastEnd >= start) return lastEnd;
  const next = siblingBlock(doc, block.pos, 1);
  const nextStart = next ? (next.node.attrs['start'] as number | null) : null;
  if (nextStart !== null && nextStart >= start) return nextStart;
  const words = block.node.textContent.split(/\s+/).filter(Boolean).length;
  return start + words * SECONDS_PER_WORD;
}

/// The time of the word at or after `offset` in a block's text, from its
/// word times: the run holding the offset, else the next run.
function timeAtOffset(block: Node, offset: number): number | null {
  const times = block.attrs['times'] as WordTimes | null;
  if (!times) return offset === 0 ? (block.attrs['start'] as number | null) : null;
  for (let i = 0; i < times.length; i += 4) if (times[i + 1]! > offset) return times[i + 2]!;
  return null;
}

/// The end of the last timed word before `offset`, when it has one.
function endAtOffset(block: Node, offset: number): number | null {
  const times = block.attrs['times'] as WordTimes | null;
  if (!times || offset >= block.content.size) return null;
  let end: number | null = null;
  for (let i = 0; i < times.length && times[i]! < offset; i += 4) {
    end = times[i + 3] === NO_END ? end : times[i + 3]!;
  }
  return end;
}
