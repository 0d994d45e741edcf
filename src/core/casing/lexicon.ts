/// The truecaser's language data behind an interface, so the rules can be
/// tested with a small hand-made lexicon and the app loads the real one
/// (about 140 kB, `lexiconData.ts`) only when the user first asks for it.

/// How strongly a word wants its cased spelling on its own.
///
/// - `always`: the dictionary has no lowercase word of that spelling (`nato`, `obama`).
/// - `leans`: a country, people or month that is also an ordinary word (`turkey`, `china`):
///   cased unless the words around it make it the ordinary word.
/// - `context`: an ordinary word first (`bill`, `may`, `mark`): cased only where the
///   context makes it a name or a date.
export type Strength = 'always' | 'leans' | 'context';

export interface CasedWord {
  form: string;
  strength: Strength;
  /// A country (`turkey`): after `the` or `a` it is the ordinary word.
  country?: true;
}

export interface CaseLexicon {
  /// The cased spelling of a word (key: lowercase), if it has one.
  word(key: string): CasedWord | undefined;
  /// True for a person's first or last name (`bill`, `putin`).
  isNameWord(key: string): boolean;
  /// True for a person's first name (`bob`, `cory`): the word after it may be the last name.
  isFirstName(key: string): boolean;
  /// True for a word that goes on a sentence after a name rather than ending it:
  /// a verb in a tense or a function word (`said`, `and`, `will`); regular
  /// forms in -s, -ed and -ing are left to the caller.
  isNotSurname(key: string): boolean;
  /// Multi-word names by their lowercase words: `north korea` -> `North Korea`.
  phrase(keys: string): string | undefined;
  /// The longest multi-word name, in words.
  readonly longestPhrase: number;
  /// True for a word some multi-word name starts with: only there is a phrase looked for.
  startsPhrase(key: string): boolean;
  /// True for an ordinary lowercase word of English (the dictionary's, or
  /// compromise's `gonna`); a word neither knows is likely a name (`pelosi`).
  isPlainWord(key: string): boolean;
}

export interface CaseLexiconData {
  ONLY_CASED: string;
  LEANS_CASED: string;
  LEANS_COUNTRY: string;
  AMBIGUOUS: string;
  NAME_WORDS: string;
  FIRST_NAMES: string;
  NOT_SURNAMES: string;
  PHRASES: string;
  /// Front-coded (see `frontDecode`).
  PLAIN_WORDS: string;
}

export function createCaseLexicon(data: CaseLexiconData): CaseLexicon {
  const words = new Map<string, CasedWord>();
  const add = (list: string, strength: Strength, country = false) => {
    for (const form of list.split(' ')) {
      if (form !== '')
        words.set(form.toLowerCase(), country ? { form, strength, country } : { form, strength });
    }
  };
  add(data.AMBIGUOUS, 'context');
  add(data.LEANS_CASED, 'leans');
  add(data.LEANS_COUNTRY, 'leans', true);
  add(data.ONLY_CASED, 'always');
  const names = new Set(data.NAME_WORDS.split(' '));
  const firstNames = new Set(data.FIRST_NAMES.split(' '));
  const notSurnames = new Set(data.NOT_SURNAMES.split(' '));
  const phrases = new Map<string, string>();
  const starts = new Set<string>();
  let longestPhrase = 1;
  for (const form of data.PHRASES.split('|')) {
    if (form === '') continue;
    phrases.set(form.toLowerCase(), form);
    starts.add(form.slice(0, form.indexOf(' ')).toLowerCase());
    longestPhrase = Math.max(longestPhrase, form.split(' ').length);
  }
  const plain = frontDecode(data.PLAIN_WORDS);
  return {
    word: (key) => words.get(key),
    isPlainWord: (key) => plain.has(key),
    isNameWord: (key) => names.has(key),
    isFirstName: (key) => firstNames.has(key),
    isNotSurname: (key) => notSurnames.has(key),
    phrase: (keys) => phrases.get(keys),
    longestPhrase,
    startsPhrase: (key) => starts.has(key),
  };
}

/// The words of a front-coded list: each starts with a digit, how many first
/// letters it shares with the word before, followed by the rest of its letters.
export function frontDecode(coded: string): Set<string> {
  const out = new Set<string>();
  let previous = '';
  let at = 0;
  while (at < coded.length) {
    const shared = coded.charCodeAt(at) - 48;
    let end = at + 1;
    while (end < coded.length && !isDigit(coded.charCodeAt(end))) end++;
    previous = previous.slice(0, shared) + coded.slice(at + 1, end);
    out.add(previous);
    at = end;
  }
  return out;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

let loading: Promise<CaseLexicon> | null = null;

/// The real lexicon, loaded once on first use (a separate chunk in the app).
export function loadCaseLexicon(): Promise<CaseLexicon> {
  loading ??= import('./lexiconData.ts').then((data) => createCaseLexicon(data));
  return loading;
}
