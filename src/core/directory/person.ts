import type { Role } from '../transcript.ts';

/// One person in a desk's directory: someone named in any transcript the
/// user opened, with what the captions or the user said about them.
export interface DirectoryPerson {
  /// Stable, local to the directory (`p-…`).
  id: string;
  /// As the desk spells it; a speaker assigned from the directory takes it.
  name: string;
  role: Role;
  /// `director of the north korea-focussed news site n-k news`.
  affiliation?: string;
  /// Words the captions call them by besides the name (`sami` for `sami:`).
  aliases: string[];
  appearances: Appearance[];
  /// `YYYY-MM-DD` of the first and last programme they appeared in (or the
  /// day they were recorded, when the programme has no date).
  firstSeen: string;
  lastSeen: string;
}

export interface Appearance {
  title?: string;
  network?: string;
  date?: string;
}

/// The key two records of the same person share: the name in lowercase,
/// with single spaces and without accents (`Andrei  Lankov`, `andrei lankov`).
export function personKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function sameAppearance(a: Appearance, b: Appearance): boolean {
  return a.title === b.title && a.network === b.network && a.date === b.date;
}

/// The usual description of a person, as offered to the user:
/// `Sami Zeidan, host of Inside Story`.
export function describePerson(person: DirectoryPerson): string {
  const usual = usualProgramme(person);
  const role = person.role === 'other' ? '' : person.role;
  const what = role ? (usual ? `${role} of ${usual}` : role) : (person.affiliation ?? '');
  return what ? `${person.name}, ${what}` : person.name;
}

/// The programme a person appears in most often (ties: the latest).
function usualProgramme(person: DirectoryPerson): string {
  const counts = new Map<string, number>();
  for (const a of person.appearances) if (a.title) counts.set(a.title, (counts.get(a.title) ?? 0) + 1);
  let best = '';
  let most = 0;
  for (const [title, n] of counts) if (n >= most) [best, most] = [title, n];
  return best;
}
