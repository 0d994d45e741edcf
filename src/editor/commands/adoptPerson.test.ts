import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportTranscript } from '../../core/export/index.ts';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { blockAttrs, run, runUndo } from '../../../tests/support/editorHarness.ts';
import { docToTranscript } from '../convert.ts';
import { getRoster } from '../queries/metaAndRoster.ts';
import { createEditorState } from '../state.ts';
import { adoptPerson } from './adoptPerson.ts';

// The desk's spelling, with letters an importer's title case never makes.
const zoe = { name: 'Zoë Ó Briain-MacLeod', role: 'host' as const };

function prefixTranscript() {
  const t = makeTranscript(4, { speakers: [{ id: 's1', name: 'Zoe', role: 'other' }] });
  t.blocks[1]!.speakerId = null;
  t.blocks[3]!.speakerId = null;
  return t;
}

describe('adoptPerson', () => {
  it('gives the roster speaker the directory spelling and role, in one undo step', () => {
    const original = createEditorState(prefixTranscript());
    let state = run(original, adoptPerson(zoe, 's1'));
    expect(getRoster(state.doc)).toEqual([{ id: 's1', ...zoe }]);
    expect(blockAttrs(state, 'speakerId')).toEqual(['s1', null, 's1', null]);
    state = runUndo(state);
    expect(docToTranscript(state.doc)).toEqual(docToTranscript(original.doc));
  });

  it('adds a new speaker and assigns the unassigned turns given, no others', () => {
    const t = prefixTranscript();
    t.blocks[3]!.speakerId = 's1';
    const state = run(createEditorState(t), adoptPerson(zoe, 's9', ['b2', 'b3', 'b4']));
    expect(getRoster(state.doc).map((s) => s.name)).toEqual(['Zoe', zoe.name]);
    expect(blockAttrs(state, 'speakerId')).toEqual(['s1', 's9', 's1', 's1']);
  });

  it('carries the directory spelling into every export format', async () => {
    const state = run(createEditorState(prefixTranscript()), adoptPerson(zoe, 's1'));
    const transcript = docToTranscript(state.doc);
    for (const format of EXPORT_FORMATS) {
      const data = await exportTranscript(transcript, format.id);
      const text = typeof data === 'string' ? data : strFromU8(unzipSync(data)['word/document.xml']!);
      expect(text, format.id).toContain(zoe.name);
      // The caption prefix's spelling is gone from every label.
      expect(text.replace(/Zoë/g, ''), format.id).not.toMatch(/\bZoe\b/);
    }
  });
});
