import type { Mark } from 'prosemirror-model';
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { changedRanges } from '../changedRanges.ts';
import { isRemoteChange } from '../collab/origin.ts';
import { findGaps } from '../queries/gapRanges.ts';
import { marks } from '../schema.ts';

export const gapStatusKey = new PluginKey('gapStatus');

/// Keeps each gap's status true to its text: `open` while the text is the
/// original tag, `corrected` once it differs; `unresolvable` sticks until the
/// text changes. Only blocks a transaction touched are examined.
export function gapStatusPlugin(): Plugin {
  return new Plugin({
    key: gapStatusKey,
    appendTransaction(transactions, _old, state) {
      const local = transactions.filter((t) => !isRemoteChange(t));
      if (!local.some((t) => t.docChanged)) return null;
      const ranges = changedRanges(local) ?? [[0, state.doc.content.size]];
      let tr: Transaction | null = null;
      for (const [from, to] of ranges) {
        const $from = state.doc.resolve(Math.min(from, state.doc.content.size));
        const $to = state.doc.resolve(Math.min(to, state.doc.content.size));
        const start = $from.depth >= 2 ? $from.before(2) : $from.pos;
        const end = $to.depth >= 2 ? $to.after(2) : $to.pos;
        for (const gap of findGaps(state.doc, start, end)) {
          const text = state.doc.textBetween(gap.from, gap.to);
          const status = nextStatus(gap.status, text === gap.tag);
          if (status === gap.status) continue;
          tr ??= state.tr;
          const old = markAt(state.doc.nodeAt(gap.from)?.marks ?? []);
          if (!old) continue;
          tr.removeMark(gap.from, gap.to, old);
          tr.addMark(gap.from, gap.to, marks.gap.create({ ...old.attrs, status }));
        }
      }
      return tr;
    },
    props: {
      // Typing right after an open gap writes plain text: the gap mark is
      // inclusive so that a correction can grow, but an untouched tag must
      // not swallow the words that follow it.
      handleTextInput(view, from, to, text) {
        if (from !== to) return false;
        const $pos = view.state.doc.resolve(from);
        const before = $pos.nodeBefore;
        const gap = before ? markAt(before.marks) : undefined;
        if (!gap || gap.attrs['status'] !== 'open') return false;
        const after = $pos.nodeAfter;
        if (after && gap.isInSet(after.marks)) return false;
        const tr = view.state.tr.insertText(text, from, to);
        tr.removeMark(from, from + text.length, marks.gap);
        view.dispatch(tr);
        return true;
      },
    },
  });
}

function markAt(set: readonly Mark[]): Mark | undefined {
  return marks.gap.isInSet(set);
}

function nextStatus(status: string, isTag: boolean): string {
  if (!isTag) return 'corrected';
  return status === 'corrected' ? 'open' : status;
}
