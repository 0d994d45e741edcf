import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { ReplaceAroundStep, ReplaceStep } from 'prosemirror-transform';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { BoundaryReason, ProgrammeBounds } from '../../core/transcript.ts';
import { moveBoundary, removeBoundary, type BoundarySide } from '../commands/boundaries.ts';
import { boundaryPositions } from '../queries/programmeSpan.ts';

/// The class on turns (and whole chunks) outside the programme: dimmed.
export const OUTSIDE_CLASS = 'outside';

const REASONS: Record<BoundaryReason, string> = {
  'sign-off': 'after a sign-off',
  music: 'at music',
  opening: 'at another programme’s opening',
  'end time': 'at the end time in the header',
  user: 'placed by you',
};

export const programmeBoundsKey = new PluginKey<DecorationSet>('programmeBounds');

/// Draws the programme's boundaries (meta `bounds`) as a marked line between
/// turns, with buttons to move or remove it, and dims the turns outside.
/// Worked out again only when the meta changes or an edit adds or removes
/// turns (a split, a join, a paste); typing inside a turn only maps the
/// decorations, so a keystroke never walks the document. Whole chunks
/// outside get one decoration each, so a long tail costs a few dozen.
export function programmeBoundsPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: programmeBoundsKey,
    state: {
      init: (_config, state) => decorations(state.doc),
      apply(tr, set, oldState, newState) {
        if (!tr.docChanged) return set;
        if (newState.doc.child(0) !== oldState.doc.child(0) || changesTurns(tr)) {
          return decorations(newState.doc);
        }
        return set.map(tr.mapping, tr.doc);
      },
    },
    props: {
      decorations: (state) => programmeBoundsKey.getState(state),
    },
  });
}

/// True when an edit may add, remove or move whole turns: a step whose
/// content holds more than inline text, or that spans more than one block.
function changesTurns(tr: Transaction): boolean {
  return tr.steps.some((step, i) => {
    if (!(step instanceof ReplaceStep || step instanceof ReplaceAroundStep)) return false;
    const json = step as unknown as {
      from: number;
      to: number;
      slice: { openStart: number; content: Node['content'] };
    };
    if (json.slice.openStart > 0) return true;
    let block = false;
    json.slice.content.forEach((node) => (block ||= !node.isInline));
    if (block) return true;
    const doc = tr.docs[i]!;
    return doc.resolve(json.from).parent !== doc.resolve(json.to).parent;
  });
}

function decorations(doc: Node): DecorationSet {
  const bounds = (doc.child(0).attrs['meta'] as { bounds?: ProgrammeBounds }).bounds;
  if (!bounds || (!bounds.start && !bounds.end)) return DecorationSet.empty;
  const { start: startPos, end: endPos } = boundaryPositions(doc);
  const decos: Decoration[] = [];
  const outside = (from: number, to: number) => {
    doc.forEach((chunk, chunkPos) => {
      if (chunk.type.name !== 'chunk') return;
      const chunkEnd = chunkPos + chunk.nodeSize;
      if (chunkEnd <= from || chunkPos >= to) return;
      if (chunkPos >= from && chunkEnd <= to) {
        decos.push(Decoration.node(chunkPos, chunkEnd, { class: OUTSIDE_CLASS }));
        return;
      }
      chunk.forEach((block, offset) => {
        const pos = chunkPos + 1 + offset;
        if (pos >= from && pos + block.nodeSize <= to)
          decos.push(Decoration.node(pos, pos + block.nodeSize, { class: OUTSIDE_CLASS }));
      });
    });
  };
  if (startPos !== -1) {
    outside(0, startPos);
    decos.push(lineWidget(startPos, 'start', bounds.start!.reason));
  }
  if (endPos !== -1) {
    outside(endPos, doc.content.size);
    decos.push(lineWidget(endPos, 'end', bounds.end!.reason));
  }
  return DecorationSet.create(doc, decos);
}

function lineWidget(pos: number, side: BoundarySide, reason: BoundaryReason): Decoration {
  return Decoration.widget(pos, (view) => lineDom(view, side, reason), {
    side: -1,
    key: `programme-${side}-${reason}`,
    ignoreSelection: true,
    stopEvent: () => true,
  });
}

/// The marked line: what it is, why it is there, and its buttons (in the
/// tab order, so the keyboard moves and removes it too).
function lineDom(view: EditorView, side: BoundarySide, reason: BoundaryReason): HTMLElement {
  const title = side === 'start' ? 'Programme starts' : 'Programme ends';
  const line = document.createElement('div');
  line.className = `programme-line programme-line-${side}`;
  line.contentEditable = 'false';
  line.setAttribute('role', 'group');
  line.setAttribute('aria-label', `${title}, ${REASONS[reason]}`);
  const label = document.createElement('span');
  label.className = 'programme-line-label';
  label.textContent = `${title} · ${REASONS[reason]}`;
  line.append(label);
  const act = (name: string, text: string, aria: string, run: () => boolean) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = text;
    button.dataset['act'] = name;
    button.setAttribute('aria-label', aria);
    button.addEventListener('mousedown', (e) => e.preventDefault());
    button.addEventListener('click', () => {
      const focused = document.activeElement === button;
      if (!run()) return;
      // The line is drawn again where it now is: the focus goes with it.
      if (focused)
        requestAnimationFrame(() =>
          view.dom.querySelector<HTMLElement>(`.programme-line-${side} [data-act="${name}"]`)?.focus(),
        );
    });
    line.append(button);
  };
  const command = (c: ReturnType<typeof removeBoundary>) => () => c(view.state, view.dispatch, view);
  act('earlier', '↑ Earlier', `Move “${title}” up one turn`, command(moveBoundary(side, -1)));
  act('later', '↓ Later', `Move “${title}” down one turn`, command(moveBoundary(side, 1)));
  act('remove', 'Remove', `Remove “${title}”`, command(removeBoundary(side)));
  return line;
}
