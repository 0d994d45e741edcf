import { addPeople } from '../core/directory/merge.ts';
import { personKey, type DirectoryPerson } from '../core/directory/person.ts';
import { db, PEOPLE } from './db.ts';

/// The directory of people, kept in this browser (IndexedDB) across
/// transcripts. Every change is one transaction, so two tabs recording
/// people at once never lose one another's records.

export async function listPeople(): Promise<DirectoryPerson[]> {
  const people = (await (await db()).getAll(PEOPLE)) as DirectoryPerson[];
  return people.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/// Adds records (from a transcript, or an imported directory file), merging
/// each into the person of the same name already there. Returns the
/// directory as it now is.
export async function addToDirectory(records: readonly DirectoryPerson[]): Promise<DirectoryPerson[]> {
  const database = await db();
  const tx = database.transaction(PEOPLE, 'readwrite');
  const existing = (await tx.store.getAll()) as DirectoryPerson[];
  const next = addPeople(existing, records);
  const kept = new Set(next.map((p) => p.id));
  for (const p of existing) if (!kept.has(p.id)) await tx.store.delete(p.id);
  for (const p of next) await tx.store.put(p);
  await tx.done;
  return next;
}

/// Saves one person as the user edited them.
export async function putPerson(person: DirectoryPerson): Promise<void> {
  await (await db()).put(PEOPLE, person);
}

export async function deletePerson(id: string): Promise<void> {
  await (await db()).delete(PEOPLE, id);
}

/// Merges `fromId` into `intoId` (the user picked both), as one transaction.
export async function mergeIntoPerson(intoId: string, fromId: string): Promise<void> {
  const database = await db();
  const tx = database.transaction(PEOPLE, 'readwrite');
  const into = (await tx.store.get(intoId)) as DirectoryPerson | undefined;
  const from = (await tx.store.get(fromId)) as DirectoryPerson | undefined;
  if (into && from && into.id !== from.id) {
    const [merged] = addPeople(
      [into],
      [{ ...from, name: into.name, aliases: [...from.aliases, personKey(from.name)] }],
    );
    await tx.store.put(merged!);
    await tx.store.delete(fromId);
  }
  await tx.done;
}
