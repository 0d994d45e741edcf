import { closeHistory } from 'prosemirror-history';
import { Fragment, type Node } from 'prosemirror-model';
import type { Command } from 'prosemirror-state';
import type { CasingMemory } from '../../core/casing/memory.ts';
import type { CaseChange } from '../../core/casing/truecase.ts';
import { META_POS } from '../queries/metaAndRoster.ts';
import { schema } from '../schema.ts';
import { CASING_META } from './learn.ts';
import type { BlockCasing } from './plan.ts';

/// Applies case changes as ONE transaction (one undo step): only letters'
/// case changes, so every block keeps its length, marks (gaps, sounds),
/// speaker, times and review mark, and its word times stay on their words.
/// A change whose word is no longer there as planned (the user typed since)
/// is left out. `memory`, when given, is saved in the same step. Reports how
/// many words changed.
export function applyCasing(
  plan: readonly BlockCasing[],
  memory?: CasingMemory,
  report?: (changed: number) => void,
): Command {
  return (state, dispatch) => {
    if (plan.length === 0 && !memory) return false;
    if (!dispatch) return true;
    const tr = state.tr;
    let changed = 0;
    // One step per chunk, not per block (a day has thousands of changed
    // blocks, and the history and every plugin map through each step).
    // Sizes never change, so no step moves another.
    const byChunk = new Map<number, Map<number, Node>>();
    for (const entry of plan) {
      const block = state.doc.nodeAt(entry.pos);
      if (!block || block.type.name !== 'block' || block.attrs['id'] !== entry.blockId) continue;
      const result = casedContent(block, entry.changes);
      if (result.applied === 0) continue;
      changed += result.applied;
      // A new `times` array tells the word-times plugin the runs are already right.
      const times = block.attrs['times'] as unknown[] | null;
      const node = block.type.create(
        { ...block.attrs, times: times ? times.slice() : null },
        result.content,
        block.marks,
      );
      const $pos = state.doc.resolve(entry.pos);
      const chunkPos = $pos.before(1);
      let blocks = byChunk.get(chunkPos);
      if (!blocks) byChunk.set(chunkPos, (blocks = new Map()));
      blocks.set($pos.index(1), node);
    }
    for (const [chunkPos, replaced] of byChunk) {
      const chunk = state.doc.nodeAt(chunkPos)!;
      const children: Node[] = [];
      chunk.forEach((child, _offset, index) => children.push(replaced.get(index) ?? child));
      tr.replaceWith(chunkPos, chunkPos + chunk.nodeSize, chunk.copy(Fragment.from(children)));
    }
    if (memory) tr.setNodeAttribute(META_POS, 'casing', memory);
    if (!tr.docChanged) return false;
    dispatch(closeHistory(tr).setMeta(CASING_META, true));
    report?.(changed);
    return true;
  };
}

/// The block's text nodes with the changes applied, marks kept.
function casedContent(block: Node, changes: readonly CaseChange[]): { content: Fragment; applied: number } {
  const pieces: Node[] = [];
  let offset = 0;
  let next = 0;
  let applied = 0;
  block.forEach((child) => {
    let text = child.text ?? '';
    const end = offset + text.length;
    for (; next < changes.length && changes[next]!.from < end; next++) {
      const change = changes[next]!;
      const from = change.from - offset;
      const to = change.to - offset;
      // A word split across text nodes is never planned (tags are locked);
      // one whose text changed since the plan is skipped.
      if (from < 0 || to > text.length || text.slice(from, to) !== change.before) continue;
      if (change.after.length !== change.before.length) continue;
      text = text.slice(0, from) + change.after + text.slice(to);
      applied++;
    }
    pieces.push(text === child.text ? child : schema.text(text, child.marks));
    offset = end;
  });
  return { content: Fragment.from(pieces), applied };
}
