import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Mapping } from 'prosemirror-transform';
import { sameTimes, timedRuns, wordTimes, type TimedRun, type WordTimes } from '../wordTimes.ts';

export const wordTimesKey = new PluginKey('wordTimes');

interface Placed {
  node: Node;
  pos: number;
}

/// Keeps each block's word times (wordTimes.ts) on their words through any
/// edit: typing inside or around a word, deleting it, joining or splitting
/// blocks, pasting over. The runs of the blocks an edit changed are mapped
/// through it, as a mark would be, and handed to whichever block now holds
/// them, in the same undo step.
///
/// A block whose `times` the edit itself set to a new value (undo and redo,
/// a join, replace all, a new document) is taken as it is: commands that set
/// `times` must do so after their text edits.
export function wordTimesPlugin(): Plugin {
  return new Plugin({
    key: wordTimesKey,
    appendTransaction(transactions, oldState, newState) {
      if (!transactions.some((tr) => tr.docChanged)) return null;
      const oldBlocks = changedBlocks(oldState.doc, newState.doc);
      if (!oldBlocks.some((b) => b.node.attrs['times'])) return null;
      const newBlocks = changedBlocks(newState.doc, oldState.doc);
      const inherited = new Set(oldBlocks.map((b) => b.node.attrs['times'] as WordTimes | null));
      const oldById = new Map(oldBlocks.map((b) => [idOf(b), b.node]));
      const newIds = new Set(newBlocks.map(idOf));
      // Runs move into another block only when a block is split off (a new
      // id) or a timed block goes (joined into its neighbour, or deleted
      // across): otherwise a block without times stays without.
      const timedBlockGone = oldBlocks.some((b) => b.node.attrs['times'] && !newIds.has(idOf(b)));
      const targets = newBlocks.filter((b) => {
        const times = b.node.attrs['times'] as WordTimes | null;
        const before = oldById.get(idOf(b));
        if (times !== null) {
          if (!inherited.has(times)) return false;
        } else if (before && !timedBlockGone) {
          return false;
        }
        // An attribute change (a speaker, a review) leaves the text and so
        // the times where they were.
        return !(before && before.content === b.node.content && before.attrs['times'] === times);
      });
      if (targets.length === 0) return null;
      const mapping = new Mapping();
      for (const tr of transactions) mapping.appendMapping(tr.mapping);
      const mapped = mappedRuns(oldBlocks, mapping);
      let tr: Transaction | null = null;
      // Both in document order: one pass hands each run to its block.
      let next = 0;
      for (const block of targets) {
        const textStart = block.pos + 1;
        const textEnd = textStart + block.node.content.size;
        while (next < mapped.length && mapped[next]!.from < textStart) next++;
        const runs: TimedRun[] = [];
        for (let i = next; i < mapped.length && mapped[i]!.from < textEnd; i++) {
          const run = mapped[i]!;
          if (run.to <= textEnd) runs.push({ ...run, from: run.from - textStart, to: run.to - textStart });
        }
        const times = wordTimes(runs);
        if (sameTimes(times, block.node.attrs['times'] as WordTimes | null)) continue;
        tr ??= newState.tr;
        tr.setNodeAttribute(block.pos, 'times', times);
      }
      return tr;
    },
  });
}

const idOf = (b: Placed) => b.node.attrs['id'] as string;

/// Runs of `blocks` (positions in the old document) in the new one; runs
/// whose text was deleted are gone.
function mappedRuns(blocks: readonly Placed[], mapping: Mapping): TimedRun[] {
  const runs: TimedRun[] = [];
  for (const block of blocks) {
    const textStart = block.pos + 1;
    for (const run of timedRuns(block.node.attrs['times'] as WordTimes | null)) {
      // Text typed right before or after a word is not part of it.
      const from = mapping.map(textStart + run.from, 1);
      const to = mapping.map(textStart + run.to, -1);
      if (to > from) runs.push({ ...run, from, to });
    }
  }
  return runs.sort((a, b) => a.from - b.from);
}

/// Blocks of `doc` that are not in `other`: blocks are immutable, so an edit
/// leaves every block it did not touch the same node, in the same chunk.
function changedBlocks(doc: Node, other: Node): Placed[] {
  const docChunks = new Set<Node>();
  doc.forEach((chunk) => docChunks.add(chunk));
  const otherChunks = new Set<Node>();
  const otherBlocks = new Set<Node>();
  other.forEach((chunk) => {
    otherChunks.add(chunk);
    if (chunk.type.name === 'chunk' && !docChunks.has(chunk)) chunk.forEach((b) => otherBlocks.add(b));
  });
  const changed: Placed[] = [];
  doc.forEach((chunk, offset) => {
    if (chunk.type.name !== 'chunk' || otherChunks.has(chunk)) return;
    chunk.forEach((block, inner) => {
      if (!otherBlocks.has(block)) changed.push({ node: block, pos: offset + 1 + inner });
    });
  });
  return changed;
}
