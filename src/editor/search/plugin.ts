import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { BlockCache } from '../blockCache.ts';
import { blocksInRange, forEachBlock } from '../queries/blocks.ts';
import { changedRanges } from '../changedRanges.ts';
import { highlightsSupported, SearchHighlighter } from './highlighter.ts';
import { compileQuery, matchText, type SearchQuery, type TextMatch } from './query.ts';

export interface SearchState {
  query: SearchQuery | null;
  pattern: RegExp | null;
  /// One decoration per match, mapped through edits; only edited blocks are
  /// searched again. Where the browser has the CSS Custom Highlight API they
  /// are painted as highlights (./highlighter.ts) and never drawn as
  /// decorations; elsewhere they are the editor's decorations.
  hits: DecorationSet;
}

export const searchKey = new PluginKey<SearchState>('search');

const HIT = { class: 'search-hit' };

/// Sets (or with null clears) the query; the transaction carries no steps.
export function setSearchQuery(tr: Transaction, query: SearchQuery | null): Transaction {
  return tr.setMeta(searchKey, query).setMeta('addToHistory', false);
}

export function searchState(state: EditorState): SearchState | undefined {
  return searchKey.getState(state);
}

/// Every match in the document, in order.
export function searchHits(state: EditorState): Decoration[] {
  return searchKey.getState(state)?.hits.find() ?? [];
}

const activeHits = (state: EditorState): DecorationSet | null => {
  const search = searchKey.getState(state);
  return search?.pattern ? search.hits : null;
};

export function searchPlugin(): Plugin<SearchState> {
  const painted = highlightsSupported();
  return new Plugin<SearchState>({
    key: searchKey,
    state: {
      init: () => ({ query: null, pattern: null, hits: DecorationSet.empty }),
      apply(tr, value, _old, state) {
        const next = tr.getMeta(searchKey) as SearchQuery | null | undefined;
        if (next !== undefined) {
          const compiled = next ? compileQuery(next) : null;
          if (!next || !compiled?.ok) return { query: next, pattern: null, hits: DecorationSet.empty };
          return {
            query: next,
            pattern: compiled.pattern,
            hits: searchAll(state.doc, compiled.pattern, next),
          };
        }
        if (!tr.docChanged || !value.pattern || !value.query) return value;
        return { ...value, hits: researchChanged(tr, value, state.doc) };
      },
    },
    ...(painted && { view: (view) => new SearchHighlighter(view, { hits: activeHits }) }),
    props: {
      decorations(state) {
        if (painted) return null;
        const search = searchKey.getState(state);
        if (!search || !search.pattern) return null;
        const { from, to } = state.selection;
        const current =
          from !== to ? search.hits.find(from, to).find((d) => d.from === from && d.to === to) : null;
        return current
          ? search.hits.add(state.doc, [Decoration.inline(from, to, { class: 'search-current' })])
          : search.hits;
      },
    },
  });
}

/// Past this many changed blocks (a replace-all), building the matches
/// afresh, with unchanged blocks' matches from the cache, is quicker than
/// mapping thousands of them through the change.
const REBUILD_BLOCKS = 200;

// A block's matches, once per compiled pattern.
const matchCache = new BlockCache<RegExp, readonly TextMatch[]>((block, pattern) =>
  matchText(block.textContent, pattern),
);

function blockHits(block: Node, pos: number, pattern: RegExp, query: SearchQuery): Decoration[] {
  if (query.speakerId !== null && block.attrs['speakerId'] !== query.speakerId) return [];
  // Block content is text only, so a character offset is a position offset.
  return matchCache.get(block, pattern).map((m) => Decoration.inline(pos + 1 + m.from, pos + 1 + m.to, HIT));
}

function searchAll(doc: Node, pattern: RegExp, query: SearchQuery): DecorationSet {
  const decos: Decoration[] = [];
  forEachBlock(doc, (block, pos) => {
    decos.push(...blockHits(block, pos, pattern, query));
  });
  return DecorationSet.create(doc, decos);
}

function researchChanged(tr: Transaction, value: SearchState, doc: Node): DecorationSet {
  const ranges = changedRanges([tr]);
  const blocks = ranges?.flatMap(([from, to]) => blocksInRange(doc, from, to));
  if (!blocks || blocks.length > REBUILD_BLOCKS) return searchAll(doc, value.pattern!, value.query!);
  let hits = value.hits.map(tr.mapping, doc);
  for (const block of blocks) {
    const start = block.pos;
    const end = block.pos + block.node.nodeSize;
    hits = hits.remove(hits.find(start, end));
    hits = hits.add(doc, blockHits(block.node, block.pos, value.pattern!, value.query!));
  }
  return hits;
}
