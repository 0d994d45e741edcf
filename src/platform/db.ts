import { openDB, type IDBPDatabase } from 'idb';

/// The app's IndexedDB database: the draft (the open document's browser
/// copy), the edit journal since the draft, restore points, and the
/// directory of people named in every transcript opened here.
export const DRAFTS = 'drafts';
export const RESTORE_POINTS = 'restorePoints';
export const JOURNAL = 'journal';
export const PEOPLE = 'people';

let dbPromise: Promise<IDBPDatabase> | null = null;

export function db(): Promise<IDBPDatabase> {
  dbPromise ??= openDB('caption-desk', 4, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) database.createObjectStore(DRAFTS);
      if (oldVersion < 2) database.createObjectStore(RESTORE_POINTS, { keyPath: 'id', autoIncrement: true });
      if (oldVersion < 3) database.createObjectStore(JOURNAL);
      if (oldVersion < 4) database.createObjectStore(PEOPLE, { keyPath: 'id' });
    },
  });
  return dbPromise;
}
