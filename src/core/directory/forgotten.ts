import { personKey, sameAppearance, type Appearance, type DirectoryPerson } from './person.ts';

/// A person the user deleted from the directory: their key, and the
/// programmes they had been recorded from. Opening one of those transcripts
/// again does not bring them back (the roster there still names them); a
/// programme not among them does, because naming them there is new work.
export interface ForgottenPerson {
  key: string;
  appearances: Appearance[];
}

export function forgottenOf(person: DirectoryPerson): ForgottenPerson {
  return { key: personKey(person.name), appearances: person.appearances };
}

/// The records a transcript gives, less the people deleted from the
/// directory whose every appearance here was one they were deleted with.
export function withoutForgotten(
  records: readonly DirectoryPerson[],
  forgotten: ReadonlyMap<string, ForgottenPerson>,
): DirectoryPerson[] {
  return records.filter((record) => {
    const gone = forgotten.get(personKey(record.name));
    return !gone || !record.appearances.every((a) => gone.appearances.some((g) => sameAppearance(a, g)));
  });
}

/// Where a dismissed offer is remembered: the programme (title, network,
/// date) and the person. Null for a transcript with none of the three, which
/// cannot be told from another.
export function dismissalKey(programme: Appearance, personId: string): string | null {
  if (!programme.title && !programme.network && !programme.date) return null;
  return JSON.stringify([programme.title ?? '', programme.network ?? '', programme.date ?? '', personId]);
}
