/// Keeps team documents in the SQLite store, losing nothing a client was told
/// is saved.
///
/// Hocuspocus acknowledges an update (a SyncStatus message) right after
/// applying it, in `MessageReceiver.readSyncMessage`, synchronously. Its
/// hooks all run on a promise chain (`Hocuspocus.hooks` starts from
/// `Promise.resolve()`), so `onChange` runs only after the acknowledgement
/// has gone out, and `onStoreDocument` is debounced by seconds. The one thing
/// that runs between applying an update and acknowledging it is the Y.Doc's
/// own `update` event, which Yjs emits synchronously inside the transaction:
/// this extension listens to it (from `afterLoadDocument`) and appends the
/// update to the store there. When Hocuspocus stores the document, the merged
/// state replaces the appended rows (`compact`).

import type {
  Extension,
  afterLoadDocumentPayload,
  afterUnloadDocumentPayload,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from '@hocuspocus/server';
import * as Y from 'yjs';
import type { TeamStore } from './store.ts';

/// The transaction origin @hocuspocus/extension-redis gives updates relayed
/// from another process; that process has appended them already.
const REDIS_ORIGIN = '__hocuspocus__redis__origin__';

interface Bookkeeping {
  /// Rows known to be part of the document in memory: compacted away on store.
  rowIds: number[];
  /// The stored state plus every update since: an upper bound of the size.
  bytes: number;
}

export class SqlitePersistence implements Extension {
  extensionName = 'SqlitePersistence';
  private readonly open = new Map<string, Bookkeeping>();

  /// `shared`: other processes write the same file (Redis scale-out), so a
  /// stored state is merged with what is there rather than replacing it.
  constructor(
    private readonly store: TeamStore,
    private readonly shared: boolean,
  ) {}

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    const { parts, rowIds } = this.store.load(documentName);
    if (parts.length > 0) Y.applyUpdate(document, parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts));
    this.open.set(documentName, { rowIds, bytes: parts.reduce((sum, part) => sum + part.byteLength, 0) });
  }

  async afterLoadDocument({ documentName, document }: afterLoadDocumentPayload): Promise<void> {
    const books = this.open.get(documentName);
    if (!books) return;
    document.on('update', (update: Uint8Array, origin: unknown) => {
      books.bytes += update.byteLength;
      if (origin === REDIS_ORIGIN) return;
      books.rowIds.push(this.store.append(documentName, update));
    });
  }

  async onStoreDocument({ documentName, document }: onStoreDocumentPayload): Promise<void> {
    const books = this.open.get(documentName);
    if (!books) return;
    let state = Y.encodeStateAsUpdate(document);
    if (this.shared) {
      const stored = this.store.storedState(documentName);
      if (stored) state = Y.mergeUpdates([stored, state]);
    }
    // Synchronous from here: no update can land between the snapshot and the
    // deletion of the rows it holds.
    const rows = books.rowIds;
    books.rowIds = [];
    this.store.compact(documentName, state, rows);
    books.bytes = state.byteLength;
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.open.delete(documentName);
  }

  /// The size a document has reached (for the document size limit), or 0
  /// when it is not open here.
  documentBytes(documentName: string): number {
    return this.open.get(documentName)?.bytes ?? 0;
  }
}
