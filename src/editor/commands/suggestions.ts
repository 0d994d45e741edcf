import { closeHistory } from 'prosemirror-history';
import type { Command } from 'prosemirror-state';
import { newId } from '../../core/ids.ts';
import type { Suggestions, TurnSuggestion } from '../../core/suggest/types.ts';
import type { Speaker } from '../../core/transcript.ts';
import { forEachBlock } from '../queries/blocks.ts';
import { getRoster, ROSTER_POS } from '../queries/metaAndRoster.ts';

/// Accepts the given turn suggestions (and, with `roles`, the role
/// suggestions) in one undo step. Suggested people not yet in the roster
/// are added first; a block that got a speaker meanwhile is left alone.
export function acceptSuggestions(
  suggestions: Suggestions,
  turns: readonly TurnSuggestion[],
  options: { roles?: boolean } = {},
): Command {
  return (state, dispatch) => {
    const wanted = new Map(turns.map((t) => [t.blockId, t]));
    const targets: Array<{ pos: number; suggestion: TurnSuggestion }> = [];
    forEachBlock(state.doc, (block, pos) => {
      const suggestion = wanted.get(block.attrs['id'] as string);
      if (suggestion && block.attrs['speakerId'] === null) targets.push({ pos, suggestion });
    });
    const roleChanges = options.roles ? suggestions.roles : [];
    if (targets.length === 0 && roleChanges.length === 0) return false;
    if (!dispatch) return true;

    let roster: Speaker[] = [...getRoster(state.doc)];
    const added = new Map<string, string>();
    const speakerIdFor = (s: TurnSuggestion['speaker']): string | null => {
      if ('speakerId' in s) return roster.some((r) => r.id === s.speakerId) ? s.speakerId : null;
      const known = added.get(s.candidateKey);
      if (known) return known;
      const candidate = suggestions.candidates.find((c) => c.key === s.candidateKey);
      if (!candidate) return null;
      const existing = roster.find((r) => r.name.toLowerCase() === candidate.name.toLowerCase());
      const id = existing?.id ?? newId('s');
      if (!existing) roster.push({ id, name: candidate.name, role: candidate.role });
      added.set(s.candidateKey, id);
      return id;
    };
    const tr = state.tr;
    for (const { pos, suggestion } of targets) {
      const id = speakerIdFor(suggestion.speaker);
      if (id) tr.setNodeAttribute(pos, 'speakerId', id);
    }
    for (const change of roleChanges) {
      roster = roster.map((s) => (s.id === change.speakerId ? { ...s, role: change.role } : s));
    }
    tr.setNodeAttribute(ROSTER_POS, 'speakers', roster);
    dispatch(closeHistory(tr));
    return true;
  };
}
