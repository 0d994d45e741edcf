/// Is this run of lowercase caption words a person's name? Captions carry no
/// capitals, so a name can only be told apart from the words around it by
/// where it stands (the patterns in `introductions.ts`) and by not being a
/// common word. This file holds the second test: short lists of words that
/// are never (or too rarely to risk) part of a name. The lists favour
/// precision: a real name that collides with them is missed, which costs a
/// user one click; a place or a phrase taken for a person costs trust.

import { titleCase } from '../import/captions/archive.ts';
import { NAME_PARTICLES } from '../nameParticles.ts';

/// Words that never stand inside a name: function words, auxiliaries, verbs
/// of saying. A later name word may still be a common noun (`jenny town`,
/// `chris wood`), so this list is kept to words no surname shares.
const FUNCTION_WORDS = new Set(
  (
    "a an the this that these those there here it its it's i i'm me my we we're our us you you're your " +
    "he he's him his she she's her they they're them their who whom whose what which when where why how " +
    'and or but nor so yet if then than as of in on at to by for from with without about into onto over ' +
    'under after before between among through during against across near via per ' +
    'is are was were be been being am has have had do does did will would shall should can could may ' +
    'might must not no yes ok okay also just only even still very too all any some every each both ' +
    'either neither other another such own same more most less much many few one two three four five six ' +
    'seven eight nine ten first second third last next now today tonight tomorrow yesterday ' +
    'says said say saying tells told asks asked reports reported report reporting writes wrote ' +
    'thank thanks please welcome hello hi goodbye well oh'
  ).split(' '),
);

/// Words that do not begin a name: common words a pattern may meet where a
/// name could stand (`i am honored`, `with me is senior ...`).
const NOT_FIRST = new Set(
  (
    'new old good bad great big small little long short high low full real true sure afraid glad ' +
    'happy pleased delighted honored honoured proud sorry grateful going coming looking talking ' +
    'worried concerned convinced curious excited thrilled hoping thinking guessing wondering tired ' +
    'interested reminded struck confident optimistic pessimistic aware certain deeply truly ' +
    'speaking standing calling joining sitting waiting told joined ' +
    'live back again always never often really actually ' +
    'man woman men women people person everyone everybody someone somebody nobody guest guests ' +
    'viewer viewers audience panel show programme program story news report team studio ' +
    'government police army military court state country nation world city capital region ' +
    'american russian chinese british french german ukrainian korean japanese israeli palestinian ' +
    'iranian indian european african syrian turkish afghan iraqi egyptian mexican canadian ' +
    'australian western eastern northern southern foreign local national international ' +
    'security defense defence economic political public private'
  ).split(' '),
);

/// Titles and affiliation words: an introduction says them right after the
/// name (`andrei lankov, director of ...`); inside a name they mean the name
/// has ended, and one of them in the words after a name is what makes a
/// sentence an introduction.
export const AFFILIATION_CUES = new Set(
  (
    'director president vice professor lecturer fellow researcher scholar analyst economist ' +
    'correspondent reporter editor journalist columnist commentator contributor producer ' +
    'minister secretary spokesperson spokesman spokeswoman ambassador envoy diplomat ' +
    'adviser advisor consultant strategist expert specialist author founder co-founder ' +
    'chief head chair chairman chairwoman chairperson ceo executive officer manager coordinator ' +
    'member mp senator congressman congresswoman governor mayor lawmaker politician ' +
    'lawyer attorney judge historian scientist dean partner associate leader activist ' +
    'campaigner general colonel commander former retired ' +
    'university institute institution center centre foundation council college school ' +
    'association academy society think-tank'
  ).split(' '),
);

/// Words that turn a would-be name into an organisation or a place
/// (`new york times reports`, `north korea`, `hong kong`).
const PLACE_AND_ORG_WORDS = new Set(
  (
    'north south east west united states kingdom republic union city county province island ' +
    'islands hong kong saudi sri los san las tel buenos abu kuala rio sao costa ' +
    'times post journal press agency ministry department office government police media ' +
    'news network channel tv radio bbc cnn reuters tass xinhua ap afp nbc abc cbs fox pbs npr ' +
    'company group bank fund party'
  ).split(' '),
);

/// Name particles that may stand inside a name (`kate van doore`, `abu bakr`).
const PARTICLES = new Set([...NAME_PARTICLES, 'al', 'el', 'abu']);

/// The words of a name: letters, inner apostrophes and hyphens, two letters
/// at least (`o'neil`, `jean-pierre`), no possessive `'s`.
const NAME_WORD_RE = /^\p{L}[\p{L}'-]*\p{L}$/u;

export function isNameWord(word: string, first: boolean): boolean {
  if (!NAME_WORD_RE.test(word) || word.endsWith("'s")) return false;
  if (FUNCTION_WORDS.has(word) || AFFILIATION_CUES.has(word) || PLACE_AND_ORG_WORDS.has(word)) return false;
  if (first && (NOT_FIRST.has(word) || PARTICLES.has(word))) return false;
  return true;
}

/// True when `words` (lowercase) can be a person's name of `min` to `max`
/// words, particles not counted (`kate van doore` is two plus a particle).
export function isName(words: readonly string[], min: number, max: number): boolean {
  if (words.length === 0) return false;
  let counted = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (i > 0 && i < words.length - 1 && PARTICLES.has(w)) continue;
    if (!isNameWord(w, i === 0)) return false;
    counted++;
  }
  return counted >= min && counted <= max;
}

/// `isName` on a space-separated string.
export function isNameText(text: string, min: number, max: number): boolean {
  return isName(text.split(' '), min, max);
}

/// A name as the roster writes it: `andrei lankov` → `Andrei Lankov`.
export function displayName(lower: string): string {
  return titleCase(lower);
}

/// The word by which a host addresses someone: `jenny` for `Jenny Town`.
export function firstName(name: string): string {
  const lower = name.toLowerCase();
  const space = lower.indexOf(' ');
  return space < 0 ? lower : lower.slice(0, space);
}

/// True when a roster name is a role or a label rather than a person
/// (`Reporter`, `The Speaker`, `C-Span`): nobody is addressed by it.
export function isPersonName(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith('the ')) return false;
  return lower.split(/\s+/).every((w) => !FUNCTION_WORDS.has(w) && !ROLE_LABELS.has(w));
}

const ROLE_LABELS = new Set(
  (
    'host presenter moderator anchor newsreader guest reporter correspondent narrator interviewee ' +
    'announcer voice voice-over crowd audience interpreter translator man woman male female both all ' +
    'caller protester protesters speaker c-span cspan chaplain clerk chair chairman chairwoman'
  ).split(' '),
);
