import { beforeAll, describe, expect, it } from 'vitest';
import { loadCaseLexicon, type CaseLexicon } from '../../core/casing/lexicon.ts';
import { Truecaser } from '../../core/casing/truecase.ts';
import type { Transcript } from '../../core/transcript.ts';
import {
  blockAttrs,
  blockTexts,
  posInBlock,
  run,
  runRedo,
  runUndo,
} from '../../../tests/support/editorHarness.ts';
import { docToTranscript } from '../convert.ts';
import { forEachBlock } from '../queries/blocks.ts';
import { getCasingMemory } from '../queries/metaAndRoster.ts';
import { createEditorState } from '../state.ts';
import { applyCasing } from './apply.ts';
import { planBlock, type BlockCasing } from './plan.ts';
import type { EditorState } from 'prosemirror-state';
import { ySyncPluginKey } from 'y-prosemirror';

let lexicon: CaseLexicon;
beforeAll(async () => {
  lexicon = await loadCaseLexicon();
});

function transcript(): Transcript {
  return {
    meta: { title: 'Counterpoint' },
    speakers: [{ id: 's1', name: 'Jenny Town', role: 'guest' }],
    blocks: [
      {
        id: 'b1',
        speakerId: 's1',
        start: 0,
        estimated: false,
        reviewed: true,
        spans: [
          { text: 'north ', time: { start: 0, end: 0.4 } },
          { text: 'korea ', time: { start: 0.4, end: 0.9 } },
          { text: 'and ', time: { start: 0.9, end: 1 } },
          { text: '[indiscernible]', gap: { tag: '[indiscernible]', status: 'open' } },
          { text: ' i think ', time: { start: 2, end: 2.5 } },
          { text: '[laughter]', sound: true },
        ],
      },
      { id: 'b2', speakerId: null, start: 5, estimated: true, spans: [{ text: 'jenny town, welcome.' }] },
    ],
  };
}

function plan(state: EditorState, caser = new Truecaser({ lexicon, names: ['Jenny Town'] })): BlockCasing[] {
  const entries: BlockCasing[] = [];
  forEachBlock(state.doc, (node, pos) => {
    const entry = planBlock(node, pos, caser);
    if (entry) entries.push(entry);
  });
  return entries;
}

describe('applyCasing', () => {
  it('changes only case, in one undo step, keeping times, gaps, sounds, speakers and review marks', () => {
    const before = createEditorState(transcript());
    let changed = 0;
    const after = run(
      before,
      applyCasing(plan(before), undefined, (n) => (changed = n)),
    );
    expect(blockTexts(after)).toEqual([
      'North Korea and [indiscernible] I think [laughter]',
      'Jenny Town, welcome.',
    ]);
    expect(changed).toBe(5);
    const t = docToTranscript(after.doc);
    // Every span keeps its time, gap or sound, split where it was.
    expect(t.blocks[0]!.spans).toEqual([
      { text: 'North ', time: { start: 0, end: 0.4 } },
      { text: 'Korea ', time: { start: 0.4, end: 0.9 } },
      { text: 'and ', time: { start: 0.9, end: 1 } },
      { text: '[indiscernible]', gap: { tag: '[indiscernible]', status: 'open' } },
      { text: ' I think ', time: { start: 2, end: 2.5 } },
      { text: '[laughter]', sound: true },
    ]);
    expect(blockAttrs(after, 'speakerId')).toEqual(['s1', null]);
    expect(blockAttrs(after, 'reviewed')).toEqual([true, false]);
    expect(blockAttrs(after, 'start')).toEqual([0, 5]);

    const undone = runUndo(after);
    expect(undone.doc.eq(before.doc)).toBe(true);
    expect(runRedo(undone).doc.eq(after.doc)).toBe(true);
  });

  it('a selection: only the words in it', () => {
    const state = createEditorState(transcript());
    const caser = new Truecaser({ lexicon });
    const entries: BlockCasing[] = [];
    forEachBlock(state.doc, (node, pos) => {
      const entry = planBlock(node, pos, caser, { from: 0, to: 5 });
      if (entry) entries.push(entry);
    });
    const after = run(state, applyCasing(entries));
    expect(blockTexts(after)[0]).toMatch(/^North korea/);
  });

  it('skips a word typed over since the plan, and saves the memory in the same step', () => {
    const state = createEditorState(transcript());
    const entries = plan(state);
    const from = posInBlock(state, 1);
    const typed = state.apply(state.tr.insertText('penny', from, from + 5));
    const after = run(typed, applyCasing(entries, { words: [], skip: ['korea'] }));
    expect(blockTexts(after)[1]).toBe('penny Town, welcome.');
    expect(getCasingMemory(after.doc)).toEqual({ words: [], skip: ['korea'] });
    expect(getCasingMemory(runUndo(after).doc)).toBeNull();
  });
});

describe('learning from the user', () => {
  it('remembers a word the user capitalized or lowercased by hand, in the same undo step', () => {
    let state = createEditorState(transcript());
    const at = posInBlock(state, 1, 6); // the t of "town"
    state = state.apply(state.tr.insertText('T', at, at + 1));
    expect(getCasingMemory(state.doc)).toEqual({ words: ['Town'], skip: [] });
    const k = posInBlock(state, 0, 6);
    state = state.apply(state.tr.insertText('K', k, k + 1));
    expect(getCasingMemory(state.doc)?.words).toEqual(['Korea', 'Town']);
    // Saved in the file, and used the next time, in every turn.
    expect(docToTranscript(state.doc).casing).toEqual({ words: ['Korea', 'Town'], skip: [] });
    state = runUndo(state);
    expect(getCasingMemory(state.doc)?.words).toEqual(['Town']);
  });

  it('does not learn from typing, other replacements or the fixer itself', () => {
    let state = createEditorState(transcript());
    const at = posInBlock(state, 1, 0);
    state = state.apply(state.tr.insertText('hello '));
    state = state.apply(state.tr.insertText('x', at, at + 1));
    state = run(state, applyCasing(plan(state)));
    expect(getCasingMemory(state.doc)).toBeNull();
  });

  it("does not learn from a colleague's edit: their editor already did, and the change arrives with it", () => {
    let state = createEditorState(transcript());
    const at = posInBlock(state, 1, 6);
    const remote = state.tr.insertText('T', at, at + 1).setMeta(ySyncPluginKey, { isChangeOrigin: true });
    state = state.apply(remote);
    expect(getCasingMemory(state.doc)).toBeNull();
  });
});
