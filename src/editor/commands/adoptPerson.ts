import { closeHistory } from 'prosemirror-history';
import type { Command } from 'prosemirror-state';
import type { Role } from '../../core/transcript.ts';
import { forEachBlock } from '../queries/blocks.ts';
import { getRoster, ROSTER_POS } from '../queries/metaAndRoster.ts';

/// Takes a person from the directory into the transcript, in one undo step:
/// the roster speaker `speakerId` (the one the captions called `sami`) gets
/// the directory's spelling and role, or, when there is none, a new speaker
/// with that id is added; and the unassigned blocks in `assign` (the turns
/// the suggestions gave that person) get the speaker.
export function adoptPerson(
  person: { name: string; role: Role },
  speakerId: string,
  assign: readonly string[] = [],
): Command {
  return (state, dispatch) => {
    const roster = getRoster(state.doc);
    const known = roster.some((s) => s.id === speakerId);
    if (!dispatch) return true;
    const next = known
      ? roster.map((s) => (s.id === speakerId ? { ...s, name: person.name, role: person.role } : s))
      : [...roster, { id: speakerId, name: person.name, role: person.role }];
    const tr = state.tr.setNodeAttribute(ROSTER_POS, 'speakers', next);
    const wanted = new Set(assign);
    if (wanted.size > 0)
      forEachBlock(state.doc, (block, pos) => {
        if (block.attrs['speakerId'] === null && wanted.has(block.attrs['id'] as string))
          tr.setNodeAttribute(pos, 'speakerId', speakerId);
      });
    dispatch(closeHistory(tr));
    return true;
  };
}
