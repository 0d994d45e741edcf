import { findNext, replaceCurrent } from '../editor/search/commands.ts';
import { replaceAll } from '../editor/search/replaceAll.ts';
import { searchHits, searchState, setSearchQuery } from '../editor/search/plugin.ts';
import { compileQuery, type SearchQuery } from '../editor/search/query.ts';
import type { SessionStore } from '../store/session.ts';
import type { DocumentController } from './controller.ts';

/// The find panel's actions: set the query, step through matches, replace.
/// Matches live in the editor (a plugin); the store gets the count and the
/// current match only when they change.
export class FindReplace {
  constructor(
    private readonly controller: DocumentController,
    private readonly store: SessionStore,
  ) {}

  /// Sets what to find; matches are highlighted and counted.
  set(query: SearchQuery): void {
    this.store.setState((s) => ({ search: { ...s.search, query, message: null } }));
    this.apply(query);
  }

  /// Shows (or with null hides) the highlights of a query.
  apply(query: SearchQuery | null): void {
    this.controller.run((state, dispatch) => {
      dispatch?.(setSearchQuery(state.tr, query && query.text ? query : null));
      return true;
    }, false);
    this.publish();
  }

  get active(): boolean {
    return !!searchState(this.controller.editorState)?.query;
  }

  next(dir: 1 | -1): void {
    this.controller.run(findNext(dir), false);
    this.publish();
  }

  replace(replacement: string): void {
    this.controller.run(replaceCurrent(replacement), false);
    this.publish();
  }

  replaceAll(replacement: string): void {
    void this.controller.restorePoints.take('Before replace all');
    let message: string | null = null;
    this.controller.run(
      replaceAll(replacement, (replaced, skipped) => {
        message = `Replaced ${replaced}.${skipped ? ` ${skipped} inside gaps left as they are.` : ''}`;
      }),
      false,
    );
    this.publish();
    this.store.setState((s) => ({ search: { ...s.search, message } }));
  }

  /// Publishes the match count and which match is selected, if they changed.
  publish(): void {
    const state = this.controller.editorState;
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
