import type { Node } from 'prosemirror-model';
import type { CaseChange, Truecaser } from '../../core/casing/truecase.ts';

/// The case changes the fixer proposes for one block, as offsets into its text.
export interface BlockCasing {
  blockId: string;
  /// Position before the block node when the plan was made.
  pos: number;
  changes: CaseChange[];
}

/// A block's text and the ranges of it that are gap or sound tags, which the
/// fixer leaves alone.
export function blockTextAndTags(block: Node): { text: string; tags: { from: number; to: number }[] } {
  let text = '';
  const tags: { from: number; to: number }[] = [];
  block.forEach((child) => {
    const from = text.length;
    text += child.text ?? '';
    if (child.marks.length > 0) tags.push({ from, to: text.length });
  });
  return { text, tags };
}

/// The fixer's changes for one block; restricted to the words inside
/// [from, to) of the block's text when a range is given (a selection).
export function planBlock(
  block: Node,
  pos: number,
  caser: Truecaser,
  range?: { from: number; to: number },
): BlockCasing | null {
  const { text, tags } = blockTextAndTags(block);
  let changes = caser.changes(text, tags);
  if (range) changes = changes.filter((c) => c.from < range.to && c.to > range.from);
  return changes.length === 0 ? null : { blockId: String(block.attrs['id']), pos, changes };
}
