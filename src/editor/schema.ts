import { Schema, type DOMOutputSpec, type MarkType, type Node, type NodeType } from 'prosemirror-model';
import { chunkHeightStyle } from './view/chunkHeight.ts';

/// How many blocks a chunk holds when a document is built. Chunks exist only
/// so the browser can skip layout of off-screen groups (`content-visibility`
/// on each chunk): per-block containment still leaves it checking thousands
/// of top-level children each frame (see docs/architecture.md). Ten turns
/// are about a screen: Chromium draws every chunk within one and a half
/// screens of the view, so a jump draws four or five chunks, some forty
/// turns (it was two chunks of fifty, a hundred turns, when chunks held 50).
export const CHUNK_SIZE = 10;
/// A chunk that grows past this is split back into chunks of CHUNK_SIZE by
/// the chunk plugin. Well above CHUNK_SIZE, so that typing Enter seldom
/// splits a chunk (in a team document a split moves turns, see the README).
export const CHUNK_MAX = 5 * CHUNK_SIZE;

/// The document: programme metadata and the speaker roster as atom nodes
/// (so renames are one cheap, undoable step that redraws no block), then the
/// turns, grouped in chunks.
/// The id a block copied from the editor has while it is pasted, before it
/// gets a new one: blocks wrapped around text from elsewhere have none.
export const COPIED_BLOCK_ID = 'copied';

export const schema = new Schema({
  nodes: {
    doc: { content: 'meta roster chunk+' },
    meta: {
      atom: true,
      selectable: false,
      /// `casing`: the transcript's CasingMemory (core/casing/memory.ts), or null.
      attrs: { meta: { default: {} }, casing: { default: null } },
      toDOM: (): DOMOutputSpec => ['div', { class: 'pm-meta', hidden: '' }],
    },
    roster: {
      atom: true,
      selectable: false,
      attrs: { speakers: { default: [] } },
      toDOM: (): DOMOutputSpec => ['div', { class: 'pm-roster', hidden: '' }],
    },
    chunk: {
      content: 'block+',
      toDOM: (node): DOMOutputSpec => ['div', { class: 'chunk', style: chunkHeightStyle(node) }, 0],
      parseDOM: [{ tag: 'div.chunk' }],
    },
    block: {
      content: 'text*',
      marks: '_',
      defining: true,
      attrs: {
        id: { default: '' },
        speakerId: { default: null },
        start: { default: null },
        estimated: { default: false },
        story: { default: false },
        reviewed: { default: false },
        /// Word timings and time anchors in the text (wordTimes/runs.ts).
        times: { default: null },
        /// In a team document, a fingerprint of the text `times` was counted
        /// against (collab/timesRepair.ts); null in a local one.
        timesFor: { default: null },
      },
      // Used for the clipboard only; on screen a node view draws blocks.
      toDOM: (node: Node): DOMOutputSpec => [
        'div',
        {
          class: 'block',
          'data-speaker': node.attrs['speakerId'] ?? '',
          'data-start': node.attrs['start'] === null ? '' : String(node.attrs['start']),
          'data-estimated': node.attrs['estimated'] ? 'true' : 'false',
          // Counted from the copied piece's start (wordTimes/clipboard.ts).
          ...(node.attrs['times'] ? { 'data-times': JSON.stringify(node.attrs['times']) } : {}),
        },
        ['p', { class: 'block-text' }, 0],
      ],
      parseDOM: [
        {
          tag: 'div.block',
          contentElement: '.block-text',
          getAttrs: (dom: HTMLElement) => {
            const start = dom.getAttribute('data-start');
            return {
              // Ours, not a paragraph from elsewhere (plugins/paste.ts); renewed on paste.
              id: COPIED_BLOCK_ID,
              speakerId: dom.getAttribute('data-speaker') || null,
              start: start ? Number(start) : null,
              estimated: dom.getAttribute('data-estimated') === 'true',
              // Checked against the text by the word-times plugin before use.
              times: readJson(dom.getAttribute('data-times')),
            };
          },
        },
      ],
    },
    text: {},
  },
  marks: {
    /// A gap marker (`[indiscernible]`). The marked text is what the user
    /// sees: the tag while open, the correction once typed over. Inclusive,
    /// so typing on at the end of a correction extends it.
    gap: {
      attrs: { id: { default: '' }, tag: { default: '' }, status: { default: 'open' } },
      inclusive: true,
      excludes: 'gap sound',
      toDOM: (mark) => [
        'span',
        { class: `gap gap-${String(mark.attrs['status'])}`, 'data-gap': String(mark.attrs['tag']) },
        0,
      ],
      parseDOM: [
        {
          tag: 'span.gap',
          getAttrs: (dom: HTMLElement) => ({
            tag: dom.getAttribute('data-gap') ?? '',
            status: dom.classList.contains('gap-open') ? 'open' : 'corrected',
          }),
        },
      ],
    },
    /// Non-speech: `[laughter]`, music notes.
    sound: {
      inclusive: false,
      toDOM: () => ['span', { class: 'sound' }, 0],
      parseDOM: [{ tag: 'span.sound' }],
    },
  },
});

export const nodes = schema.nodes as Record<'doc' | 'meta' | 'roster' | 'chunk' | 'block' | 'text', NodeType>;
export const marks = schema.marks as Record<'gap' | 'sound', MarkType>;

function readJson(text: string | null): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
