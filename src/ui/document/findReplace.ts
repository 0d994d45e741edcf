import { findNext, replaceCurrent } from '../../editor/search/commands.ts';
import { replaceAll } from '../../editor/search/replaceAll.ts';
import { searchHits, searchState, setSearchQuery } from '../../editor/search/plugin.ts';
import { compileQuery, type SearchQuery } from '../../editor/search/query.ts';
import type { SessionStore } from '../../store/session.ts';
import type { EditorHost } from './editorHost.ts';

/// The find panel's actions: set the query, step through matches, replace.
/// Matches live in the editor (a plugin); the store gets the count and the
/// current match only when they change.
export class FindReplace {
  constructor(
    private readonly host: EditorHost,
    private readonly store: SessionStore,
  ) {
    // Highlights belong to the find panel: they go when it is left and come
    // back with it.
    store.subscribe((s, prev) => {
      if (s.sidebarTab === prev.sidebarTab) return;
      if (s.sidebarTab === 'find') this.apply(s.search.query);
      else if (this.active) this.apply(null);
    });
  }

  /// Sets what to find; matches are highlighted and counted.
  set(query: SearchQuery): void {
    this.store.setState((s) => ({ search: { ...s.search, query, message: null } }));
    this.apply(query);
  }

  /// Shows (or with null hides) the highlights of a query.
  apply(query: SearchQuery | null): void {
    this.host.run((state, dispatch) => {
      dispatch?.(setSearchQuery(state.tr, query && query.text ? query : null));
      return true;
    }, false);
    this.publish();
  }

  get active(): boolean {
    return !!searchState(this.host.editorState)?.query;
  }

  next(dir: 1 | -1): void {
    this.host.run(findNext(dir), false);
    this.publish();
  }

  replace(replacement: string): void {
    if (!this.host.run(replaceCurrent(replacement), false)) return;
    this.publish();
  }

  replaceAll(replacement: string): void {
    this.host.beforeBigChange('replace all');
    let message: string | null = null;
    const done = this.host.run(
      replaceAll(replacement, (replaced, skipped) => {
        message = `Replaced ${replaced}.${skipped ? ` ${skipped} inside gaps left as they are.` : ''}`;
      }),
      false,
    );
    if (!done && this.host.isReadOnly) message = null;
    this.publish();
    this.store.setState((s) => ({ search: { ...s.search, message } }));
  }

  /// Publishes the match count and which match is selected, if they changed.
  publish(): void {
    const state = this.host.editorState;
    const search = searchState(state);
    const old = this.store.getState().search;
    const compiled = old.query.text ? compileQuery(old.query) : null;
    const hits = search?.pattern ? searchHits(state) : [];
    const { from, to } = state.selection;
    const index = hits.findIndex((h) => h.from === from && h.to === to);
    const next = {
      count: hits.length,
      current: index >= 0 ? index + 1 : null,
      message: compiled && !compiled.ok ? `Not a valid pattern: ${compiled.message}` : old.message,
    };
    if (old.count !== next.count || old.current !== next.current || old.message !== next.message) {
      this.store.setState({ search: { ...old, ...next } });
    }
  }
}
