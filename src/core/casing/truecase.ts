/// The truecaser: which words of a text change case, and to what. Pure; the
/// lexicon, the transcript's names and the user's memory come in as data.
///
/// Each word is decided by the first rule of `RULES` that has an answer
/// (a registry, in order of trust), then a sentence start gets its capital.
/// Rules that look at their neighbours see the neighbours' first answers.
/// A change never alters a letter, only its case, so the text keeps its
/// length and every word its time.

import { NAME_PARTICLES } from '../nameParticles.ts';
import { CIVIC_PHRASES, CIVIC_WORDS } from './civic.ts';
import {
  AMBIGUOUS_MONTHS,
  BEFORE_MONTH,
  BEFORE_ORDINARY,
  DETERMINERS,
  COMPASS,
  LAW_WORDS,
  NOT_IN_LAW_NAME,
  ORDINAL_WORDS,
  PLACE_NOUNS,
  PRONOUN_I,
  HONORIFICS,
  TITLE_PARTS,
  SURNAME_TITLES,
  TITLES,
  VERB_ENDINGS,
} from './grammar.ts';
import type { CaseLexicon } from './lexicon.ts';
import type { CasingMemory } from './memory.ts';
import { tokenize, type Token } from './tokens.ts';

export const CASING_RULES = [
  'memory',
  'name',
  'initialism',
  'pronoun',
  'lexicon',
  'title',
  'date',
  'country',
  'unknown',
  'sentence',
  'lowercase',
] as const;
export type CasingRule = (typeof CASING_RULES)[number];

export interface CaseChange {
  /// Offsets in the text given, `to` exclusive.
  from: number;
  to: number;
  before: string;
  after: string;
  rule: CasingRule;
}

export interface CasingInput {
  lexicon: CaseLexicon;
  /// People's names as they should be written: the roster and the people the
  /// captions introduce (`Jenny Town`, `Kate van Doore`).
  names?: readonly string[];
  memory?: CasingMemory;
}

interface Decision {
  form: string;
  rule: CasingRule;
  /// A person's name or part of one: lets a title or first name before it take a capital.
  name?: boolean;
}

/// One truecaser for a whole document: names and memory are read once.
export class Truecaser {
  private readonly lexicon: CaseLexicon;
  private readonly memoryWords = new Map<string, string>();
  private readonly skip = new Set<string>();
  private readonly namePhrases = new Map<string, string>();
  private readonly nameStarts = new Set<string>();
  private readonly nameWords = new Map<string, string>();
  private readonly civic = new Map<string, string>();
  private readonly longest: number;

  constructor(input: CasingInput) {
    this.lexicon = input.lexicon;
    for (const form of input.memory?.words ?? []) this.memoryWords.set(form.toLowerCase(), form);
    for (const key of input.memory?.skip ?? []) this.skip.add(key.toLowerCase());
    let longest = input.lexicon.longestPhrase;
    for (const form of CIVIC_WORDS) this.civic.set(form.toLowerCase(), form);
    for (const form of CIVIC_PHRASES) this.namePhrases.set(form.toLowerCase(), form);
    for (const name of input.names ?? []) {
      const words = name
        .trim()
        .split(/\s+/)
        .filter((w) => /\p{L}/u.test(w));
      if (words.length === 0) continue;
      longest = Math.max(longest, words.length);
      if (words.length > 1) this.namePhrases.set(words.join(' ').toLowerCase(), words.join(' '));
      // A single word of a name stands alone where the lexicon knows it as
      // a name or a cased word: `jenny` yes, `town` (of Jenny Town) no.
      for (const word of words) {
        const key = word.toLowerCase();
        if (NAME_PARTICLES.has(key) || word === key) continue;
        if (words.length === 1 || this.lexicon.word(key) !== undefined || this.lexicon.isNameWord(key)) {
          this.nameWords.set(key, word);
        }
      }
    }
    for (const phrase of this.namePhrases.keys()) this.nameStarts.add(phrase.slice(0, phrase.indexOf(' ')));
    this.longest = longest;
  }

  /// The case changes for one text (a turn). `protect` lists ranges left as
  /// they are (gap and sound tags); a word touching one is not changed.
  changes(text: string, protect: readonly { from: number; to: number }[] = []): CaseChange[] {
    const tokens = tokenize(text);
    const capsMode = isMostlyCapitals(text);
    const decisions: (Decision | null)[] = new Array<Decision | null>(tokens.length).fill(null);
    const locked = tokens.map(
      (t) =>
        protect.some((r) => t.from < r.to && t.to > r.from) ||
        this.skip.has(t.key) ||
        !needsCasing(t.text, capsMode),
    );

    // Pass 1: names of several words, then each word on its own.
    for (let i = 0; i < tokens.length; i++) {
      if (locked[i]) continue;
      const phrase = this.phraseAt(text, tokens, locked, i);
      if (phrase !== null) {
        phrase.forms.forEach(
          (form, k) =>
            (decisions[i + k] = {
              form: form + tokens[i + k]!.key.slice(form.length),
              rule: 'name',
              name: true,
            }),
        );
        i += phrase.forms.length - 1;
        continue;
      }
      decisions[i] = this.wordDecision(tokens[i]!, text);
    }

    // Pass 2, right to left so that a title sees the title after it: `vice
    // President Cheney`, `chief petty officer Kenton Stacy`.
    // A middle initial also: `john f. kennedy`.
    for (let i = tokens.length - 1; i >= 0; i--) {
      if (locked[i] || decisions[i] !== null) continue;
      if (TITLES.has(tokens[i]!.key)) {
        decisions[i] = this.titleDecision(tokens, decisions, locked, i);
        // A title before a word that can be a last name names its holder: `staff sergeant peck`.
        if (decisions[i] === null && this.surnameAfterTitle(text, tokens, decisions, locked, i)) {
          decisions[i + 1] = { form: capitalize(tokens[i + 1]!.key), rule: 'name', name: true };
          decisions[i] = { form: capitalize(tokens[i]!.key), rule: 'title' };
        }
      } else if (
        INITIAL.test(tokens[i]!.key) &&
        text[tokens[i]!.to] === '.' &&
        decisions[i + 1]?.name === true
      )
        decisions[i] = { form: tokens[i]!.key.toUpperCase(), rule: 'name', name: true };
    }

    // Pass 3: rules that look at the neighbours' answers.
    for (let i = 0; i < tokens.length; i++) {
      if (locked[i] || decisions[i] !== null) continue;
      decisions[i] = this.contextDecision(text, tokens, decisions, locked, i);
    }

    for (let i = 0; i < tokens.length; i++) {
      if (LAW_WORDS.has(tokens[i]!.key) && !locked[i]) this.lawName(text, tokens, decisions, locked, i);
    }

    const changes: CaseChange[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (locked[i]) continue;
      const token = tokens[i]!;
      let decision = decisions[i] ?? { form: token.key, rule: 'lowercase' as const };
      if (token.sentenceStart && !startsUpper(decision.form)) {
        decision = {
          form: capitalize(decision.form),
          rule: decision.rule === 'lowercase' ? 'sentence' : decision.rule,
        };
      }
      const after = applyCase(token.text, decision.form);
      if (after !== null && after !== token.text) {
        changes.push({ from: token.from, to: token.to, before: token.text, after, rule: decision.rule });
      }
    }
    return changes;
  }

  /// The text with every change applied.
  apply(text: string, protect: readonly { from: number; to: number }[] = []): string {
    let out = '';
    let at = 0;
    for (const change of this.changes(text, protect)) {
      out += text.slice(at, change.from) + change.after;
      at = change.to;
    }
    return out + text.slice(at);
  }

  private phraseAt(
    text: string,
    tokens: readonly Token[],
    locked: readonly boolean[],
    i: number,
  ): { forms: string[] } | null {
    let keys = tokens[i]!.key;
    if (!this.nameStarts.has(keys) && !this.lexicon.startsPhrase(keys)) return null;
    let best: string | null = null;
    let bestLength = 0;
    for (let n = 2; n <= this.longest && i + n - 1 < tokens.length; n++) {
      const next = tokens[i + n - 1]!;
      const previous = tokens[i + n - 2]!;
      // Words of one name stand next to each other, one space apart.
      if (locked[i + n - 1] || text.slice(previous.to, next.from) !== ' ') break;
      // The last word may be possessive: `al qaida's`.
      const base = stem(next.key);
      const possessive = base === next.key ? undefined : this.phrase(`${keys} ${base}`);
      keys += ` ${next.key}`;
      const form = possessive ?? this.phrase(keys);
      if (form !== undefined) {
        best = form;
        bestLength = n;
      }
      if (possessive !== undefined) break;
    }
    if (best === null) return null;
    const forms = best.split(' ');
    return forms.length === bestLength ? { forms } : null;
  }

  /// The name of a law: `the` and two or more lowercase words before `act`
  /// (`the no child left behind act`, `the voting rights act`), each capitalized
  /// but the small words inside. Not `act of`, and not the verb (`the people
  /// must act`).
  private lawName(
    text: string,
    tokens: readonly Token[],
    decisions: (Decision | null)[],
    locked: readonly boolean[],
    i: number,
  ): void {
    if (tokens[i + 1]?.key === 'of') return;
    let start = i;
    while (start > 0 && i - start < MAX_LAW_WORDS) {
      const word = tokens[start - 1]!;
      if (locked[start - 1] || text.slice(word.to, tokens[start]!.from) !== ' ') return;
      if (word.key === 'the') break;
      const decided = decisions[start - 1];
      if (NOT_IN_LAW_NAME.has(word.key) || (decided != null && startsUpper(decided.form))) return;
      start--;
    }
    if (start === 0 || tokens[start - 1]!.key !== 'the' || i - start < 2) return;
    for (let k = start; k <= i; k++) {
      const key = tokens[k]!.key;
      if (k > start && k < i && SMALL_IN_NAME.has(key)) continue;
      decisions[k] = { form: capitalize(key), rule: 'name' };
    }
  }

  private phrase(keys: string): string | undefined {
    return this.namePhrases.get(keys) ?? this.lexicon.phrase(keys);
  }

  private wordDecision(token: Token, text: string): Decision | null {
    const key = token.key;
    const remembered = this.memoryWords.get(key);
    if (remembered !== undefined) return { form: remembered, rule: 'memory' };
    const named = this.nameWords.get(key);
    if (named !== undefined) return { form: named, rule: 'name', name: true };
    if (/^(?:\p{L}\.){2,}$/u.test(key)) return { form: key.toUpperCase(), rule: 'initialism' };
    if (PRONOUN_I.test(key)) return { form: `I${key.slice(1)}`, rule: 'pronoun' };
    const code = this.codeDecision(token, text);
    if (code !== null) return code;
    const civic = this.civic.get(stem(key));
    if (civic !== undefined) return { form: civic + key.slice(civic.length), rule: 'lexicon' };
    const found = this.lookup(key);
    if (found !== null && found.strength === 'always') {
      // A proper noun (not an acronym) may follow a title: `senator warner`.
      const proper = found.form !== found.form.toUpperCase() || this.lexicon.isNameWord(stem(key));
      return { form: found.form, rule: 'lexicon', name: proper };
    }
    const plural = found === null ? this.acronymPlural(key) : null;
    if (plural !== null) return { form: plural, rule: 'initialism' };
    // O'Brien, O'Neill: the dictionary has many; the pattern covers the rest.
    if (/^o'\p{L}{2,}$/u.test(key))
      return { form: `O'${capitalize(key.slice(2))}`, rule: 'lexicon', name: true };
    // A short part before a hyphen is a prefix (`pre-k`, `co-op`), not a name.
    const prefix = key.length <= 3 && text[token.to] === '-';
    if (found === null && !prefix && this.isUnknown(key)) {
      // A word neither the dictionary nor compromise knows is a name the
      // lexicons lack (`pelosi`, `holets`, `nisa's`), or without a vowel an
      // initialism (`cj`, `fcc`).
      const base = stem(key);
      const form = VOWEL.test(base) ? capitalize(key) : base.toUpperCase() + key.slice(base.length);
      return { form, rule: 'unknown', name: true };
    }
    return null;
  }

  /// The plural of an acronym the lexicon knows only in capitals: `ceos` ->
  /// `CEOs`, `atms` -> `ATMs`. Not an ordinary word that only looks like one
  /// (`bias`, `ides`): a plural the lexicons know as a word counts only when
  /// they know its acronym as a word too (compromise's `ceo`, `ceos`).
  private acronymPlural(key: string): string | null {
    if (key.length < 3 || !key.endsWith('s')) return null;
    const base = key.slice(0, -1);
    const found = this.lexicon.word(base);
    if (found === undefined || found.strength !== 'always' || found.form !== found.form.toUpperCase())
      return null;
    if (this.isPlain(key) && !this.isPlain(base)) return null;
    return `${found.form}s`;
  }

  /// Letters with a number are a code in capitals: `g7`, `ms-13`, `covid-19`
  /// (as the lexicon spells it, `MiG-29`), and a lone letter after a
  /// hyphen is one too (`pre-k`). Not an ordinary word before a number (`top-10`).
  private codeDecision(token: Token, text: string): Decision | null {
    const key = token.key;
    const last = key.charCodeAt(key.length - 1);
    if (last >= 48 && last <= 57 && CODE.test(key)) return { form: key.toUpperCase(), rule: 'initialism' };
    const after = text.charCodeAt(token.to + 1);
    if (text[token.to] === '-' && after >= 48 && after <= 57 && LETTERS.test(key)) {
      const found = this.lexicon.word(key);
      if (found !== undefined && found.strength === 'always') return { form: found.form, rule: 'initialism' };
      if (key.length <= 2 || !this.isPlain(key)) return { form: key.toUpperCase(), rule: 'initialism' };
    }
    if (key.length === 1 && text[token.from - 1] === '-' && LETTER.test(text[token.from - 2] ?? ''))
      return { form: key.toUpperCase(), rule: 'initialism' };
    return null;
  }

  /// A word of letters that no lexicon knows in any of its forms: the word,
  /// the part before an apostrophe (`could've`, `nisa's`), the word without a
  /// regular ending the dictionary lacks (`flexibilities`, `strived`), or two
  /// words run together (`drawdown`, `homeownership`).
  private isUnknown(key: string): boolean {
    // Most words are plain: settled by one lookup before any pattern.
    if (key.length < 2 || this.isPlain(key) || !LETTERS.test(key)) return false;
    const apostrophe = key.indexOf("'");
    const word = apostrophe < 0 ? key : key.slice(0, apostrophe);
    if (this.isPlain(word) || this.lexicon.word(word) !== undefined) return false;
    for (const [ending, replacement] of ENDINGS) {
      if (word.length > ending.length + 2 && word.endsWith(ending)) {
        if (this.isPlain(word.slice(0, word.length - ending.length) + replacement)) return false;
      }
    }
    for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
      if (this.isPlain(word.slice(0, cut)) && this.isPlain(word.slice(cut))) return false;
    }
    return true;
  }

  /// Whether the word after title `i` is its holder's last name: a word that
  /// can be one (see `mayBeSurname`), one space or a dot and a space after a
  /// title that is no ordinary word before a noun (see `SURNAME_TITLES`), and
  /// no determiner before the title.
  private surnameAfterTitle(
    text: string,
    tokens: readonly Token[],
    decisions: readonly (Decision | null)[],
    locked: readonly boolean[],
    i: number,
  ): boolean {
    const next = tokens[i + 1];
    if (next === undefined || locked[i + 1] || decisions[i + 1] != null || next.sentenceStart) return false;
    if (!SURNAME_TITLES.has(tokens[i]!.key)) return false;
    // After a determiner the title is a noun: `the senator left`.
    let start = i;
    while (start > 0 && TITLES.has(tokens[start - 1]!.key)) start--;
    if (start > 0 && DETERMINERS.has(tokens[start - 1]!.key)) return false;
    const between = text.slice(tokens[i]!.to, next.from);
    return (between === ' ' || between === '. ') && this.mayBeSurname(next.key);
  }

  /// A word that can end a name: letters, not a verb in a tense or a
  /// function word (`said`, `and`), nor a regular form of a plain word
  /// (`works`, `worked`, `working`).
  private mayBeSurname(key: string): boolean {
    if (key.length < 2 || !LETTERS.test(key) || key.includes("'") || this.lexicon.isNotSurname(key))
      return false;
    for (const [ending, replacement] of VERB_ENDINGS) {
      if (key.length > ending.length + 2 && key.endsWith(ending)) {
        if (this.isPlain(key.slice(0, key.length - ending.length) + replacement)) return false;
      }
    }
    return true;
  }

  private isPlain(word: string): boolean {
    return this.lexicon.isPlainWord(word);
  }

  private contextDecision(
    text: string,
    tokens: readonly Token[],
    decisions: readonly (Decision | null)[],
    locked: readonly boolean[],
    i: number,
  ): Decision | null {
    const key = tokens[i]!.key;
    const next = i + 1 < tokens.length && !locked[i + 1] ? tokens[i + 1]! : null;
    const previous = i > 0 ? tokens[i - 1]! : null;
    const nextDecision = next === null ? null : decisions[i + 1];
    const previousDecision = previous === null ? null : decisions[i - 1];
    const nextIsName = nextDecision?.name === true;

    if (
      PLACE_NOUNS.has(key) &&
      previousDecision !== null &&
      previousDecision !== undefined &&
      startsUpper(previousDecision.form) &&
      !previous!.sentenceStart &&
      // Not what a name owns: `North Korea's army`.
      stem(previous!.key) === previous!.key
    ) {
      return { form: capitalize(key), rule: 'name' };
    }

    if (
      COMPASS.has(key) &&
      nextDecision !== null &&
      nextDecision !== undefined &&
      PLACE_RULES.has(nextDecision.rule) &&
      startsUpper(nextDecision.form) &&
      !next!.sentenceStart
    ) {
      return { form: capitalize(key), rule: 'name' };
    }

    // The word after a first name is its last name unless it goes on the
    // sentence (`bob dole`, `cory remsburg`; not `bob said`, `bob and`).
    if (
      previousDecision?.name === true &&
      startsUpper(previousDecision.form) &&
      this.lexicon.isFirstName(previous!.key) &&
      text[previous!.to] === ' ' &&
      previous!.to + 1 === tokens[i]!.from &&
      this.mayBeSurname(key)
    ) {
      return { form: capitalize(key), rule: 'name', name: true };
    }

    const found = this.lookup(key);
    if (found === null) return null;

    if (AMBIGUOUS_MONTHS.has(key)) {
      const dated =
        (next !== null && (/^\d/.test(next.key) || ORDINAL_WORDS.test(next.key))) ||
        (previous !== null && BEFORE_MONTH.has(previous.key));
      return dated ? { form: found.form, rule: 'date' } : null;
    }

    if (found.strength === 'leans') {
      const ordinary =
        previous !== null && (found.country ? BEFORE_ORDINARY.has(previous.key) : /^an?$/.test(previous.key));
      return ordinary ? null : { form: found.form, rule: found.country ? 'country' : 'lexicon' };
    }

    // An ordinary word that is also a name (`bill`, `mark`) is one beside a
    // name or after a title: `bill clinton`, `president bush`.
    if (this.lexicon.isNameWord(stem(key))) {
      const besideName =
        nextIsName ||
        previousDecision?.name === true ||
        (previous !== null && TITLES.has(previous.key) && previousDecision !== null);
      if (besideName) return { form: found.form, rule: 'name', name: true };
      // A first name's possessive with no determiner before it is the person's: `follow john's lead`, not `the bill's cost`.
      const possessive = key.endsWith("'s") && this.lexicon.isFirstName(stem(key));
      if (possessive && (previous === null || !DETERMINERS.has(previous.key)))
        return { form: found.form, rule: 'name', name: true };
    }
    return null;
  }

  /// A title before a name (`senator warren`), before another title that is
  /// capitalized (`vice President Biden`), or after a form of address (`mr.
  /// vice president`, `madam speaker`).
  private titleDecision(
    tokens: readonly Token[],
    decisions: readonly (Decision | null)[],
    locked: readonly boolean[],
    i: number,
  ): Decision | null {
    const key = tokens[i]!.key;
    const title: Decision = { form: capitalize(key), rule: 'title' };
    const next = i + 1 < tokens.length && !locked[i + 1] ? tokens[i + 1]! : null;
    const nextDecision = next === null ? null : decisions[i + 1];
    if (nextDecision?.rule === 'title' && startsUpper(nextDecision.form)) return title;
    if (TITLE_PARTS.has(key)) return null;
    if (nextDecision?.name === true) return title;
    if (next !== null && nextDecision === null && this.lexicon.isNameWord(stem(next.key))) return title;
    if (HONORIFICS.has(key)) return null;
    // After a form of address, through the titles between: `mr. vice president`.
    for (let j = i - 1; j >= 0 && !locked[j]; j--) {
      const before = tokens[j]!.key;
      if (HONORIFICS.has(before)) return title;
      if (!TITLES.has(before)) break;
    }
    return null;
  }

  /// The lexicon's word, also for a possessive (`obama's`, `americans'`).
  private lookup(key: string): { form: string; strength: string; country?: true } | null {
    const direct = this.lexicon.word(key);
    if (direct !== undefined) return direct;
    const base = stem(key);
    if (base === key) return null;
    const found = this.lexicon.word(base);
    return found === undefined ? null : { ...found, form: found.form + key.slice(base.length) };
  }
}

/// Letters and inner apostrophes only: no digits (`1st`, `4k`).
const LETTERS = /^\p{L}+(?:'\p{L}+)*$/u;
const VOWEL = /[aeiouy]/;
/// A single letter that can be an initial (`a` and `i` are words).
const INITIAL = /^[b-hj-z]$/;
const MAX_LAW_WORDS = 6;
/// Words left lowercase inside a name (`Race to the Top`, `Pledge of Allegiance`).
const SMALL_IN_NAME: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'on', 'a']);
/// The answers that can be a place's name, for the compass point before it.
const PLACE_RULES: ReadonlySet<CasingRule> = new Set(['lexicon', 'country', 'name']);
/// A few letters and a number, one word: `g7`, `f16`, `mp3`.
const CODE = /^\p{L}{1,3}\d+$/u;
const LETTER = /^\p{L}$/u;
/// Regular endings and what they replace, tried when the dictionary lacks a
/// form (`flexibilities` -> `flexibility`, `strived` -> `strive`).
const ENDINGS: readonly (readonly [string, string])[] = [
  ['ies', 'y'],
  ['es', ''],
  ['s', ''],
  ['ed', ''],
  ['ed', 'e'],
  ['d', ''],
  ['ing', ''],
  ['ing', 'e'],
];
/// The shortest part of a run-together word (`drawdown`): shorter ones make
/// most names two words (`ha` + `rkin`).
const MIN_PART = 3;

function stem(key: string): string {
  if (key.endsWith("'s")) return key.slice(0, -2);
  if (key.endsWith("'")) return key.slice(0, -1);
  return key;
}

function capitalize(word: string): string {
  return word.length === 0 ? word : word[0]!.toUpperCase() + word.slice(1);
}

function startsUpper(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase();
}

/// Whether a word of this text is the truecaser's to change: every lowercase
/// word; in text mostly in capitals, every word in capitals too. Words already
/// in mixed case (`McConnell`, `iPhone`) were cased by someone: left alone.
function needsCasing(word: string, capsMode: boolean): boolean {
  const lower = word.toLowerCase();
  if (word === lower) return true;
  return capsMode && word === word.toUpperCase();
}

/// More than half the letters are capitals (ALL-CAPS captions), with at least a few letters.
export function isMostlyCapitals(text: string): boolean {
  // Most turns are mostly lowercase: settled without counting.
  if (!CAPITAL.test(text)) return false;
  const upper = text.match(CAPITALS)?.length ?? 0;
  const lower = text.match(SMALL_LETTERS)?.length ?? 0;
  return upper + lower >= 4 && upper > lower;
}

const CAPITAL = /\p{Lu}/u;
const CAPITALS = /\p{Lu}/gu;
const SMALL_LETTERS = /\p{Ll}/gu;

/// The original word with the case of `form`, letter by letter, keeping its
/// own apostrophes; null when `form` is not the same word or would change the
/// length (a capital `ß` is `SS`).
function applyCase(original: string, form: string): string | null {
  if (form.length !== original.length) return null;
  let out = '';
  for (let k = 0; k < original.length; k++) {
    const o = original[k]!;
    const f = form[k]!;
    if (o.toLowerCase() !== f.toLowerCase() && !(o === '’' && f === "'")) return null;
    const cased = f === f.toUpperCase() ? o.toUpperCase() : o.toLowerCase();
    if (cased.length !== 1) return null;
    out += cased;
  }
  return out;
}
