import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { findSuspects, type SuspectOptions } from '../../core/suspects/index.ts';
import { blocksInRange, forEachBlock } from '../blocks.ts';
import { changedRanges } from '../changedRanges.ts';

interface SuspectsState {
  options: SuspectOptions | null;
  /// Words the user said are fine, this session (`kind:text`).
  dismissed: ReadonlySet<string>;
  marks: DecorationSet;
}

export const suspectsKey = new PluginKey<SuspectsState>('suspects');

type Meta = { options: SuspectOptions } | { dismiss: string };

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
      init: () => ({ options: null, dismissed: new Set(), marks: DecorationSet.empty }),
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(suspectsKey) as Meta | undefined;
        if (meta && 'options' in meta) {
          return {
            ...value,
            options: meta.options,
            marks: markAll(state.doc, meta.options, value.dismissed),
          };
        }
        if (meta && 'dismiss' in meta) {
          const dismissed = new Set(value.dismissed).add(meta.dismiss);
          const gone = value.marks.find(undefined, undefined, (spec) => spec['key'] === meta.dismiss);
          return { ...value, dismissed, marks: value.marks.remove(gone) };
        }
        if (!tr.docChanged || !value.options) return value;
        return { ...value, marks: remarkChanged(tr, value, state.doc) };
      },
    },
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
  return findSuspects(text, options).flatMap((s) => {
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

function markAll(doc: Node, options: SuspectOptions, dismissed: ReadonlySet<string>): DecorationSet {
  const decos: Decoration[] = [];
  forEachBlock(doc, (block, pos) => {
    decos.push(...blockMarks(block, pos, options, dismissed));
  });
  return DecorationSet.create(doc, decos);
}

function remarkChanged(tr: Transaction, value: SuspectsState, doc: Node): DecorationSet {
  const ranges = changedRanges([tr]);
  if (!ranges) return markAll(doc, value.options!, value.dismissed);
  let marks = value.marks.map(tr.mapping, doc);
  for (const [from, to] of ranges) {
    for (const block of blocksInRange(doc, from, to)) {
      marks = marks.remove(marks.find(block.pos, block.pos + block.node.nodeSize));
      marks = marks.add(doc, blockMarks(block.node, block.pos, value.options!, value.dismissed));
    }
  }
  return marks;
}
