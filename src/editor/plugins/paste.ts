import { Fragment, Slice, type Node } from 'prosemirror-model';
import { Plugin, type EditorState } from 'prosemirror-state';
import { newId } from '../../core/ids.ts';
import { blockAtResolved } from '../queries/blocks.ts';
import { estimateTimeAt } from '../queries/timeEstimate.ts';
import { marks, nodes, schema } from '../schema.ts';

/// Pasted blocks get fresh ids (a copy must not share its original's id),
/// and pasted plain text is inline text: captions have no line structure
/// inside a turn, so line breaks become spaces. Paragraphs pasted from
/// elsewhere follow the Enter rule (`fitToCaret`).
export function pastePlugin(): Plugin {
  return new Plugin({
    props: {
      transformPasted: (slice, view) => {
        const fitted = fitToCaret(slice, view.state);
        return new Slice(renew(fitted.content), fitted.openStart, fitted.openEnd);
      },
      clipboardTextParser: (text) => {
        const clean = text.replace(/\s*[\r\n]+\s*/g, ' ');
        return new Slice(clean ? Fragment.from(schema.text(clean)) : Fragment.empty, 0, 0);
      },
    },
  });
}

/// Several paragraphs pasted from elsewhere read as if typed at the caret
/// with Enter between them: the turn keeps the text before the caret with
/// its speaker and time, each new turn gets the caret's speaker and a time
/// estimated at the caret, the text after the caret goes on in the last
/// one, and a word never runs into the text it lands next to. Turns copied
/// from the editor itself keep what they carry.
export function fitToCaret(slice: Slice, state: EditorState): Slice {
  const count = countBlocks(slice.content);
  if (count < 2 || !isForeign(slice.content)) return slice;
  const { $from, $to } = state.selection;
  const caret = blockAtResolved($from);
  if (!caret) return slice;
  const estimate = estimateTimeAt(state.doc, caret.pos, $from.pos - caret.pos - 1);
  const before = $from.parent.textBetween(0, $from.parentOffset);
  const after = $to.parent.textBetween($to.parentOffset, $to.parent.content.size);
  let index = 0;
  const content = mapBlocks(slice.content, (block) => {
    const i = index++;
    let text = block.content;
    if (i === 0 && slice.openStart > 0 && needsSpace(before, block.textContent)) {
      text = Fragment.from(schema.text(' ')).append(text);
    }
    if (i === count - 1 && slice.openEnd > 0 && needsSpace(block.textContent, after)) {
      text = text.append(Fragment.from(schema.text(' ')));
    }
    const attrs = !block.attrs['id']
      ? {
          ...block.attrs,
          speakerId: caret.node.attrs['speakerId'] as string | null,
          start: estimate === null ? null : Math.round(estimate * 10) / 10,
          estimated: true,
        }
      : block.attrs;
    return block.type.create(attrs, text, block.marks);
  });
  return new Slice(content, slice.openStart, slice.openEnd);
}

/// Whether two texts meeting at a paste's edge would glue words together.
function needsSpace(left: string, right: string): boolean {
  return left !== '' && right !== '' && !/\s$/.test(left) && !/^\s/.test(right);
}

/// Blocks the clipboard parser wrapped around text from elsewhere have no
/// id; the editor's own have `COPIED_BLOCK_ID`, or their own when dragged.
function isForeign(fragment: Fragment): boolean {
  let foreign = false;
  fragment.descendants((node) => {
    if (node.type === nodes.block && !node.attrs['id']) foreign = true;
    return node.type !== nodes.block;
  });
  return foreign;
}

function countBlocks(fragment: Fragment): number {
  let n = 0;
  fragment.descendants((node) => {
    if (node.type === nodes.block) n++;
    return node.type !== nodes.block;
  });
  return n;
}

function mapBlocks(fragment: Fragment, fn: (block: Node) => Node): Fragment {
  const out: Node[] = [];
  fragment.forEach((node) => {
    if (node.type === nodes.block) out.push(fn(node));
    else if (node.isText) out.push(node);
    else out.push(node.copy(mapBlocks(node.content, fn)));
  });
  return Fragment.fromArray(out);
}

function renew(fragment: Fragment): Fragment {
  const out: Node[] = [];
  fragment.forEach((node) => {
    if (node.isText) {
      const gap = marks.gap.isInSet(node.marks);
      out.push(
        gap
          ? node.mark(
              gap.removeFromSet(node.marks).concat(marks.gap.create({ ...gap.attrs, id: newId('g') })),
            )
          : node,
      );
    } else if (node.type.name === 'block') {
      out.push(node.type.create({ ...node.attrs, id: newId('b') }, renew(node.content), node.marks));
    } else {
      out.push(node.copy(renew(node.content)));
    }
  });
  return Fragment.fromArray(out);
}
