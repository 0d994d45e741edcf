import type { EditorState, PluginView } from 'prosemirror-state';
import type { Decoration, DecorationSet, EditorView } from 'prosemirror-view';

/// Names of the two highlights; styled in CSS as `::highlight(search-hit)`.
export const HIT_HIGHLIGHT = 'search-hit';
export const CURRENT_HIGHLIGHT = 'search-current';

/// How far past the screen matches are painted in advance, so that scrolling
/// shows them at once.
const MARGIN = '100% 0px';

/// True where the CSS Custom Highlight API is available (Chromium 105+,
/// Safari 17.2+, Firefox 140+).
export function highlightsSupported(): boolean {
  return (
    typeof CSS !== 'undefined' &&
    'highlights' in CSS &&
    typeof Highlight === 'function' &&
    typeof StaticRange === 'function' &&
    typeof IntersectionObserver === 'function'
  );
}

export interface HitSource {
  /// Matches to paint, or null when no search is active.
  hits(state: EditorState): DecorationSet | null;
}

/// Paints search matches with the CSS Custom Highlight API rather than
/// inline decorations. A day of captions has some 15,000 matches for a common
/// word; as decorations, ProseMirror would split 15,000 text nodes into
/// spans (about 300 ms). A highlight only paints.
///
/// The ranges are static: a live Range is adjusted by every DOM mutation, and
/// thousands of them would tax each keystroke. So they are rebuilt after each
/// update, and only for chunks near the screen (an IntersectionObserver keeps
/// that set); the browser does not paint the others anyway.
export class SearchHighlighter implements PluginView {
  private readonly hitHighlight = new Highlight();
  private readonly currentHighlight = new Highlight();
  private readonly observer: IntersectionObserver;
  private readonly observed = new WeakSet<Element>();
  private readonly near = new Set<Element>();
  private frame = 0;

  constructor(
    private view: EditorView,
    private readonly source: HitSource,
  ) {
    this.currentHighlight.priority = 1;
    CSS.highlights.set(HIT_HIGHLIGHT, this.hitHighlight);
    CSS.highlights.set(CURRENT_HIGHLIGHT, this.currentHighlight);
    this.observer = new IntersectionObserver((entries) => this.onIntersect(entries), {
      rootMargin: MARGIN,
    });
    this.observeChunks();
    this.paint();
  }

  update(view: EditorView, prev: EditorState): void {
    this.view = view;
    const state = view.state;
    const hits = this.source.hits(state);
    const before = this.source.hits(prev);
    // Nothing to paint while no search is active: typing costs nothing here.
    if (hits === null && before === null) return;
    // Chunks split or made while no search was active are watched from now.
    if (state.doc !== prev.doc || before === null) this.observeChunks();
    if (hits !== before || state.doc !== prev.doc || !state.selection.eq(prev.selection)) this.paint();
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.observer.disconnect();
    if (CSS.highlights.get(HIT_HIGHLIGHT) === this.hitHighlight) CSS.highlights.delete(HIT_HIGHLIGHT);
    if (CSS.highlights.get(CURRENT_HIGHLIGHT) === this.currentHighlight)
      CSS.highlights.delete(CURRENT_HIGHLIGHT);
  }

  // Chunk elements come and go as chunks split and merge; watch new ones.
  private observeChunks(): void {
    for (const child of Array.from(this.view.dom.children)) {
      if (!child.classList.contains('chunk') || this.observed.has(child)) continue;
      this.observed.add(child);
      this.observer.observe(child);
    }
    for (const element of this.near) {
      if (element.parentNode !== this.view.dom) {
        this.near.delete(element);
        this.observer.unobserve(element);
      }
    }
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    let changed = false;
    for (const entry of entries) {
      const had = this.near.has(entry.target);
      if (entry.isIntersecting && !had) this.near.add(entry.target);
      else if (!entry.isIntersecting && had) this.near.delete(entry.target);
      else continue;
      changed = true;
    }
    if (changed && this.source.hits(this.view.state)) this.schedule();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.paint();
    });
  }

  private paint(): void {
    this.hitHighlight.clear();
    this.currentHighlight.clear();
    const hits = this.source.hits(this.view.state);
    if (!hits) return;
    const { from, to } = this.view.state.selection;
    for (const element of this.near) {
      if (element.parentNode !== this.view.dom) continue;
      const start = this.view.posAtDOM(element, 0);
      const end = this.view.posAtDOM(element, element.childNodes.length);
      for (const hit of hits.find(start, end)) {
        const range = this.rangeOf(hit);
        if (!range) continue;
        if (hit.from === from && hit.to === to) this.currentHighlight.add(range);
        else this.hitHighlight.add(range);
      }
    }
  }

  private rangeOf(hit: Decoration): StaticRange | null {
    try {
      const start = this.view.domAtPos(hit.from, 1);
      const end = this.view.domAtPos(hit.to, -1);
      return new StaticRange({
        startContainer: start.node,
        startOffset: start.offset,
        endContainer: end.node,
        endOffset: end.offset,
      });
    } catch {
      // A position the view has not drawn (yet): nothing to paint.
      return null;
    }
  }
}
