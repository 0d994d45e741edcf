/// Word times through the clipboard: text cut or copied from a turn and
/// pasted (or dragged) elsewhere keeps the times of its words, in this
/// editor or another one.
///
/// A block's `times` count characters from the start of the block's text,
/// but a copied slice holds pieces of blocks. So on copy each block of the
/// slice gets the runs of the piece it holds, counted from the piece's start
/// (`copiedSlice`); they travel in the clipboard HTML as the block's
/// `data-times` (../schema.ts), or in ProseMirror's slice context. On paste the
/// slice's runs are read and checked, and every block's `times` in the
/// slice is cleared (`takePastedTimes`), since clipboard HTML can come from
/// anywhere; once the paste is in the document the word-times plugin places
/// the checked runs on the pasted text (`placePastedRuns`).

import { Fragment, Slice, type Node } from 'prosemirror-model';
import { parseWordTimes, timedRuns, wordTimes, type TimedRun, type WordTimes } from './runs.ts';

/// The text of a paste and its runs, `from`/`to` counted in that text.
export interface PastedTimes {
  text: string;
  runs: TimedRun[];
}

/// `slice` (the document from `from` to `to`) with each block's times cut
/// to the piece of the block it holds. Blocks the count cannot match get
/// none.
export function copiedSlice(slice: Slice, doc: Node, from: number, to: number): Slice {
  const pieces: (WordTimes | null)[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (node.type.name !== 'block') return true;
    const textStart = pos + 1;
    const a = Math.max(from, textStart) - textStart;
    const b = Math.min(to, textStart + node.content.size) - textStart;
    pieces.push(cutRuns(node.attrs['times'] as WordTimes | null, a, b));
    return false;
  });
  let count = 0;
  slice.content.descendants((node) => {
    if (node.type.name !== 'block') return true;
    count++;
    return false;
  });
  let i = 0;
  const content = mapBlocks(slice.content, (block) =>
    withTimes(block, count === pieces.length ? (pieces[i++] ?? null) : null),
  );
  return new Slice(content, slice.openStart, slice.openEnd);
}

/// The checked runs of a slice about to be pasted, counted in its text, and
/// the slice with no block holding times of its own.
export function takePastedTimes(slice: Slice): { slice: Slice; pasted: PastedTimes } {
  let text = '';
  const runs: TimedRun[] = [];
  const collect = (fragment: Fragment): void =>
    fragment.forEach((node) => {
      if (node.isText) {
        text += node.text;
        return;
      }
      if (node.type.name === 'block') {
        const times = parseWordTimes(node.attrs['times'], node.content.size);
        for (const run of timedRuns(times)) {
          runs.push({ ...run, from: run.from + text.length, to: run.to + text.length });
        }
      }
      collect(node.content);
    });
  collect(slice.content);
  const content = mapBlocks(slice.content, (block) => withTimes(block, null));
  return { slice: new Slice(content, slice.openStart, slice.openEnd), pasted: { text, runs } };
}

/// The pasted runs at their places in `doc`, where the text from `from` to
/// `to` is the pasted text; null when it is not (the paste was changed on
/// the way in), so no word gets a time that is not its own. A run must lie
/// inside one block's text.
export function placePastedRuns(doc: Node, from: number, to: number, pasted: PastedTimes): TimedRun[] | null {
  const segments: { pos: number; offset: number; length: number }[] = [];
  let text = '';
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isText) return true;
    const start = Math.max(from, pos);
    const end = Math.min(to, pos + node.nodeSize);
    if (end > start) {
      segments.push({ pos: start, offset: text.length, length: end - start });
      text += node.text!.slice(start - pos, end - pos);
    }
    return false;
  });
  if (text !== pasted.text) return null;
  const placed: TimedRun[] = [];
  let s = 0;
  for (const run of pasted.runs) {
    while (s < segments.length && segments[s]!.offset + segments[s]!.length <= run.from) s++;
    let e = s;
    while (e < segments.length && segments[e]!.offset + segments[e]!.length < run.to) e++;
    const first = segments[s];
    const last = segments[e];
    if (!first || !last) break;
    const a = first.pos + (run.from - first.offset);
    const b = last.pos + (run.to - last.offset);
    if (doc.resolve(a).parent !== doc.resolve(b).parent) continue;
    placed.push({ ...run, from: a, to: b });
  }
  return placed;
}

/// The runs in characters `a` to `b`, counted from `a`. A word cut by the
/// selection keeps its time on the part copied, as it would on the part
/// left after deleting the rest.
function cutRuns(times: WordTimes | null, a: number, b: number): WordTimes | null {
  const runs: TimedRun[] = [];
  for (const run of timedRuns(times)) {
    const from = Math.max(run.from, a);
    const to = Math.min(run.to, b);
    if (to > from) runs.push({ ...run, from: from - a, to: to - a });
  }
  return wordTimes(runs);
}

function withTimes(block: Node, times: WordTimes | null): Node {
  if (block.attrs['times'] === times) return block;
  return block.type.create({ ...block.attrs, times }, block.content, block.marks);
}

/// `fragment` with every block replaced by `fn(block)`, in document order.
function mapBlocks(fragment: Fragment, fn: (block: Node) => Node): Fragment {
  let changed = false;
  const out: Node[] = [];
  fragment.forEach((node) => {
    let next = node;
    if (node.type.name === 'block') next = fn(node);
    else if (!node.isText && node.childCount > 0) {
      const content = mapBlocks(node.content, fn);
      if (content !== node.content) next = node.copy(content);
    }
    if (next !== node) changed = true;
    out.push(next);
  });
  return changed ? Fragment.fromArray(out) : fragment;
}
