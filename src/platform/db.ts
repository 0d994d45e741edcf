import { openDB, type IDBPDatabase } from 'idb';

/// The app's IndexedDB database: the draft (the open document's browser
/// copy), the edit journal since the draft, and restore points.
export const DRAFTS = 'drafts';
export const RESTORE_POINTS = 'restorePoints';
export const JOURNAL = 'journal';

let dbPromise: Promise<IDBPDatabase> | null = null;

export function db(): Promise<IDBPDatabase> {
  dbPromise ??= openDB('caption-desk', 3, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) database.createObjectStore(DRAFTS);
      if (oldVersion < 2) database.createObjectStore(RESTORE_POINTS, { keyPath: 'id', autoIncrement: true });
      if (oldVersion < 3) database.createObjectStore(JOURNAL);
    },
  });
  return dbPromise;
}
