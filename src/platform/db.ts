import { openDB, type IDBPDatabase } from 'idb';

/// The app's IndexedDB database: the draft (the open document's browser
/// copy), the edit journal since the draft, restore points, and the
/// directory of people named in every transcript opened here, and what the
/// user told the directory to leave alone.
export const DRAFTS = 'drafts';
export const RESTORE_POINTS = 'restorePoints';
export const JOURNAL = 'journal';
export const PEOPLE = 'people';
/// What the user told the directory to leave alone: deleted people (by
/// `forgotten:` and their key) and dismissed offers (by `dismissed:` and
/// the programme and person).
export const PEOPLE_NOTES = 'peopleNotes';

let dbPromise: Promise<IDBPDatabase> | null = null;

export function db(): Promise<IDBPDatabase> {
  dbPromise ??= openDB('caption-desk', 5, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) database.createObjectStore(DRAFTS);
      if (oldVersion < 2) database.createObjectStore(RESTORE_POINTS, { keyPath: 'id', autoIncrement: true });
      if (oldVersion < 3) database.createObjectStore(JOURNAL);
      if (oldVersion < 4) database.createObjectStore(PEOPLE, { keyPath: 'id' });
      if (oldVersion < 5) database.createObjectStore(PEOPLE_NOTES);
    },
  });
  return dbPromise;
}
