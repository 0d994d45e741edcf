import { Fragment, Slice, type Node } from 'prosemirror-model';
import { Plugin } from 'prosemirror-state';
import { newId } from '../../core/ids.ts';
import { marks, schema } from '../schema.ts';

/// Pasted blocks get fresh ids (a copy must not share its original's id),
/// and pasted plain text is inline text: captions have no line structure
/// inside a turn, so line breaks become spaces.
export function pastePlugin(): Plugin {
  return new Plugin({
    props: {
      transformPasted: (slice) => new Slice(renew(slice.content), slice.openStart, slice.openEnd),
      clipboardTextParser: (text) => {
        const clean = text.replace(/\s*[\r\n]+\s*/g, ' ');
        return new Slice(clean ? Fragment.from(schema.text(clean)) : Fragment.empty, 0, 0);
      },
    },
  });
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
