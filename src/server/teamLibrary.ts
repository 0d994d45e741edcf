/// The library a token sees: every document it opens that the server holds,
/// with its summary (read from memory when the document is open, else from
/// the store, cached until it changes) and who is connected now.

import type { Hocuspocus } from '@hocuspocus/server';
import { EVERY_DOCUMENT, type TeamClaims } from '../core/team/claims.ts';
import type { LibraryEntry } from '../core/team/library.ts';
import { summarize, summarizeUpdates, type DocumentSummary } from './library.ts';
import type { TeamStore } from './store.ts';

export class TeamLibrary {
  private readonly cache = new Map<string, { updatedAt: number; summary: DocumentSummary }>();
  instance: Hocuspocus | null = null;

  constructor(private readonly store: TeamStore) {}

  entries(claims: TeamClaims): LibraryEntry[] {
    const stored = this.store
      .documents()
      .filter(({ name }) => claims.doc === EVERY_DOCUMENT || claims.doc === name);
    return stored.map(({ name, updatedAt }) => {
      const open = this.instance?.documents.get(name);
      return {
        doc: name,
        ...(open ? summarize(open) : this.storedSummary(name, updatedAt)),
        present: open ? presentNames(open.awareness.getStates()) : [],
        updatedAt: Math.max(updatedAt, open?.lastChangeTime ?? 0),
      };
    });
  }

  private storedSummary(name: string, updatedAt: number): DocumentSummary {
    const cached = this.cache.get(name);
    if (cached && cached.updatedAt === updatedAt) return cached.summary;
    const summary = summarizeUpdates(this.store.load(name).parts);
    this.cache.set(name, { updatedAt, summary });
    return summary;
  }
}

/// The names in awareness states (`user.name`, as y-prosemirror's cursor
/// plugin and our client set them), each once, sorted.
export function presentNames(states: Map<number, Record<string, unknown>>): string[] {
  const names = new Set<string>();
  for (const state of states.values()) {
    const user = state['user'] as { name?: unknown } | undefined;
    if (typeof user?.name === 'string' && user.name) names.add(user.name);
  }
  return [...names].sort();
}
