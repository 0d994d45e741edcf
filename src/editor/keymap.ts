import { baseKeymap, selectAll } from 'prosemirror-commands';
import { keymap } from 'prosemirror-keymap';
import type { Command, Plugin } from 'prosemirror-state';
import { goToDocumentEdge } from './commands/documentEnds.ts';
import { dismissSuspect } from './plugins/suspects.ts';
import { goToGap, toggleGapUnresolvable } from './commands/gaps.ts';
import { reviewAndNext } from './commands/review.ts';
import { joinBackward, joinForward } from './commands/joinBlocks.ts';
import { splitBlock } from './commands/splitBlock.ts';
import { redo, undo } from './commands/undo.ts';
import {
  assignSpeaker,
  assignSpeakerNumber,
  goToUnassigned,
  sameSpeakerAsPrevious,
} from './commands/speakers.ts';

/// Keys the editor owns. Commands that need the UI (the speaker picker,
/// save) are passed in, so this layer stays free of React.
export interface KeymapHooks {
  openSpeakerPicker: Command;
  /// Alt+Enter: split at the cursor, then ask who speaks the new part.
  splitAndPick: Command;
  /// Alt+A: accept the speaker suggested for the block at the cursor.
  acceptSuggestion: Command;
}

/// Redo, and nothing else even when there is nothing to redo: the key is
/// handled either way. Otherwise the keymap tries the key again without
/// Shift, and with Caps Lock on Ctrl+Shift+Z arrives as `z`, so it would
/// undo (prosemirror-keymap's fallback for characters typed with Shift).
const redoOnly: Command = (state, dispatch) => {
  redo(state, dispatch);
  return true;
};

export function editorKeymaps(hooks: KeymapHooks): Plugin[] {
  const bindings: Record<string, Command> = {
    Enter: splitBlock,
    Backspace: joinBackward,
    Delete: joinForward,
    'Mod-z': undo,
    'Shift-Mod-z': redoOnly,
    'Mod-y': redoOnly,
    'Mod-a': selectAll,
    'Mod-Home': goToDocumentEdge(-1),
    'Mod-End': goToDocumentEdge(1),
    'Shift-Mod-Home': goToDocumentEdge(-1, true),
    'Shift-Mod-End': goToDocumentEdge(1, true),
    F8: goToGap(1),
    'Shift-F8': goToGap(-1),
    'Alt-0': assignSpeaker(null),
    'Alt-s': hooks.openSpeakerPicker,
    'Alt-Enter': hooks.splitAndPick,
    'Alt-p': sameSpeakerAsPrevious,
    'Alt-a': hooks.acceptSuggestion,
    'Alt-u': toggleGapUnresolvable,
    'Alt-d': dismissSuspect,
    'Mod-Enter': reviewAndNext(true),
    'Alt-n': goToUnassigned(1),
    'Shift-Alt-n': goToUnassigned(-1),
  };
  for (let n = 1; n <= 9; n++) bindings[`Alt-${n}`] = assignSpeakerNumber(n);
  // Captions have no line breaks inside a turn: Shift-Enter splits too.
  bindings['Shift-Enter'] = splitBlock;
  return [keymap(bindings), keymap(baseKeymap)];
}
