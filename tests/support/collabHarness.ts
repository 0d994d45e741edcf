import type { Node } from 'prosemirror-model';
import { EditorState, type Transaction } from 'prosemirror-state';
import { updateYFragment, yXmlFragmentToProseMirrorRootNode, ySyncPluginKey } from 'y-prosemirror';
import * as Y from 'yjs';
import { FRAGMENT } from '../../src/core/team/library.ts';
import { fillFragment } from '../../src/editor/collab/fill.ts';
import { repairTimes, timesRepairPlugin } from '../../src/editor/collab/timesRepair.ts';
import { schema } from '../../src/editor/schema.ts';
import { editorPlugins, noHooks } from '../../src/editor/state.ts';

const REMOTE = 'remote';

/// One person's editor on a shared document, without a view: a Yjs document
/// and a ProseMirror state bound the way y-prosemirror's sync plugin binds
/// them (its headless functions; the binding itself needs a DOM). Local edits
/// go through the editor's own plugins and are then written to Yjs; updates
/// from others are applied to Yjs (where the word-times repair watches) and
/// the editor's document is rebuilt from it, dispatched as a change from
/// the shared document, as the binding does.
export class SimEditor {
  readonly ydoc = new Y.Doc();
  readonly fragment = this.ydoc.getXmlFragment(FRAGMENT);
  state: EditorState;
  /// Updates made here (edits and repairs), not yet taken by `takeOutbox`.
  private outbox: Uint8Array[] = [];
  /// Transactions plugins appended to changes that arrived (must stay none).
  appendedToRemote = 0;
  private readonly meta = { mapping: new Map(), isOMark: new Map() };

  constructor(initial: Uint8Array) {
    Y.applyUpdate(this.ydoc, initial, REMOTE);
    this.ydoc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) this.outbox.push(update);
    });
    repairTimes(this.fragment);
    this.state = EditorState.create({
      doc: this.fromYjs(),
      plugins: [...editorPlugins(noHooks, null), timesRepairPlugin(this.fragment)],
    });
  }

  /// A local edit, with whatever the plugins append, then written to Yjs.
  apply(tr: Transaction): void {
    this.state = this.state.applyTransaction(tr).state;
    this.ydoc.transact(
      () => updateYFragment(this.ydoc, this.fragment, this.state.doc, this.meta),
      ySyncPluginKey,
    );
  }

  /// An update from another editor.
  receive(update: Uint8Array): void {
    Y.applyUpdate(this.ydoc, update, REMOTE);
    const doc = this.fromYjs();
    if (doc.eq(this.state.doc)) return;
    const tr = this.state.tr
      .replaceWith(0, this.state.doc.content.size, doc.content)
      .setMeta(ySyncPluginKey, { isChangeOrigin: true });
    const { state, transactions } = this.state.applyTransaction(tr);
    this.appendedToRemote += transactions.length - 1;
    this.state = state;
  }

  takeOutbox(): Uint8Array[] {
    const out = this.outbox;
    this.outbox = [];
    return out;
  }

  fromYjs(): Node {
    return yXmlFragmentToProseMirrorRootNode(this.fragment, schema);
  }
}

/// The state of a shared document holding `doc`, as the server would send it.
export function sharedState(doc: Node): Uint8Array {
  const ydoc = new Y.Doc();
  fillFragment(ydoc.getXmlFragment(FRAGMENT), doc);
  return Y.encodeStateAsUpdate(ydoc);
}

/// Delivers every pending update to every other editor until none is left
/// (a delivery can cause a repair, which is sent on in turn).
export function settle(editors: readonly SimEditor[]): void {
  for (let round = 0; round < 20; round++) {
    const sent = editors.map((e) => e.takeOutbox());
    if (sent.every((s) => s.length === 0)) return;
    sent.forEach((updates, from) => {
      editors.forEach((to, i) => {
        if (i !== from) for (const update of updates) to.receive(update);
      });
    });
  }
  throw new Error('editors did not settle');
}
