import { openDB, type IDBPDatabase } from 'idb';

/// The app's IndexedDB database: the draft (the open document's browser
/// copy) and restore points.
export const DRAFTS = 'drafts';
export const RESTORE_POINTS = 'restorePoints';

let dbPromise: Promise<IDBPDatabase> | null = null;

export function db(): Promise<IDBPDatabase> {
  dbPromise ??= openDB('caption-desk', 2, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) database.createObjectStore(DRAFTS);
      if (oldVersion < 2) database.createObjectStore(RESTORE_POINTS, { keyPath: 'id', autoIncrement: true });
    },
  });
  return dbPromise;
}
