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

/// One pass over the text's words, whatever the size of the directory: a
/// day of captions (a million characters) against thousands of people
/// must not hold up the page that has just opened.
export function directoryOffers(
  directory: readonly DirectoryPerson[],
  text: string,
  rosterNames: readonly string[],
): DirectoryOffer[] {
  const roster = new Set(rosterNames.map(personKey));
  // First names and aliases shared by two people point at neither.
  const byWord = new Map<string, DirectoryPerson | null>();
  // Whole names of two words or more, by their first word.
  const byFirstWord = new Map<string, { person: DirectoryPerson; words: string[] }[]>();
  for (const p of directory) {
    const words = personKey(p.name).split(' ');
    for (const word of [words[0]!, ...p.aliases.map(personKey)]) {
      const other = byWord.get(word);
      byWord.set(word, other === undefined || other === p ? p : null);
    }
    if (words.length > 1) {
      const list = byFirstWord.get(words[0]!) ?? [];
      list.push({ person: p, words });
      byFirstWord.set(words[0]!, list);
    }
  }
  const { named, prefixes } = readWords(text, byFirstWord);
  const offers: DirectoryOffer[] = [];
  for (const person of directory) {
    const key = personKey(person.name);
    if (roster.has(key) && rosterNames.some((n) => n === person.name)) continue; // already spelt as the desk spells it
    if (named.has(person)) {
      offers.push({ person, evidence: key });
      continue;
    }
    const word = [key.split(' ')[0]!, ...person.aliases.map(personKey)].find(
      (w) => byWord.get(w) === person && (prefixes.has(w) || roster.has(w)),
    );
    if (word) offers.push({ person, evidence: prefixes.has(word) ? `${word}:` : word });
  }
  return offers;
}

/// The people whose whole name the text says, and the words it uses as
/// speaker prefixes (`sami:`), read word by word in one pass.
function readWords(
  text: string,
  byFirstWord: ReadonlyMap<string, readonly { person: DirectoryPerson; words: readonly string[] }[]>,
): { named: Set<DirectoryPerson>; prefixes: Set<string> } {
  const words = personKey(text)
    .replace(/[^a-z0-9':-]+/g, ' ')
    .split(' ')
    .filter(Boolean);
  const named = new Set<DirectoryPerson>();
  const prefixes = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.length > 1 && word.endsWith(':')) prefixes.add(word.slice(0, -1));
    for (const name of byFirstWord.get(word) ?? [])
      if (!named.has(name.person) && name.words.every((w, k) => words[i + k] === w)) named.add(name.person);
  }
  return { named, prefixes };
}
