import { closeHistory } from 'prosemirror-history';
import type { Command, EditorState } from 'prosemirror-state';
import type { Role, Speaker } from '../../core/transcript.ts';
import { blocksInRange, getRoster, ROSTER_POS } from '../blocks.ts';

/// Assigns `speakerId` (null: unassigned) to every block the selection
/// touches, in one undo step.
export function assignSpeaker(speakerId: string | null): Command {
  return (state, dispatch) => {
    if (speakerId !== null && !getRoster(state.doc).some((s) => s.id === speakerId)) return false;
    const { from, to } = state.selection;
    const targets = blocksInRange(state.doc, from, to).filter((b) => b.node.attrs['speakerId'] !== speakerId);
    if (targets.length === 0) return blocksInRange(state.doc, from, to).length > 0;
    if (dispatch) {
      const tr = state.tr;
      for (const b of targets) tr.setNodeAttribute(b.pos, 'speakerId', speakerId);
      dispatch(closeHistory(tr));
    }
    return true;
  };
}

/// Assigns the n-th roster speaker (1-based, as Alt+1 ... Alt+9 show them).
export function assignSpeakerNumber(n: number): Command {
  return (state, dispatch) => {
    const speaker = getRoster(state.doc)[n - 1];
    return speaker ? assignSpeaker(speaker.id)(state, dispatch) : false;
  };
}

/// Assigns one block, by position, without moving the selection (the picker
/// on a block's label uses this).
export function assignSpeakerAt(blockPos: number, speakerId: string | null): Command {
  return (state, dispatch) => {
    const node = state.doc.nodeAt(blockPos);
    if (!node || node.type.name !== 'block') return false;
    if (dispatch && node.attrs['speakerId'] !== speakerId) {
      dispatch(closeHistory(state.tr.setNodeAttribute(blockPos, 'speakerId', speakerId)));
    }
    return true;
  };
}

// Every speaker operation is its own undo step, however quickly it follows
// the last one.
function setRoster(state: EditorState, speakers: Speaker[]) {
  return closeHistory(state.tr.setNodeAttribute(ROSTER_POS, 'speakers', speakers));
}

/// Adds a speaker to the roster. With `assignTo`, also assigns it to the
/// block at that position, in the same undo step.
export function addSpeaker(speaker: Speaker, assignTo?: number): Command {
  return (state, dispatch) => {
    const roster = getRoster(state.doc);
    if (roster.some((s) => s.id === speaker.id)) return false;
    if (dispatch) {
      const tr = setRoster(state, [...roster, speaker]);
      if (assignTo !== undefined) tr.setNodeAttribute(assignTo, 'speakerId', speaker.id);
      dispatch(tr);
    }
    return true;
  };
}

/// Changes a speaker's name, role or colour. Blocks refer to the id, so
/// this is one small step however many blocks the speaker has.
export function updateSpeaker(id: string, changes: Partial<Omit<Speaker, 'id'>>): Command {
  return (state, dispatch) => {
    const roster = getRoster(state.doc);
    const index = roster.findIndex((s) => s.id === id);
    if (index < 0) return false;
    const current = roster[index]!;
    const updated = { ...current, ...changes };
    if ((Object.keys(changes) as Array<keyof typeof changes>).every((k) => current[k] === updated[k]))
      return true;
    const next = roster.map((s) => (s.id === id ? updated : s));
    if (dispatch) dispatch(setRoster(state, next));
    return true;
  };
}

export const renameSpeaker = (id: string, name: string): Command => updateSpeaker(id, { name });
export const setSpeakerRole = (id: string, role: Role): Command => updateSpeaker(id, { role });
