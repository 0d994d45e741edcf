/// Builds the truecaser's case lexicon, `src/core/casing/lexiconData.ts`, from
/// two maintained packages (no word list typed by us):
///
/// - `dictionary-en` (wooorm; Hunspell en_US from SCOWL, MIT AND BSD): every
///   entry spelled with a capital (`America`, `NATO`, `O'Brien`, `May`), with
///   its plural where the affix file gives one; and, to sort them, every
///   lowercase word the dictionary spells (stems expanded through the affix
///   rules), so that `turkey`, `may` and `bill` are known to be ordinary words
///   too.
/// - `compromise` (MIT): its lexicon's places, organisations, people's names,
///   months and weekdays, which say which of those ambiguous words lean to a
///   capital (`turkey` is a country, `bill` a first name) and add the
///   multi-word names (`north korea`, `united nations`).
///
///   npm run lexicon:case      (rewrites the file; a unit test fails when it is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nlp from 'compromise';
import { VERB_ENDINGS } from '../src/core/casing/grammar.ts';

export const LEXICON_PATH = 'src/core/casing/lexiconData.ts';

interface Affix {
  strip: string;
  add: string;
  condition: RegExp;
  /// The affix file's cross-product mark: a prefix and a suffix both marked
  /// combine (`de` + `pend` + `s`: `depends`).
  cross: boolean;
}

function readAffixes(aff: string): { suffixes: Map<string, Affix[]>; prefixes: Map<string, Affix[]> } {
  const suffixes = new Map<string, Affix[]>();
  const prefixes = new Map<string, Affix[]>();
  const cross = new Set<string>();
  for (const line of aff.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if ((parts[0] === 'SFX' || parts[0] === 'PFX') && parts.length === 4 && parts[2] === 'Y')
      cross.add(`${parts[0]} ${parts[1]}`);
    if ((parts[0] !== 'SFX' && parts[0] !== 'PFX') || parts.length < 5) continue;
    const [kind, flag, strip, add, condition] = parts as [string, string, string, string, string];
    const table = kind === 'SFX' ? suffixes : prefixes;
    const anchored = kind === 'SFX' ? `${condition}$` : `^${condition}`;
    const list = table.get(flag) ?? [];
    list.push({
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : add,
      condition: new RegExp(anchored),
      cross: cross.has(`${kind} ${flag}`),
    });
    table.set(flag, list);
  }
  return { suffixes, prefixes };
}

/// Every form of one dictionary entry: the stem, its suffixed forms, and (for
/// lowercase words) its prefixed forms, with the suffixes that combine with them.
function expand(stem: string, flags: string, affixes: ReturnType<typeof readAffixes>): string[] {
  const forms = [stem];
  const crossForms = [stem];
  for (const flag of flags) {
    for (const rule of affixes.suffixes.get(flag) ?? []) {
      if (!rule.condition.test(stem) || !stem.endsWith(rule.strip)) continue;
      const form = stem.slice(0, stem.length - rule.strip.length) + rule.add;
      forms.push(form);
      if (rule.cross) crossForms.push(form);
    }
  }
  for (const flag of flags) {
    for (const rule of affixes.prefixes.get(flag) ?? []) {
      for (const form of rule.cross ? crossForms : [stem]) forms.push(rule.add + form);
    }
  }
  return forms;
}

const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Organization', 'SportsTeam', 'Demonym', 'Acronym']);
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const DATE_TAGS = new Set(['Month', 'WeekDay']);
const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
/// Tags of words that go on a sentence after a name rather than end the name:
/// verbs in a tense and the closed classes (`bob said`, `bob and`, `bob will`).
const NOT_SURNAME_TAGS = new Set([
  'PastTense',
  'PresentTense',
  'Participle',
  'Gerund',
  'Verb',
  'Copula',
  'Modal',
  'Conjunction',
  'Preposition',
  'Determiner',
  'Pronoun',
  'Possessive',
  'Reflexive',
  'QuestionWord',
  'Adverb',
  'Negative',
  'Condition',
  'Comparative',
  'Superlative',
  'Expression',
  'Cardinal',
  'Ordinal',
  'TextValue',
]);

/// Small words that stay lowercase inside a name (`Isle of Man`, `Arc de Triomphe`).
const PHRASE_LOWER = new Set([
  'of',
  'and',
  'the',
  'de',
  'des',
  'du',
  'la',
  'le',
  'el',
  'von',
  'van',
  'der',
  'da',
  'y',
  'on',
  'upon',
  'in',
  'at',
  'for',
  'a',
]);

/// A word of a multi-word name: as the dictionary spells it when it only has
/// a cased spelling longer than two letters (`NATO`), else with a capital.
function spellInPhrase(word: string, first: boolean, cased: Map<string, string>, lower: Set<string>): string {
  if (!first && PHRASE_LOWER.has(word)) return word;
  const spelled = cased.get(word);
  if (spelled !== undefined && !lower.has(word) && (spelled.length > 2 || spelled !== spelled.toUpperCase()))
    return spelled;
  return word.length > 0 ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/// A plain word with a regular ending (`works` of `work`): no need to list it.
function isRegularForm(word: string, plain: ReadonlySet<string>): boolean {
  return VERB_ENDINGS.some(
    ([ending, replacement]) =>
      word.length > ending.length + 2 &&
      word.endsWith(ending) &&
      plain.has(word.slice(0, word.length - ending.length) + replacement),
  );
}

function tagsOf(value: unknown): string[] {
  return Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
}

/// Sorted words as one string, each a digit (the letters shared with the word
/// before, at most 9) and its other letters: a third of the plain list's size.
export function frontCode(sorted: readonly string[]): string {
  let previous = '';
  let out = '';
  for (const word of sorted) {
    let shared = 0;
    while (shared < 9 && shared < word.length && word[shared] === previous[shared]) shared++;
    out += String(shared) + word.slice(shared);
    previous = word;
  }
  return out;
}

export function buildCaseLexicon(): string {
  const require = createRequire(import.meta.url);
  const dictDir = dirname(require.resolve('dictionary-en'));
  const dic = readFileSync(join(dictDir, 'index.dic'), 'utf8');
  const affixes = readAffixes(readFileSync(join(dictDir, 'index.aff'), 'utf8'));

  const lower = new Set<string>();
  /// lowercase key -> the dictionary's cased spelling (first one wins).
  const cased = new Map<string, string>();
  for (const line of dic.split('\n').slice(1)) {
    const [stem = '', flags = ''] = line.trim().split('/');
    if (!/^[A-Za-z][A-Za-z'.-]*$/.test(stem)) continue;
    if (/^[a-z]/.test(stem)) {
      for (const form of expand(stem, flags, affixes)) lower.add(form);
      continue;
    }
    // Cased entries: the stem and its plural (`Americans`); possessives are
    // handled at run time.
    const pluralOnly = flags.includes('S') ? 'S' : '';
    for (const form of expand(stem, pluralOnly, { suffixes: affixes.suffixes, prefixes: new Map() })) {
      const key = form.toLowerCase();
      if (!cased.has(key)) cased.set(key, form);
    }
  }

  const world = nlp.world() as unknown as { model: { one: { lexicon: Record<string, unknown> } } };
  const lexicon = world.model.one.lexicon;
  const places = new Set<string>();
  const countries = new Set<string>();
  const names = new Set<string>();
  const firstNames = new Set<string>();
  const notSurnames = new Set<string>();
  const dates = new Set<string>();
  const phrases = new Map<string, string>();
  /// Ordinary words: the dictionary's lowercase forms and compromise's words
  /// that name nothing (`gonna`, `yeah`), so a word outside both is unknown.
  const plain = new Set<string>();
  for (const word of lower) for (const part of word.split('-')) plain.add(part);
  for (const [word, value] of Object.entries(lexicon)) {
    const tags = tagsOf(value);
    // A regular form (`-s`, `-ed`, `-ing` of a plain word) is told at run time: kept out to stay small.
    if (tags.some((t) => NOT_SURNAME_TAGS.has(t)) && /^[a-z]+$/.test(word) && !isRegularForm(word, plain))
      notSurnames.add(word);
    const place = tags.some((t) => PLACE_TAGS.has(t));
    const name = tags.some((t) => NAME_TAGS.has(t));
    const date = tags.some((t) => DATE_TAGS.has(t)) && word.length > 3;
    if (!place && !name && !date && !tags.includes('ProperNoun')) {
      for (const part of word.split(/[ -]/)) plain.add(part);
      continue;
    }
    if (!/^[a-z][a-z' .-]*$/.test(word)) continue;
    if (word.includes(' ')) {
      // A multi-word name: each word as the dictionary spells it, else with a capital.
      const spelled = word
        .split(' ')
        .map((w, i) => spellInPhrase(w, i === 0, cased, lower))
        .join(' ');
      phrases.set(word, spelled);
      continue;
    }
    if (place) places.add(word);
    if (tags.includes('Country')) countries.add(word);
    if (name) names.add(word);
    if (tags.some((t) => FIRST_NAME_TAGS.has(t))) firstNames.add(word);
    if (date) dates.add(word);
    // A name compromise knows that the dictionary does not spell.
    if (!cased.has(word) && !lower.has(word)) cased.set(word, word[0]!.toUpperCase() + word.slice(1));
  }

  const only: string[] = [];
  const lean: string[] = [];
  const leanCountries: string[] = [];
  const ambiguous: string[] = [];
  for (const [key, form] of [...cased].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // Two-letter codes (`AL`, `CO`) are more often a name's part (`al qaeda`,
    // `al gore`) or a word than the state: they wait for context.
    if (!lower.has(key) && !(form.length <= 2 && form === form.toUpperCase())) only.push(form);
    // Short and all-caps forms (`UPS`, `Inc`) are abbreviations far more often
    // written as the ordinary word in captions: they wait for context.
    else if ((places.has(key) || dates.has(key)) && form.length > 3 && form !== form.toUpperCase())
      (countries.has(key) ? leanCountries : lean).push(form);
    else ambiguous.push(form);
  }
  const nameWords = [...names].filter((n) => !n.includes(' ')).sort();
  const phraseList = [...phrases.values()].sort();
  // Only what a token can be: letters and inner apostrophes.
  const plainList = [...plain].filter((w) => /^[a-z]+(?:'[a-z]+)*$/.test(w)).sort();

  return [
    '// Generated by scripts/build-case-lexicon.ts from dictionary-en 4.0.0 (Hunspell en_US,',
    '// SCOWL: MIT AND BSD) and compromise 14 (MIT). Do not edit: run `npm run lexicon:case`.',
    '',
    '/// Words the dictionary only ever spells with capitals, space-separated.',
    `export const ONLY_CASED = ${JSON.stringify(only.join(' '))};`,
    '',
    '/// Cased spellings of ordinary words that name places, organisations, months',
    '/// or weekdays (compromise): cased unless the context says otherwise.',
    `export const LEANS_CASED = ${JSON.stringify(lean.join(' '))};`,
    '',
    '/// The same for countries (`Turkey`, `China`), which `the` or `a` before makes ordinary words.',
    `export const LEANS_COUNTRY = ${JSON.stringify(leanCountries.join(' '))};`,
    '',
    '/// Cased spellings of ordinary words (`Bill`, `Mark`): lowercase unless the',
    '/// context makes them a name.',
    `export const AMBIGUOUS = ${JSON.stringify(ambiguous.join(' '))};`,
    '',
    "/// People's first and last names (compromise), lowercase, space-separated.",
    `export const NAME_WORDS = ${JSON.stringify(nameWords.join(' '))};`,
    '',
    "/// People's first names (compromise), lowercase, space-separated: the word after one may be a last name.",
    `export const FIRST_NAMES = ${JSON.stringify([...firstNames].sort().join(' '))};`,
    '',
    '/// Words that go on a sentence after a name instead of ending it (compromise: verbs in a',
    '/// tense, function words), but for the regular forms ending in -s, -ed and -ing.',
    `export const NOT_SURNAMES = ${JSON.stringify([...notSurnames].sort().join(' '))};`,
    '',
    '/// Multi-word names (compromise), `|`-separated.',
    `export const PHRASES = ${JSON.stringify(phraseList.join('|'))};`,
    '',
    '/// Ordinary lowercase words (the dictionary, compromise), sorted and front-coded: each',
    '/// word is a digit, how many first letters it shares with the word before (at most 9),',
    '/// and the rest of its letters.',
    `export const PLAIN_WORDS = ${JSON.stringify(frontCode(plainList))};`,
    '',
  ].join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/.*\//, ''))) {
  writeFileSync(LEXICON_PATH, buildCaseLexicon());
  process.stdout.write(`wrote ${LEXICON_PATH}\n`);
}
