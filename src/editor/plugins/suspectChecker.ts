import type { EditorState, PluginView, Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { SuspectOptions } from '../../core/suspects/index.ts';
import { forEachBlock } from '../queries/blocks.ts';
import { blockSuspects, isChecked } from './suspectCache.ts';

export interface CheckerHooks {
  /// The options to check with while blocks are waiting, else null.
  pending(state: EditorState): SuspectOptions | null;
  /// The transaction that marks every block once all are checked.
  refresh(tr: Transaction): Transaction;
}

/// Blocks checked in a slice even when the browser reports no idle time
/// left (a callback run by its timeout), so that the work always advances.
const MIN_SLICE = 20;

interface Deadline {
  timeRemaining(): number;
}

/// Checks waiting blocks for suspect words in idle time, a slice at a time,
/// so that a replace-all or a newly opened day of captions never holds up
/// typing; then asks the plugin to mark them all at once.
export class SuspectChecker implements PluginView {
  private job: (() => void) | null = null;

  constructor(
    private view: EditorView,
    private readonly hooks: CheckerHooks,
  ) {
    this.update(view);
  }

  update(view: EditorView): void {
    this.view = view;
    if (this.hooks.pending(view.state)) this.schedule();
  }

  destroy(): void {
    this.job?.();
    this.job = null;
  }

  private schedule(): void {
    if (this.job) return;
    this.job = whenIdle((deadline) => {
      this.job = null;
      this.work(deadline);
    });
  }

  private work(deadline: Deadline): void {
    const state = this.view.state;
    const options = this.hooks.pending(state);
    if (!options) return;
    let done = true;
    let checked = 0;
    forEachBlock(state.doc, (block) => {
      if (isChecked(block, options)) return true;
      if (checked >= MIN_SLICE && deadline.timeRemaining() < 1) return (done = false);
      blockSuspects(block, options);
      checked++;
      return true;
    });
    if (done) this.view.dispatch(this.hooks.refresh(state.tr));
    else this.schedule();
  }
}

/// Runs `task` when the browser is idle; returns a cancel function.
function whenIdle(task: (deadline: Deadline) => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => {
    const end = Date.now() + 8;
    task({ timeRemaining: () => Math.max(0, end - Date.now()) });
  }, 0);
  return () => clearTimeout(id);
}
