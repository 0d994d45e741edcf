import type { EditorView } from 'prosemirror-view';

/// Scrolls the selection to the middle of its scroll box, if it is out of
/// sight. ProseMirror scrolls to the selection only when the browser's
/// selection is inside the editor; a command run from a panel (Enter in the
/// find box, a toolbar button) leaves it there, and in a long transcript the
/// match or gap it selected would stay off screen.
export function revealSelection(view: EditorView): void {
  let target: Element | null;
  try {
    const { node } = view.domAtPos(view.state.selection.head);
    target = node instanceof Element ? node : node.parentElement;
  } catch {
    return;
  }
  if (target) revealElement(target);
}

/// Scrolls `target` to the middle of its scroll box if any of it is out of
/// sight there (the selection above; the turn being played).
export function revealElement(target: Element): void {
  const box = scrollBox(target);
  const rect = target.getBoundingClientRect();
  const bounds = box ? box.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
  if (rect.top >= bounds.top && rect.bottom <= bounds.bottom) return;
  target.scrollIntoView({ block: 'center', inline: 'nearest' });
}

export function scrollBox(el: Element): Element | null {
  for (let at = el.parentElement; at; at = at.parentElement) {
    const overflow = getComputedStyle(at).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return at;
  }
  return null;
}
