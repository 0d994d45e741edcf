import type { Awareness } from 'y-protocols/awareness';
import { colleaguesKey } from '../../core/team/colleagues.ts';
import { caretResolver, colleaguesAt } from '../../editor/collab/colleagues.ts';
import type { SessionStore } from '../../store/session.ts';
import type { EditorHost } from './editorHost.ts';

/// Awareness changes with every move of every colleague's caret: the list
/// is worked out at most this often, and the store hears only of a change
/// the strip would show (a colleague came, went, or moved to another turn).
const THROTTLE_MS = 400;

/// Where everyone is in the open shared document, for the timeline strip.
export class TeamPresence {
  private awareness: Awareness | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private key = '';

  constructor(
    private readonly host: EditorHost,
    private readonly store: SessionStore,
  ) {}

  /// Follows a shared document's awareness (the one the editor is bound to).
  attach(awareness: Awareness): void {
    this.detach();
    this.awareness = awareness;
    awareness.on('change', this.request);
    this.request();
  }

  detach(): void {
    this.awareness?.off('change', this.request);
    this.awareness = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.set([]);
  }

  private readonly request = (): void => {
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.publish();
    }, THROTTLE_MS);
  };

  private publish(): void {
    const awareness = this.awareness;
    const state = this.host.editorState;
    const resolve = caretResolver(state);
    if (!awareness || !resolve) return;
    this.set(colleaguesAt(state.doc, awareness.getStates(), awareness.clientID, resolve));
  }

  private set(colleagues: ReturnType<typeof colleaguesAt>): void {
    const key = colleaguesKey(colleagues);
    if (key === this.key) return;
    this.key = key;
    this.store.setState({ colleagues });
  }
}
