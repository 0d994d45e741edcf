/// Bench-only baseline: raw ProseMirror on the same text the app opens.
///
/// Each non-empty line of the file becomes one paragraph, as is (no parsing
/// of minute lines, speakers or gaps); paragraphs render as
/// `<p class="block block-text">` so the bench's caret and typing helpers work
/// on this page and the app alike. Marks `transcript-open-start` when the file
/// arrives and, after the next frame, `transcript-rendered` with the paragraph
/// count, exactly as the app does. Built and served by scripts/bench.ts.

import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { Schema, type Node } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';

const schema = new Schema({
  nodes: {
    doc: { content: 'paragraph+' },
    paragraph: {
      content: 'text*',
      parseDOM: [{ tag: 'p' }],
      toDOM: () => ['p', { class: 'block block-text' }, 0],
    },
    text: {},
  },
});

function toDoc(text: string): Node {
  const paragraphs = text
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '')
    .map((line) => schema.node('paragraph', null, [schema.text(line)]));
  return schema.node('doc', null, paragraphs.length > 0 ? paragraphs : [schema.node('paragraph')]);
}

function newState(doc: Node): EditorState {
  return EditorState.create({
    doc,
    plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)],
  });
}

const mount = document.getElementById('editor');
const input = document.getElementById('file');
const open = document.getElementById('open');
if (!mount || !(input instanceof HTMLInputElement) || !open)
  throw new Error('baseline page markup is missing');

const view = new EditorView(mount, { state: newState(toDoc('')) });

open.addEventListener('click', () => input.click());
input.addEventListener('change', () => {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  performance.mark('transcript-open-start');
  void file.text().then((text) => {
    const doc = toDoc(text);
    view.updateState(newState(doc));
    view.focus();
    const blocks = doc.childCount;
    requestAnimationFrame(() =>
      setTimeout(() => performance.mark('transcript-rendered', { detail: { blocks } }), 0),
    );
  });
});
