import { db, RESTORE_POINTS } from './db.ts';

/// A copy of the whole document taken before something big (opening another
/// file, replace all, merge, delete) and every few minutes while editing.
export interface RestorePoint {
  id: number;
  createdAt: number;
  /// Why it was taken: "Before opening show.txt", "Every 5 minutes", ...
  reason: string;
  /// The document title or file name, to tell points of several documents apart.
  title: string;
  /// The document in our saved-file format.
  json: string;
}

/// How many points are kept; the oldest go first.
export const MAX_RESTORE_POINTS = 40;

export async function addRestorePoint(point: Omit<RestorePoint, 'id'>): Promise<void> {
  const database = await db();
  const tx = database.transaction(RESTORE_POINTS, 'readwrite');
  await tx.store.add(point);
  const keys = await tx.store.getAllKeys();
  for (const key of keys.slice(0, Math.max(0, keys.length - MAX_RESTORE_POINTS))) await tx.store.delete(key);
  await tx.done;
}

/// Newest first, without their documents (those are read on restore).
export async function listRestorePoints(): Promise<Array<Omit<RestorePoint, 'json'>>> {
  const all = (await (await db()).getAll(RESTORE_POINTS)) as RestorePoint[];
  return all.map(({ json: _json, ...rest }) => rest).reverse();
}

export async function readRestorePoint(id: number): Promise<RestorePoint | null> {
  return ((await (await db()).get(RESTORE_POINTS, id)) as RestorePoint | undefined) ?? null;
}
