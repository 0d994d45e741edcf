import type { Node } from 'prosemirror-model';

/// Characters of a turn's text to a line, with the text column at its full
/// width (the editor pane's 58rem at 15 px: about 680 px of text).
const CHARS_PER_LINE = 85;
/// Lines a turn takes at least: its header (time, offset, speaker) is about
/// as tall as three lines of text.
const MIN_LINES = 3;

/// The size of a chunk the browser has never drawn, as CSS custom
/// properties on its element: its turns' estimated lines of text and its
/// turn count (styles.css turns them into `contain-intrinsic-size`). With
/// one guess for every chunk, the page grew or shrank as chunks were drawn
/// for the first time, and each wrong guess near the screen drew more
/// chunks in the next frame. Once drawn, the browser remembers the real
/// size (`auto`), so an estimate that goes stale as the chunk is edited
/// does no harm.
export function chunkHeightStyle(chunk: Node): string {
  let lines = 0;
  chunk.forEach((block) => {
    lines += Math.max(MIN_LINES, Math.ceil(block.textContent.length / CHARS_PER_LINE));
  });
  return `--chunk-lines: ${lines}; --chunk-turns: ${chunk.childCount}`;
}
