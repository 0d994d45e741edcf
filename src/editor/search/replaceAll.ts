import { closeHistory } from 'prosemirror-history';
import { Fragment, Mark, type Node } from 'prosemirror-model';
import type { Command } from 'prosemirror-state';
import type { Decoration } from 'prosemirror-view';
import { StepMap } from 'prosemirror-transform';
import { marks, schema } from '../schema.ts';
import { timedRuns, wordTimes, type WordTimes } from '../wordTimes/runs.ts';
import { searchHits, searchState } from './plugin.ts';
import { replacementText } from './query.ts';

/// A match inside a block's text, as offsets into that text.
interface BlockMatch {
  from: number;
  to: number;
}

/// Replaces every match (outside gaps) in one undo step. Reports how many.
///
/// One step per chunk of blocks that has matches, not one per match: a day
/// of captions has some 15,000 matches of a common word, and the history and
/// every plugin would map through each step. Blocks without a match stay the
/// same nodes, so the view and the plugins' per-block work skip them.
export function replaceAll(
  replacement: string,
  report?: (replaced: number, skipped: number) => void,
): Command {
  return (state, dispatch) => {
    const search = searchState(state);
    if (!search?.pattern || !search.query) return false;
    const hits = searchHits(state);
    if (hits.length === 0) return false;
    if (!dispatch) return true;
    const { pattern, query } = search;
    const textFor = (matched: string) => replacementText(matched, pattern, replacement, query.regex);
    const tr = state.tr;
    let replaced = 0;
    let skipped = 0;
    let next = 0;
    let chunkPos = 0;
    const doc = state.doc;
    for (let c = 0; c < doc.childCount; c++) {
      const chunk = doc.child(c);
      const chunkEnd = chunkPos + chunk.nodeSize;
      if (chunk.type.name === 'chunk' && next < hits.length && hits[next]!.from < chunkEnd) {
        const blocks: Node[] = [];
        let blockPos = chunkPos + 1;
        let changed = false;
        for (let b = 0; b < chunk.childCount; b++) {
          const block = chunk.child(b);
          const textStart = blockPos + 1;
          const inBlock: BlockMatch[] = [];
          for (; next < hits.length && hits[next]!.to <= textStart + block.content.size; next++) {
            inBlock.push(relative(hits[next]!, textStart));
          }
          const result = inBlock.length ? replaceInBlock(block, inBlock, textFor) : null;
          if (result) {
            replaced += result.replaced;
            skipped += result.skipped;
          }
          const replacedBlock = result?.replaced ? withReplacement(block, result) : null;
          blocks.push(replacedBlock ?? block);
          changed ||= !!replacedBlock;
          blockPos += block.nodeSize;
        }
        // Replacements in earlier chunks have shifted this one.
        if (changed) {
          const from = tr.mapping.map(chunkPos);
          tr.replaceWith(from, from + chunk.nodeSize, chunk.copy(Fragment.from(blocks)));
        }
      }
      chunkPos = chunkEnd;
    }
    if (replaced > 0) dispatch(closeHistory(tr));
    report?.(replaced, skipped);
    return true;
  };
}

/// The block with its new text, and its word times moved with the text (a
/// replaced word keeps its time). The chunk-wide step would lose them.
function withReplacement(block: Node, result: BlockReplacement): Node {
  const times = block.attrs['times'] as WordTimes | null;
  if (!times) return block.copy(result.content);
  return block.type.create(
    { ...block.attrs, times: movedTimes(times, result.edits) },
    result.content,
    block.marks,
  );
}

/// `times` moved through the edits, always as a new array: the word-times
/// plugin takes times an edit set as they are, where it would otherwise map
/// the runs of every replaced block again (thousands in a replace all).
function movedTimes(times: WordTimes, edits: number[]): WordTimes | null {
  // Most often every timed run ends before the first replacement (a minute
  // anchor on a turn's first word): the times stand as they are.
  if (times[times.length - 3]! <= edits[0]!) return times.slice();
  const map = new StepMap(edits);
  const runs = timedRuns(times).flatMap((run) => {
    const from = map.map(run.from, 1);
    const to = map.map(run.to, -1);
    return to > from ? [{ ...run, from, to }] : [];
  });
  return wordTimes(runs);
}

function relative(hit: Decoration, textStart: number): BlockMatch {
  return { from: hit.from - textStart, to: hit.to - textStart };
}

interface BlockReplacement {
  content: Fragment;
  /// Where the text changed, as StepMap ranges (start, old size, new size)
  /// of offsets into the block's text.
  edits: number[];
  replaced: number;
  skipped: number;
}

/// The block's content with each match replaced, keeping the marks (word
/// times, sound) around it; the replacement takes the marks the matched text
/// shared, as typed text would. Matches touching a gap are left for the user
/// to correct as a gap.
function replaceInBlock(
  block: Node,
  matches: readonly BlockMatch[],
  textFor: (matched: string) => string,
): BlockReplacement {
  return replaceWithinTextNodes(block, matches, textFor) ?? replaceAcrossTextNodes(block, matches, textFor);
}

/// The common case, each match inside one text node: one new text node per
/// changed one (text nodes are costly to make, as ProseMirror interns their
/// strings). Null when a match spans text nodes.
function replaceWithinTextNodes(
  block: Node,
  matches: readonly BlockMatch[],
  textFor: (matched: string) => string,
): BlockReplacement | null {
  const children: Node[] = [];
  const edits: number[] = [];
  let replaced = 0;
  let skipped = 0;
  let m = 0;
  let crossing = false;
  block.forEach((child, offset) => {
    if (crossing) return;
    const end = offset + child.nodeSize;
    const text = child.text ?? '';
    const inGap = !!marks.gap.isInSet(child.marks);
    let out = '';
    let at = 0;
    for (; m < matches.length && matches[m]!.from < end; m++) {
      const match = matches[m]!;
      if (match.to > end) {
        crossing = true;
        return;
      }
      if (inGap) {
        skipped++;
        continue;
      }
      const from = match.from - offset;
      const to = match.to - offset;
      const replacement = textFor(text.slice(from, to));
      out += text.slice(at, from) + replacement;
      edits.push(match.from, to - from, replacement.length);
      at = to;
      replaced++;
    }
    if (at === 0) children.push(child);
    else if ((out += text.slice(at))) children.push(schema.text(out, child.marks));
  });
  if (crossing) return null;
  return { content: Fragment.fromArray(children), edits, replaced, skipped };
}

function replaceAcrossTextNodes(
  block: Node,
  matches: readonly BlockMatch[],
  textFor: (matched: string) => string,
): BlockReplacement {
  const pieces: Node[] = [];
  const edits: number[] = [];
  const text = block.textContent;
  let at = 0;
  let replaced = 0;
  let skipped = 0;
  for (const match of matches) {
    const over = marksOver(block.content, match.from, match.to);
    if (marks.gap.isInSet(over.any)) {
      skipped++;
      continue;
    }
    block.content.cut(at, match.from).forEach((node) => pieces.push(node));
    const replacement = textFor(text.slice(match.from, match.to));
    if (replacement) pieces.push(schema.text(replacement, over.shared));
    edits.push(match.from, match.to - match.from, replacement.length);
    at = match.to;
    replaced++;
  }
  block.content.cut(at).forEach((node) => pieces.push(node));
  return { content: Fragment.from(pieces), edits, replaced, skipped };
}

/// The marks of the text nodes over [from, to): those all of them carry, and
/// those any of them carries.
function marksOver(
  content: Fragment,
  from: number,
  to: number,
): { shared: readonly Mark[]; any: readonly Mark[] } {
  let shared: readonly Mark[] | null = null;
  let any: readonly Mark[] = Mark.none;
  content.nodesBetween(from, to, (node) => {
    shared = shared === null ? node.marks : shared.filter((m) => m.isInSet(node.marks));
    for (const mark of node.marks) any = mark.addToSet(any);
  });
  return { shared: shared ?? Mark.none, any };
}
