import { closeHistory } from 'prosemirror-history';
import { TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import { pinSpeakerNumbers, speakerNumbers } from '../../core/speakerNumbers.ts';
import type { Role, Speaker } from '../../core/transcript.ts';
import { centerView } from '../centerView.ts';
import { splitBlockTr } from './splitBlock.ts';
import { blockAtResolved, blocksInRange, forEachBlock, siblingBlock } from '../queries/blocks.ts';
import { getRoster, ROSTER_POS } from '../queries/metaAndRoster.ts';

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

/// Assigns the speaker with shortcut number n (Alt+1 ... Alt+9).
export function assignSpeakerNumber(n: number): Command {
  return (state, dispatch) => {
    const roster = getRoster(state.doc);
    const speaker = roster[speakerNumbers(roster).indexOf(n)];
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

/// Folds `fromId` into `intoId`: its blocks move to `intoId` and it leaves
/// the roster. The others keep their numbers and colours. One undo step.
export function mergeSpeakers(fromId: string, intoId: string): Command {
  return (state, dispatch) => {
    const roster = getRoster(state.doc);
    if (fromId === intoId || !roster.some((s) => s.id === fromId) || !roster.some((s) => s.id === intoId)) {
      return false;
    }
    if (dispatch) {
      const tr = setRoster(
        state,
        pinSpeakerNumbers(roster).filter((s) => s.id !== fromId),
      );
      reassignAll(state, tr, fromId, intoId);
      dispatch(tr);
    }
    return true;
  };
}

/// Removes a speaker from the roster; its blocks become unassigned. The
/// others keep their numbers and colours. One undo step.
export function deleteSpeaker(id: string): Command {
  return (state, dispatch) => {
    const roster = getRoster(state.doc);
    if (!roster.some((s) => s.id === id)) return false;
    if (dispatch) {
      const tr = setRoster(
        state,
        pinSpeakerNumbers(roster).filter((s) => s.id !== id),
      );
      reassignAll(state, tr, id, null);
      dispatch(tr);
    }
    return true;
  };
}

function reassignAll(state: EditorState, tr: Transaction, fromId: string, toId: string | null): void {
  // Attribute steps do not move positions, so positions from `state` stay valid.
  forEachBlock(state.doc, (block, pos) => {
    if (block.attrs['speakerId'] === fromId) tr.setNodeAttribute(pos, 'speakerId', toId);
  });
}

/// Gives the block at the cursor the speaker of the block before it.
export const sameSpeakerAsPrevious: Command = (state, dispatch) => {
  const here = blockAtResolved(state.selection.$from);
  if (!here) return false;
  const prev = siblingBlock(state.doc, here.pos, -1);
  if (!prev) return false;
  return assignSpeakerAt(here.pos, prev.node.attrs['speakerId'] as string | null)(state, dispatch);
};

/// Moves the cursor to the start of the next (dir 1) or previous (dir -1)
/// block without a speaker, wrapping around the document.
export function goToUnassigned(dir: 1 | -1): Command {
  return (state, dispatch) => {
    const positions: number[] = [];
    forEachBlock(state.doc, (block, pos) => {
      if (block.attrs['speakerId'] === null) positions.push(pos);
    });
    if (positions.length === 0) return false;
    const here = blockAtResolved(state.selection.$from)?.pos ?? -1;
    const target =
      dir === 1
        ? (positions.find((p) => p > here) ?? positions[0]!)
        : ([...positions].reverse().find((p) => p < here) ?? positions[positions.length - 1]!);
    if (dispatch) {
      dispatch(centerView(state.tr.setSelection(TextSelection.create(state.doc, target + 1))));
    }
    return true;
  };
}

/// Splits the block at the cursor and gives the new part `speakerId`, in one
/// undo step: captions often miss the `>>` where the voice changes.
export function splitAndAssign(speakerId: string | null): Command {
  return (state, dispatch) => {
    if (speakerId !== null && !getRoster(state.doc).some((s) => s.id === speakerId)) return false;
    const tr = splitBlockTr(state);
    if (!tr) return false;
    if (dispatch) {
      const here = blockAtResolved(tr.selection.$from);
      if (here) tr.setNodeAttribute(here.pos, 'speakerId', speakerId);
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/// The picker's answer after Alt+Enter split a block: assigns the new part
/// (adding the speaker to the roster first when it is new) as part of the
/// split's undo step, however long the user took to choose.
export function assignAfterSplit(
  split: Transaction,
  blockPos: number,
  speaker: { speakerId: string | null } | { newSpeaker: Speaker },
): Command {
  return (state, dispatch) => {
    const node = state.doc.nodeAt(blockPos);
    if (!node || node.type.name !== 'block') return false;
    if (dispatch) {
      const tr = state.tr;
      let id: string | null;
      if ('newSpeaker' in speaker) {
        tr.setNodeAttribute(ROSTER_POS, 'speakers', [...getRoster(state.doc), speaker.newSpeaker]);
        id = speaker.newSpeaker.id;
      } else {
        id = speaker.speakerId;
      }
      tr.setNodeAttribute(blockPos, 'speakerId', id);
      // prosemirror-history files a transaction marked as appended to
      // another into that one's undo event.
      dispatch(tr.setMeta('appendedTransaction', split));
    }
    return true;
  };
}
