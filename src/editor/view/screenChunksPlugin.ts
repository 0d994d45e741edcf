import { Plugin, type PluginView } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/// Draws the chunks on screen in the frame that scrolls to them.
///
/// Chunks are `content-visibility: auto`, and Chromium decides which of
/// them to draw after a frame's layout: after a jump (the scrollbar dragged,
/// the timeline clicked, a search result) the first frame shows empty chunks
/// and the text comes one frame later, with all the chunks within one and
/// a half screens of it. Here, in the scroll event, which the browser runs
/// at the start of the frame, the chunks that intersect the screen are made
/// `content-visibility: visible` by one style rule, so the browser lays out
/// and paints them in that same frame; the chunks around them follow in the
/// next frame as before. The rule names the chunks by position
/// (`:nth-child`), so nothing in the editor's DOM changes. Where constructed
/// style sheets are missing, chunks are drawn as the browser decides.
export function screenChunksPlugin(): Plugin {
  return new Plugin({
    view: (view) => (constructedSheets() ? new ScreenChunks(view) : {}),
  });
}

function constructedSheets(): boolean {
  return (
    typeof document !== 'undefined' &&
    'adoptedStyleSheets' in document &&
    typeof CSSStyleSheet === 'function' &&
    'replaceSync' in CSSStyleSheet.prototype
  );
}

class ScreenChunks implements PluginView {
  private readonly sheet = new CSSStyleSheet();
  private rule = '';
  private readonly onScroll = (event: Event): void => {
    const target = event.target;
    if (target instanceof Element ? target.contains(this.view.dom) : target === document) this.mark();
  };

  constructor(private view: EditorView) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
    // Scroll events do not bubble; in the capture phase the document sees
    // those of every element, so the scroll box need not be known.
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
  }

  update(view: EditorView): void {
    this.view = view;
    // Positions shift when chunks are split or joined; the next scroll
    // marks them again, and until then the rule names a neighbour.
  }

  destroy(): void {
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }

  /// Finds the children of the editor that intersect the screen by halving
  /// (a few box reads, of chunks the browser has already placed: the
  /// scroll itself leaves layout clean) and names them in the rule.
  private mark(): void {
    const children = this.view.dom.children;
    const count = children.length;
    if (count === 0) return;
    const top = 0;
    const bottom = window.innerHeight;
    let [low, high] = [0, count - 1];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (children[mid]!.getBoundingClientRect().bottom <= top) low = mid + 1;
      else high = mid;
    }
    let last = low;
    while (last + 1 < count && children[last + 1]!.getBoundingClientRect().top < bottom) last++;
    // nth-child counts from 1.
    const rule = `.chunk:nth-child(n + ${low + 1}):nth-child(-n + ${last + 1}) { content-visibility: visible; }`;
    if (rule === this.rule) return;
    this.rule = rule;
    this.sheet.replaceSync(rule);
  }
}
