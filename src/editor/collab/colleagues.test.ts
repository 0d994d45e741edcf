import { describe, expect, it } from 'vitest';
import {
  absolutePositionToRelativePosition,
  initProseMirrorDoc,
  relativePositionToAbsolutePosition,
} from 'y-prosemirror';
import * as Y from 'yjs';
import { posInBlock } from '../../../tests/support/editorHarness.ts';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { FRAGMENT } from '../../core/team/library.ts';
import { transcriptToDoc } from '../convert.ts';
import { schema } from '../schema.ts';
import { editorStateOf } from '../state.ts';
import { colleaguesAt, type CaretResolver } from './colleagues.ts';
import { fillFragment } from './fill.ts';

/// A shared document as an editor binds it: the fragment, and the editor's
/// document and mapping read from it (as y-prosemirror starts a binding).
function shared() {
  const ydoc = new Y.Doc();
  const fragment = ydoc.getXmlFragment(FRAGMENT);
  fillFragment(fragment, transcriptToDoc(makeTranscript(6)));
  const { doc, mapping } = initProseMirrorDoc(fragment, schema);
  const state = editorStateOf(doc);
  const caretAt = (index: number, offset = 0) =>
    Y.relativePositionToJSON(
      absolutePositionToRelativePosition(posInBlock(state, index, offset), fragment, mapping),
    );
  const resolve: CaretResolver = (relative) =>
    relativePositionToAbsolutePosition(ydoc, fragment, Y.createRelativePositionFromJSON(relative), mapping);
  return { doc, caretAt, resolve };
}

describe('colleagues on the timeline', () => {
  it('puts each colleague at the time of the turn holding their caret, in programme order, never me', () => {
    const { doc, caretAt, resolve } = shared();
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: { name: 'Me', color: '#000000' }, cursor: { anchor: caretAt(0), head: caretAt(0) } }],
      [
        2,
        { user: { name: 'Sami', color: '#0057b8' }, cursor: { anchor: caretAt(4, 3), head: caretAt(4, 3) } },
      ],
      [3, { user: { name: 'Maya', color: '#d0021b' }, cursor: { anchor: caretAt(2), head: caretAt(2, 5) } }],
      // Present, but not in the text (their editor lost focus).
      [4, { user: { name: 'Vera', color: '#00875a' }, cursor: null }],
    ]);
    // makeTranscript: turn i starts at i minutes; the programme starts at 5:30 am.
    expect(colleaguesAt(doc, states, 1, resolve)).toEqual([
      { id: 3, name: 'Maya', color: '#d0021b', time: 120, at: '5:32 am' },
      { id: 2, name: 'Sami', color: '#0057b8', time: 240, at: '5:34 am' },
    ]);
  });

  it('takes names and colours from the network only as checked text', () => {
    const { doc, caretAt, resolve } = shared();
    const states = new Map<number, Record<string, unknown>>([
      [
        2,
        {
          user: { name: '<img src=x onerror=alert(1)>', color: 'red; background: url(x)' },
          cursor: { head: caretAt(1) },
        },
      ],
      [3, { user: { name: 42 }, cursor: { head: caretAt(3) } }],
      [
        4,
        {
          user: { name: 'Lost' },
          cursor: { head: { type: { client: 999, clock: 7 }, tname: null, item: null, assoc: 0 } },
        },
      ],
      [5, { user: { name: 'Broken' }, cursor: { head: 'not a position' } }],
    ]);
    const found = colleaguesAt(doc, states, 1, resolve);
    expect(found.map((c) => [c.name, c.color])).toEqual([
      ['<img src=x onerror=alert(1)>', '#6b6b6b'],
      ['Someone', '#6b6b6b'],
    ]);
  });
});
