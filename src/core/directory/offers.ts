import type { DirectoryPerson } from './person.ts';
import { personKey } from './person.ts';

/// People from the directory that a newly opened transcript names, offered
/// to the user beside the caption suggestions (nothing is applied without
/// them). A person is offered when their whole name appears in the text, or
/// when a speaker prefix (`sami:`) or roster name is their first name or an
/// alias and no one else in the directory shares it.
export interface DirectoryOffer {
  person: DirectoryPerson;
  /// What matched: `sami:` or `jenny town`.
  evidence: string;
}

export function directoryOffers(
  directory: readonly DirectoryPerson[],
  text: string,
  rosterNames: readonly string[],
): DirectoryOffer[] {
  const haystack = ` ${personKey(text).replace(/[^a-z0-9':-]+/g, ' ')} `;
  const roster = new Set(rosterNames.map(personKey));
  // First names and aliases shared by two people point at neither.
  const byWord = new Map<string, DirectoryPerson | null>();
  for (const p of directory) {
    for (const word of [personKey(p.name).split(' ')[0]!, ...p.aliases.map(personKey)]) {
      const other = byWord.get(word);
      byWord.set(word, other === undefined || other === p ? p : null);
    }
  }
  const offers: DirectoryOffer[] = [];
  for (const person of directory) {
    const key = personKey(person.name);
    if (roster.has(key) && rosterNames.some((n) => n === person.name)) continue; // already spelt as the desk spells it
    if (key.includes(' ') && haystack.includes(` ${key} `)) {
      offers.push({ person, evidence: key });
      continue;
    }
    const word = [key.split(' ')[0]!, ...person.aliases.map(personKey)].find(
      (w) => byWord.get(w) === person && (haystack.includes(` ${w}: `) || roster.has(w)),
    );
    if (word) offers.push({ person, evidence: haystack.includes(` ${word}: `) ? `${word}:` : word });
  }
  return offers;
}
