/// The SQLite file that keeps every team document: per document its merged
/// Yjs state, plus the updates that arrived since that state was written.
/// Every write is synchronous (better-sqlite3), so a row is on disk before the
/// caller goes on: the persistence appends each update before Hocuspocus
/// acknowledges it to the client.

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const DATABASE_FILE = 'team.sqlite';

export interface StoredDocument {
  /// The stored state and every update since, in order (apply each).
  parts: Uint8Array[];
  /// The ids of the update rows among `parts`.
  rowIds: number[];
}

export class TeamStore {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, DATABASE_FILE));
    // WAL: several server processes (Redis scale-out) share the file, and a
    // committed row survives the process being killed. NORMAL syncs the WAL at
    // checkpoints, not every commit: a power cut may lose the last moments.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS documents (
        name TEXT PRIMARY KEY,
        state BLOB NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE TABLE IF NOT EXISTS updates (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        data BLOB NOT NULL,
        at INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS updates_by_name ON updates (name, id);
    `);
    this.statements = {
      state: this.db.prepare<[string], { state: Buffer }>('SELECT state FROM documents WHERE name = ?'),
      updates: this.db.prepare<[string], { id: number; data: Buffer }>(
        'SELECT id, data FROM updates WHERE name = ? ORDER BY id',
      ),
      append: this.db.prepare<[string, Uint8Array, number]>(
        'INSERT INTO updates (name, data, at) VALUES (?, ?, ?)',
      ),
      putState: this.db.prepare<[string, Uint8Array, number]>(
        `INSERT INTO documents (name, state, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
      ),
      dropUpdate: this.db.prepare<[number]>('DELETE FROM updates WHERE id = ?'),
      names: this.db.prepare<[], { name: string; updatedAt: number }>(
        `SELECT name, MAX(at) AS updatedAt FROM (
           SELECT name, updated_at AS at FROM documents UNION ALL SELECT name, at FROM updates
         ) GROUP BY name ORDER BY name`,
      ),
    };
  }

  load(name: string): StoredDocument {
    const parts: Uint8Array[] = [];
    const rowIds: number[] = [];
    const stored = this.statements.state.get(name);
    if (stored) parts.push(new Uint8Array(stored.state));
    for (const row of this.statements.updates.all(name)) {
      parts.push(new Uint8Array(row.data));
      rowIds.push(row.id);
    }
    return { parts, rowIds };
  }

  /// Appends one update; returns its row id. Synchronous: on disk (in the
  /// WAL) when this returns.
  append(name: string, update: Uint8Array): number {
    return Number(this.statements.append.run(name, update, Date.now()).lastInsertRowid);
  }

  /// Writes a document's merged state and drops the update rows it holds,
  /// in one transaction.
  compact(name: string, state: Uint8Array, rowIds: readonly number[]): void {
    this.db.transaction(() => {
      this.statements.putState.run(name, state, Date.now());
      for (const id of rowIds) this.statements.dropUpdate.run(id);
    })();
  }

  /// The stored state alone (for merging before a write in scale-out).
  storedState(name: string): Uint8Array | null {
    const stored = this.statements.state.get(name);
    return stored ? new Uint8Array(stored.state) : null;
  }

  /// Every stored document with its last change (ms since the epoch).
  documents(): { name: string; updatedAt: number }[] {
    return this.statements.names.all();
  }

  close(): void {
    this.db.close();
  }
}
