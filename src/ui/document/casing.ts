import type { Node as PMNode } from 'prosemirror-model';
import { emptyCasingMemory, skipWord } from '../../core/casing/memory.ts';
import type { CaseChange } from '../../core/casing/truecase.ts';
import { applyCasing } from '../../editor/casing/apply.ts';
import { planBlock, type BlockCasing } from '../../editor/casing/plan.ts';
import { forEachBlock } from '../../editor/queries/blocks.ts';
import { getCasingMemory } from '../../editor/queries/metaAndRoster.ts';
import type { EditorHost } from './editorHost.ts';

/// Blocks cased between two yields to the browser: about 10 ms of work, so
/// the page stays responsive and the progress bar moves on a day of captions.
const SLICE_BLOCKS = 150;

/// One proposed change with the words around it, for the dialog.
export interface CasingItem {
  blockIndex: number;
  change: CaseChange;
  /// Text before and after the word in its turn, trimmed to a few words.
  before: string;
  after: string;
}

export interface CasingProposal {
  plan: BlockCasing[];
  items: CasingItem[];
  turns: number;
  /// True when the proposal covers the selection only.
  selection: boolean;
  /// The document the proposal was made on: applying to another one is refused.
  doc: PMNode;
}

const CONTEXT = 40;

/// Fix capitalization: proposes the truecaser's changes for the whole
/// transcript or the selection, in slices with progress, and applies the
/// ones the user keeps as one undo step.
export class CasingFixer {
  constructor(
    private readonly host: EditorHost,
    /// The people the captions introduce, as the speaker suggestions last read them.
    private readonly introduced: () => readonly string[],
  ) {}

  async propose(
    onProgress: (done: number, total: number) => void,
    signal?: AbortSignal,
  ): Promise<CasingProposal> {
    const state = this.host.editorState;
    const doc = state.doc;
    // The truecaser and its lexicon are chunks of their own, loaded on first use.
    const [{ transcriptTruecaser }, { loadCaseLexicon }] = await Promise.all([
      import('../../core/casing/transcript.ts'),
      import('../../core/casing/lexicon.ts'),
    ]);
    const caser = transcriptTruecaser(this.host.transcript(doc), await loadCaseLexicon(), this.introduced());
    const { from, to, empty } = state.selection;
    const blocks: { node: PMNode; pos: number }[] = [];
    forEachBlock(doc, (node, pos) => {
      if (empty || (pos + node.nodeSize > from && pos < to)) blocks.push({ node, pos });
    });
    const plan: BlockCasing[] = [];
    for (let i = 0; i < blocks.length; i++) {
      const { node, pos } = blocks[i]!;
      const textStart = pos + 1;
      const range = empty ? undefined : { from: from - textStart, to: to - textStart };
      const entry = planBlock(node, pos, caser, range);
      if (entry) plan.push(entry);
      if ((i + 1) % SLICE_BLOCKS === 0) {
        onProgress(i + 1, blocks.length);
        await nextTask();
        if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
      }
    }
    onProgress(blocks.length, blocks.length);
    return { plan, items: itemsOf(plan, doc), turns: plan.length, selection: !empty, doc };
  }

  /// Applies the changes `keep` says yes to (all by default), and remembers
  /// the words the user said never to change. One undo step. Returns how many
  /// words changed, or null when the document changed since the proposal.
  apply(
    proposal: CasingProposal,
    keep?: (item: CasingItem) => boolean,
    neverChange: readonly string[] = [],
  ): number | null {
    const state = this.host.editorState;
    if (state.doc !== proposal.doc) return null;
    const kept = new Set(keep ? proposal.items.filter(keep).map((item) => item.change) : undefined);
    const plan = keep
      ? proposal.plan
          .map((entry) => ({ ...entry, changes: entry.changes.filter((c) => kept.has(c)) }))
          .filter((entry) => entry.changes.length > 0)
      : proposal.plan;
    let memory = undefined;
    if (neverChange.length > 0) {
      memory = getCasingMemory(state.doc) ?? emptyCasingMemory();
      for (const word of neverChange) memory = skipWord(memory, word);
    }
    let changed = 0;
    if (plan.length > 0) this.host.beforeBigChange('Fix capitalization');
    this.host.run(
      applyCasing(plan, memory, (n) => (changed = n)),
      false,
    );
    return changed;
  }
}

function itemsOf(plan: readonly BlockCasing[], doc: PMNode): CasingItem[] {
  const items: CasingItem[] = [];
  plan.forEach((entry, blockIndex) => {
    const block = doc.nodeAt(entry.pos);
    const text = block?.textContent ?? '';
    for (const change of entry.changes) {
      items.push({
        blockIndex,
        change,
        before: clipStart(text.slice(Math.max(0, change.from - CONTEXT), change.from), change.from > CONTEXT),
        after: clipEnd(text.slice(change.to, change.to + CONTEXT), change.to + CONTEXT < text.length),
      });
    }
  });
  return items;
}

function clipStart(text: string, cut: boolean): string {
  return cut ? `…${text.replace(/^\S*\s/, '')}` : text;
}

function clipEnd(text: string, cut: boolean): string {
  return cut ? `${text.replace(/\s\S*$/, '')}…` : text;
}

/// Lets the browser handle input and paint before the next slice.
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
