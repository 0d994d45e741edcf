import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { SuspectOptions } from '../../core/suspects/index.ts';
import { blocksInRange, forEachBlock, type BlockAt } from '../queries/blocks.ts';
import { changedRanges } from '../changedRanges.ts';
import { blockSuspects, isChecked } from './suspectCache.ts';
import { SuspectChecker } from './suspectChecker.ts';

interface SuspectsState {
  options: SuspectOptions | null;
  /// Words the user said are fine, this session (`kind:text`).
  dismissed: ReadonlySet<string>;
  marks: DecorationSet;
  /// Set when a change touched more blocks than are checked at once; the
  /// checker goes through them in idle time and then refreshes the marks.
  pending: boolean;
}

export const suspectsKey = new PluginKey<SuspectsState>('suspects');

/// Blocks checked within one transaction (typing touches one). A
/// replace-all or a newly opened day of captions touches thousands: those
/// are checked in idle time, and their marks follow a moment later.
const SYNC_BLOCKS = 200;

type Meta = { options: SuspectOptions } | { dismiss: string } | { refresh: true };

/// Marks every block again once the checker has gone through them all.
export function refreshSuspects(tr: Transaction): Transaction {
  return tr.setMeta(suspectsKey, { refresh: true } satisfies Meta).setMeta('addToHistory', false);
}

/// Starts marking once the word list has loaded (it loads lazily).
export function setSuspectOptions(tr: Transaction, options: SuspectOptions): Transaction {
  return tr.setMeta(suspectsKey, { options } satisfies Meta).setMeta('addToHistory', false);
}

/// Likely caption errors, softly marked: doubled words, self-corrections,
/// doubled or dropped letters, glued words, words not in the word list.
/// Decorations mapped through edits; only edited blocks are checked again.
export function suspectsPlugin(): Plugin<SuspectsState> {
  return new Plugin<SuspectsState>({
    key: suspectsKey,
    state: {
      init: () => ({ options: null, dismissed: new Set(), marks: DecorationSet.empty, pending: false }),
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(suspectsKey) as Meta | undefined;
        if (meta && 'options' in meta) {
          const marks = markAll(state.doc, meta.options, value.dismissed, SYNC_BLOCKS);
          return { ...value, options: meta.options, marks: marks ?? DecorationSet.empty, pending: !marks };
        }
        if (meta && 'refresh' in meta) {
          if (!value.options) return value;
          const marks = markAll(state.doc, value.options, value.dismissed, Infinity)!;
          return { ...value, marks, pending: false };
        }
        if (meta && 'dismiss' in meta) {
          const dismissed = new Set(value.dismissed).add(meta.dismiss);
          const gone = value.marks.find(undefined, undefined, (spec) => spec['key'] === meta.dismiss);
          return { ...value, dismissed, marks: value.marks.remove(gone) };
        }
        if (!tr.docChanged || !value.options) return value;
        return remarkChanged(tr, value, state.doc);
      },
    },
    view: (view) =>
      new SuspectChecker(view, {
        pending: (state) => {
          const value = suspectsKey.getState(state);
          return value?.pending && value.options ? value.options : null;
        },
        refresh: refreshSuspects,
      }),
    props: {
      decorations: (state) => suspectsKey.getState(state)?.marks ?? null,
    },
  });
}

/// The suspect mark under the cursor, if any.
export function suspectAt(
  state: EditorState,
): { from: number; to: number; key: string; message: string } | null {
  const marks = suspectsKey.getState(state)?.marks;
  const { from, to } = state.selection;
  const found = marks?.find(from, to)[0];
  if (!found) return null;
  return {
    from: found.from,
    to: found.to,
    key: found.spec['key'] as string,
    message: found.spec['message'] as string,
  };
}

/// Dismisses the suspect at the cursor, and every mark of the same word.
export function dismissSuspect(state: EditorState, dispatch?: (tr: Transaction) => void): boolean {
  const suspect = suspectAt(state);
  if (!suspect) return false;
  if (dispatch) dispatch(state.tr.setMeta(suspectsKey, { dismiss: suspect.key } satisfies Meta));
  return true;
}

/// Whether some blocks still wait to be checked in idle time.
export function suspectsPending(state: EditorState): boolean {
  return suspectsKey.getState(state)?.pending ?? false;
}

export function suspectCount(state: EditorState): number {
  return suspectsKey.getState(state)?.marks.find().length ?? 0;
}

function blockMarks(
  block: Node,
  pos: number,
  options: SuspectOptions,
  dismissed: ReadonlySet<string>,
): Decoration[] {
  const text = block.textContent;
  if (!text) return [];
  return blockSuspects(block, options).flatMap((s) => {
    const key = `${s.kind}:${text.slice(s.from, s.to).toLowerCase()}`;
    if (dismissed.has(key)) return [];
    const title = s.suggestion
      ? `${s.message} Perhaps “${s.suggestion}”? (Alt+D dismisses)`
      : `${s.message} (Alt+D dismisses)`;
    return [
      Decoration.inline(
        pos + 1 + s.from,
        pos + 1 + s.to,
        { class: `suspect suspect-${s.kind}`, title },
        { key, message: s.message },
      ),
    ];
  });
}

/// Marks for the whole document, or null when more than `budget` blocks are
/// not checked yet (those checked so far stay cached).
function markAll(
  doc: Node,
  options: SuspectOptions,
  dismissed: ReadonlySet<string>,
  budget: number,
): DecorationSet | null {
  const decos: Decoration[] = [];
  let unchecked = 0;
  forEachBlock(doc, (block, pos) => {
    if (!isChecked(block, options) && ++unchecked > budget) return false;
    decos.push(...blockMarks(block, pos, options, dismissed));
  });
  return unchecked > budget ? null : DecorationSet.create(doc, decos);
}

function remarkChanged(tr: Transaction, value: SuspectsState, doc: Node): SuspectsState {
  const ranges = changedRanges([tr]);
  const marks = value.marks.map(tr.mapping, doc);
  const blocks: BlockAt[] = [];
  let unchecked = 0;
  for (const [from, to] of ranges ?? []) {
    for (const block of blocksInRange(doc, from, to)) {
      blocks.push(block);
      if (!isChecked(block.node, value.options!)) unchecked++;
    }
  }
  if (!ranges || unchecked > SYNC_BLOCKS) return { ...value, marks, pending: true };
  let next = marks;
  for (const block of blocks) {
    next = next.remove(next.find(block.pos, block.pos + block.node.nodeSize));
    next = next.add(doc, blockMarks(block.node, block.pos, value.options!, value.dismissed));
  }
  return { ...value, marks: next };
}
