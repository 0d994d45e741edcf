import { readFileSync } from 'node:fs';
import type { Node } from 'prosemirror-model';
import { yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import { Awareness } from 'y-protocols/awareness';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FRAGMENT } from '../../core/team/library.ts';
import { importArchive } from '../../core/import/captions/archive.ts';
import type { Transcript } from '../../core/transcript.ts';
import { transcriptToDoc } from '../convert.ts';
import { schema } from '../schema.ts';
import { collabEditorState } from './config.ts';
import { fillFragment } from './fill.ts';
import { withTimesFingerprints } from './timesRepair.ts';

/// The bundled sample (metadata, a roster, stories, open gaps, sounds),
/// with word times on some turns, an anchor, a corrected and an
/// unresolvable gap, and a reviewed turn: everything a block can carry.
function realistic(): Node {
  const text = readFileSync(new URL('../../samples/sample-programme.txt', import.meta.url), 'utf8');
  const t: Transcript = importArchive(text);
  t.blocks.slice(0, 6).forEach((block, b) => {
    const words = block.spans
      .map((s) => s.text)
      .join('')
      .split(/(?<= )/);
    block.spans = words.map((word, i) => ({
      text: word,
      // The third word an anchor: a start and no end.
      time: i === 2 ? { start: b * 60 + i } : { start: b * 60 + i, end: b * 60 + i + 0.5 },
    }));
  });
  const gaps = t.blocks.flatMap((b) => b.spans.filter((s) => s.gap));
  expect(gaps.length).toBeGreaterThan(1);
  gaps[0]!.gap = { tag: gaps[0]!.gap!.tag, status: 'unresolvable' };
  gaps[1]!.text = 'corrected words';
  gaps[1]!.gap = { tag: gaps[1]!.gap!.tag, status: 'corrected' };
  t.blocks[3]!.reviewed = true;
  return withTimesFingerprints(transcriptToDoc(t));
}

/// A Yjs document's state, sent over the wire and read by another.
function across(ydoc: Y.Doc): Y.Doc {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(ydoc));
  return other;
}

describe('a document in a shared Yjs fragment', () => {
  it('round-trips exactly: meta and roster objects, block attributes with times, gap and sound marks', () => {
    const doc = realistic();
    let timed = 0;
    doc.descendants((node) => void (node.attrs['times'] && timed++));
    expect(timed).toBeGreaterThanOrEqual(6);
    const ydoc = new Y.Doc();
    fillFragment(ydoc.getXmlFragment(FRAGMENT), doc);
    const back = yXmlFragmentToProseMirrorRootNode(across(ydoc).getXmlFragment(FRAGMENT), schema);
    expect(back.toJSON()).toEqual(doc.toJSON());
    expect(back.eq(doc)).toBe(true);
  });

  it('opens in the collaborative editor as the same document', () => {
    const doc = realistic();
    const ydoc = new Y.Doc();
    fillFragment(ydoc.getXmlFragment(FRAGMENT), doc);
    const remote = across(ydoc);
    const state = collabEditorState({
      fragment: remote.getXmlFragment(FRAGMENT),
      awareness: new Awareness(remote),
    });
    expect(state.doc.eq(doc)).toBe(true);
  });

  it('refuses to fill a fragment that already holds a document', () => {
    const ydoc = new Y.Doc();
    fillFragment(ydoc.getXmlFragment(FRAGMENT), realistic());
    expect(() => fillFragment(ydoc.getXmlFragment(FRAGMENT), realistic())).toThrow(/not empty/);
  });
});
