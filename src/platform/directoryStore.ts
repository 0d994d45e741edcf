import { forgottenOf, withoutForgotten, type ForgottenPerson } from '../core/directory/forgotten.ts';
import { addPeople } from '../core/directory/merge.ts';
import { personKey, type DirectoryPerson } from '../core/directory/person.ts';
import { db, PEOPLE, PEOPLE_NOTES } from './db.ts';

/// The directory of people, kept in this browser (IndexedDB) across
/// transcripts. Every change is one transaction, so two tabs recording
/// people at once never lose one another's records.

export async function listPeople(): Promise<DirectoryPerson[]> {
  const people = (await (await db()).getAll(PEOPLE)) as DirectoryPerson[];
  return people.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

const FORGOTTEN = 'forgotten:';
const DISMISSED = 'dismissed:';

/// Adds records, merging each into the person of the same name already
/// there, and returns the directory as it now is. Records `from` a
/// transcript leave out the people the user deleted (core/directory/
/// forgotten.ts); records from a directory file the user imports are the
/// user's own choice and bring such a person back.
export async function addToDirectory(
  records: readonly DirectoryPerson[],
  from: 'transcript' | 'file' = 'file',
): Promise<DirectoryPerson[]> {
  const database = await db();
  const tx = database.transaction([PEOPLE, PEOPLE_NOTES], 'readwrite');
  const people = tx.objectStore(PEOPLE);
  const notes = tx.objectStore(PEOPLE_NOTES);
  const existing = (await people.getAll()) as DirectoryPerson[];
  let adding = [...records];
  if (from === 'transcript') {
    const forgotten = new Map<string, ForgottenPerson>();
    for (const record of adding) {
      const gone = (await notes.get(FORGOTTEN + personKey(record.name))) as ForgottenPerson | undefined;
      if (gone) forgotten.set(gone.key, gone);
    }
    adding = withoutForgotten(adding, forgotten);
  } else {
    for (const record of adding) await notes.delete(FORGOTTEN + personKey(record.name));
  }
  const next = addPeople(existing, adding);
  const kept = new Set(next.map((p) => p.id));
  for (const p of existing) if (!kept.has(p.id)) await people.delete(p.id);
  for (const p of next) await people.put(p);
  await tx.done;
  return next;
}

/// Saves one person as the user edited them (or brought them back with
/// Undo: they are no longer forgotten).
export async function putPerson(person: DirectoryPerson): Promise<void> {
  const tx = (await db()).transaction([PEOPLE, PEOPLE_NOTES], 'readwrite');
  await tx.objectStore(PEOPLE).put(person);
  await tx.objectStore(PEOPLE_NOTES).delete(FORGOTTEN + personKey(person.name));
  await tx.done;
}

/// Deletes a person, and remembers the programmes they were recorded from
/// so that those do not record them again.
export async function deletePerson(id: string): Promise<void> {
  const tx = (await db()).transaction([PEOPLE, PEOPLE_NOTES], 'readwrite');
  const person = (await tx.objectStore(PEOPLE).get(id)) as DirectoryPerson | undefined;
  if (person) {
    const forgotten = forgottenOf(person);
    await tx.objectStore(PEOPLE_NOTES).put(forgotten, FORGOTTEN + forgotten.key);
    await tx.objectStore(PEOPLE).delete(id);
  }
  await tx.done;
}

/// Remembers that the user dismissed an offer (`dismissalKey`).
export async function dismissOffer(key: string): Promise<void> {
  await (await db()).put(PEOPLE_NOTES, true, DISMISSED + key);
}

/// Which of these offers (by `dismissalKey`) the user dismissed before.
export async function dismissedOffers(keys: readonly string[]): Promise<Set<string>> {
  const tx = (await db()).transaction(PEOPLE_NOTES, 'readonly');
  const dismissed = new Set<string>();
  for (const key of keys) if ((await tx.store.get(DISMISSED + key)) !== undefined) dismissed.add(key);
  await tx.done;
  return dismissed;
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
