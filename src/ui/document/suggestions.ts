import type { Command } from 'prosemirror-state';
import { newId } from '../../core/ids.ts';
import { suggestSpeakers } from '../../core/suggest/index.ts';
import type { Suggestions } from '../../core/suggest/types.ts';
import { blockAtResolved } from '../../editor/queries/blocks.ts';
import { getRoster } from '../../editor/queries/metaAndRoster.ts';
import { addSpeaker } from '../../editor/commands/speakers.ts';
import { acceptSuggestions } from '../../editor/commands/suggestions.ts';
import type { BlockHint, BlockViewRegistry } from '../../editor/view/blockViewRegistry.ts';
import type { SessionStore } from '../../store/session.ts';
import type { EditorHost } from './editorHost.ts';
import { afterNextPaint, IdleDebounce } from '../scheduler.ts';

/// Who the captions say speaks where. Advice only: shown dimmed on
/// unassigned blocks and in the panel, applied when the user accepts.
export class SpeakerSuggestions {
  private suggestions: Suggestions = { candidates: [], turns: [], roles: [] };
  private blockViews: BlockViewRegistry | null = null;
  // Read again once typing pauses; while it goes on, at most every half
  // minute: a read is of the whole transcript (a day's takes hundreds of
  // milliseconds), and advice can wait for a pause.
  private readonly later = new IdleDebounce(() => this.refresh(), 800, 30_000);
  private generation = 0;

  constructor(
    private readonly host: EditorHost,
    private readonly store: SessionStore,
    /// Told each time the captions have been read again.
    private readonly onRefresh: () => void = () => undefined,
  ) {}

  /// The suggestions as last read.
  current(): Suggestions {
    return this.suggestions;
  }

  /// The block views that show the hints (once the editor is mounted).
  attach(blockViews: BlockViewRegistry): void {
    this.blockViews = blockViews;
    this.publish();
  }

  /// After an edit: read the captions again when the user pauses.
  requestRefresh(): void {
    this.later.request();
  }

  /// For a newly loaded document: the old one's advice goes at once, the new
  /// one's is read once the document is on screen (a day of captions takes
  /// a few hundred milliseconds to read).
  reset(): void {
    this.later.cancel();
    this.suggestions = { candidates: [], turns: [], roles: [] };
    this.publish();
    const generation = ++this.generation;
    void afterNextPaint().then(() => {
      if (generation === this.generation) this.refresh();
    });
  }

  refresh(): void {
    this.later.cancel();
    this.generation++;
    this.suggestions = suggestSpeakers(this.host.transcript());
    this.publish();
    this.onRefresh();
  }

  private publish(): void {
    const { candidates, turns } = this.suggestions;
    const roster = getRoster(this.host.editorState.doc);
    const hints = new Map<string, BlockHint>();
    for (const turn of turns) {
      const name =
        'speakerId' in turn.speaker
          ? roster.find((r) => 'speakerId' in turn.speaker && r.id === turn.speaker.speakerId)?.name
          : candidates.find((c) => 'candidateKey' in turn.speaker && c.key === turn.speaker.candidateKey)
              ?.name;
      if (name) hints.set(turn.blockId, { name, reason: turn.reason });
    }
    this.blockViews?.setHints(hints);
    this.store.setState({
      suggestionCount: hints.size,
      candidates: candidates.filter(
        (c) => !roster.some((r) => r.name.toLowerCase() === c.name.toLowerCase()),
      ),
    });
  }

  /// The people the captions introduce, by name (for Fix capitalization).
  introducedNames(): string[] {
    return this.suggestions.candidates.filter((c) => !c.key.startsWith('role:')).map((c) => c.name);
  }

  /// Alt+A: accepts the suggestion for the block at the cursor.
  readonly acceptHere: Command = (state, dispatch) => {
    const block = blockAtResolved(state.selection.$from);
    if (!block) return false;
    const turn = this.suggestions.turns.find((t) => t.blockId === block.node.attrs['id']);
    if (!turn) {
      // The key always answers: silence would look like a missed key.
      if (dispatch)
        this.store.getState().actions.notify('hint', NO_SUGGESTION(block.node.attrs['speakerId']));
      return true;
    }
    return acceptSuggestions(this.suggestions, [turn])(state, dispatch);
  };

  acceptAll(): void {
    this.host.beforeBigChange('accepting all suggestions');
    if (this.host.run(acceptSuggestions(this.suggestions, this.suggestions.turns, { roles: true })))
      this.refresh();
  }

  /// Adds a person the captions introduce to the roster.
  addCandidate(key: string): void {
    const candidate = this.suggestions.candidates.find((c) => c.key === key);
    if (!candidate) return;
    if (this.host.run(addSpeaker({ id: newId('s'), name: candidate.name, role: candidate.role }), false)) {
      this.refresh();
    }
  }
}

/// What Alt+A says on a turn without a suggested speaker.
export const NO_SUGGESTION = (speakerId: unknown): string =>
  speakerId === null
    ? 'No suggested speaker for this turn: the captions do not say who speaks here. Alt+S picks one.'
    : 'This turn already has a speaker: suggestions are only for unassigned turns.';
