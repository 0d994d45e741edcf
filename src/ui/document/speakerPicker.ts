import type { Command, Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { newId } from '../../core/ids.ts';
import { roleForName } from '../../core/roleForName.ts';
import { blockAtResolved } from '../../editor/queries/blocks.ts';
import { splitBlockTr } from '../../editor/commands/splitBlock.ts';
import { addSpeaker, assignAfterSplit, assignSpeakerAt } from '../../editor/commands/speakers.ts';
import type { SessionStore } from '../../store/session.ts';
import type { EditorHost } from './editorHost.ts';

/// The speaker picker beside a turn's label: opened by a click on the label,
/// by a key in the text, or after an Alt+Enter split, whose undo step the
/// choice then joins.
export class SpeakerPicker {
  /// The split this picker follows, so the choice joins its undo step.
  private splitBefore: Transaction | null = null;

  constructor(
    private readonly host: EditorHost,
    private readonly store: SessionStore,
  ) {}

  /// The editor key that opens the picker on the turn at the cursor.
  readonly pickCommand: Command = (state, dispatch, view) => {
    const block = blockAtResolved(state.selection.$from);
    if (!block || !view) return false;
    if (dispatch) this.openAt(view, block.pos, false);
    return true;
  };

  /// Alt+Enter: split the turn, then ask who speaks the new part.
  readonly splitAndPickCommand: Command = (state, dispatch, view) => {
    const tr = splitBlockTr(state);
    if (!tr || !view) return false;
    if (dispatch) {
      dispatch(tr.scrollIntoView());
      this.splitBefore = tr;
      const block = blockAtResolved(view.state.selection.$from);
      if (block) this.openAt(view, block.pos, true);
    }
    return true;
  };

  open(blockPos: number, anchor: HTMLElement, afterSplit = false): void {
    if (!afterSplit) this.splitBefore = null;
    const rect = anchor.getBoundingClientRect();
    this.store.setState({
      picker: { blockPos, afterSplit, anchor: { left: rect.left, top: rect.top, bottom: rect.bottom } },
    });
  }

  /// The picker's answer: a roster speaker, a new speaker by name, or nobody.
  pick(choice: { speakerId: string | null } | { newName: string }): void {
    const request = this.store.getState().picker;
    if (!request) return;
    const after = request.afterSplit ? this.splitBefore : null;
    const newSpeaker =
      'newName' in choice
        ? { id: newId('s'), name: choice.newName, role: roleForName(choice.newName) }
        : null;
    let command: Command;
    if (after) {
      command = assignAfterSplit(
        after,
        request.blockPos,
        newSpeaker ? { newSpeaker } : (choice as { speakerId: string | null }),
      );
    } else if (newSpeaker) {
      command = addSpeaker(newSpeaker, request.blockPos);
    } else {
      command = assignSpeakerAt(request.blockPos, (choice as { speakerId: string | null }).speakerId);
    }
    this.host.run(command, false);
    this.close();
  }

  close(): void {
    this.splitBefore = null;
    this.store.setState({ picker: null });
    this.host.focus();
  }

  private openAt(view: EditorView, blockPos: number, afterSplit: boolean): void {
    const dom = view.nodeDOM(blockPos);
    const label = dom instanceof HTMLElement ? dom.querySelector<HTMLElement>('.block-speaker') : null;
    if (label) this.open(blockPos, label, afterSplit);
  }
}
