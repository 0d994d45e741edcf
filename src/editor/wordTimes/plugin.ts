import type { Node } from 'prosemirror-model';
import { isHistoryTransaction } from 'prosemirror-history';
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Mapping } from 'prosemirror-transform';
import { isRemoteChange } from '../collab/origin.ts';
import { changedBlocks, type Placed } from '../queries/changedBlocks.ts';
import { copiedSlice, placePastedRuns, takePastedTimes, type PastedTimes } from './clipboard.ts';
import { sameTimes, timedRuns, wordTimes, type TimedRun, type WordTimes } from './runs.ts';

export const wordTimesKey = new PluginKey('wordTimes');

/// Keeps each block's word times (runs.ts) on their words through any
/// edit: typing inside or around a word, deleting it, joining or splitting
/// blocks, pasting over. The runs of the blocks an edit changed are mapped
/// through it, as a mark would be, and handed to whichever block now holds
/// them, in the same undo step.
///
/// A block whose `times` the edit itself set to a new value (a join, replace
/// all, a new document) is taken as it is: commands that set `times` must do
/// so after their text edits. Undo and redo are left alone: the steps this
/// plugin appends belong to the edit's undo event, so they bring back every
/// block's times with its text (a block that had none, restored by undoing
/// a join, must not be handed the runs around it).
///
/// Text pasted or dropped brings the times it had where it was copied from
/// (clipboard.ts).
export function wordTimesPlugin(): Plugin {
  // The runs of the paste being made: set while the slice is prepared,
  // used by the transaction that inserts it.
  let pasting: PastedTimes | null = null;
  return new Plugin({
    key: wordTimesKey,
    props: {
      transformCopied: (slice, view) =>
        copiedSlice(slice, view.state.doc, view.state.selection.from, view.state.selection.to),
      transformPasted: (slice) => {
        const taken = takePastedTimes(slice);
        pasting = taken.pasted.runs.length > 0 ? taken.pasted : null;
        return taken.slice;
      },
    },
    appendTransaction(transactions, oldState, newState) {
      if (!transactions.some((tr) => tr.docChanged)) return null;
      if (transactions.some(isHistoryTransaction)) return null;
      // A colleague's edit comes with the times their editor gave it (the
      // team document's own check, collab/timesRepair.ts, mends a clash).
      if (transactions.some(isRemoteChange)) return null;
      const pasted = pasting && pastedRuns(transactions, newState.doc, pasting);
      pasting = null;
      const oldBlocks = changedBlocks(oldState.doc, newState.doc);
      if (!pasted && !oldBlocks.some((b) => b.node.attrs['times'])) return null;
      const newBlocks = changedBlocks(newState.doc, oldState.doc);
      const inherited = new Set(oldBlocks.map((b) => b.node.attrs['times'] as WordTimes | null));
      const oldById = new Map(oldBlocks.map((b) => [idOf(b), b.node]));
      const newIds = new Set(newBlocks.map(idOf));
      // Runs move into another block only when a block is split off (a new
      // id) or a timed block goes (joined into its neighbour, or deleted
      // across): otherwise a block without times stays without.
      const timedBlockGone = oldBlocks.some((b) => b.node.attrs['times'] && !newIds.has(idOf(b)));
      const targets = newBlocks.filter((b) => {
        if (pasted && b.pos < pasted.to && b.pos + b.node.nodeSize > pasted.from) return true;
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
      let mapped = mappedRuns(oldBlocks, mapping);
      // Pasted words keep their own times, even pasted inside another word.
      if (pasted) mapped = [...cutAround(mapped, pasted.runs), ...pasted.runs];
      mapped.sort((a, b) => a.from - b.from);
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
  return runs;
}

/// `runs` less the stretches that `cuts` cover (a run may fall in two).
function cutAround(runs: readonly TimedRun[], cuts: readonly TimedRun[]): TimedRun[] {
  const out: TimedRun[] = [];
  for (const run of runs) {
    let from = run.from;
    for (const cut of cuts) {
      if (cut.to <= from || cut.from >= run.to) continue;
      if (cut.from > from) out.push({ ...run, from, to: cut.from });
      from = Math.max(from, cut.to);
    }
    if (run.to > from) out.push({ ...run, from });
  }
  return out;
}

/// Where the paste (or drop) among `transactions` put the text, in `doc`,
/// and the pasted runs placed on it; null when there was none or its text
/// is not there as pasted.
function pastedRuns(
  transactions: readonly Transaction[],
  doc: Node,
  pasted: PastedTimes,
): { from: number; to: number; runs: TimedRun[] } | null {
  const at = transactions.findIndex((tr) => ['paste', 'drop'].includes(tr.getMeta('uiEvent') as string));
  const tr = transactions[at];
  if (!tr || tr.steps.length === 0) return null;
  // The last step inserts the slice (a drop that moves deletes first).
  let from = 0;
  let to = 0;
  tr.mapping.maps[tr.mapping.maps.length - 1]!.forEach((_oldFrom, _oldTo, newFrom, newTo) => {
    from = newFrom;
    to = newTo;
  });
  for (const later of transactions.slice(at + 1)) {
    from = later.mapping.map(from, 1);
    to = later.mapping.map(to, -1);
  }
  const runs = to > from ? placePastedRuns(doc, from, to, pasted) : null;
  return runs && runs.length > 0 ? { from, to, runs } : null;
}
