/// The few closed classes of English the context rules need: grammar, not
/// names (names come from the lexicon, the roster and the captions).

/// Titles that take a capital before a name (`president biden`, `sen. warren`).
export const TITLES: ReadonlySet<string> = new Set([
  'president',
  'vice',
  'senator',
  'sen',
  'congressman',
  'congresswoman',
  'representative',
  'rep',
  'governor',
  'gov',
  'mayor',
  'secretary',
  'minister',
  'prime',
  'ambassador',
  'general',
  'gen',
  'colonel',
  'col',
  'captain',
  'capt',
  'lieutenant',
  'lt',
  'sergeant',
  'sgt',
  'admiral',
  'judge',
  'justice',
  'chancellor',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'sheriff',
  'chairman',
  'chairwoman',
  'speaker',
  'leader',
  'mr',
  'mrs',
  'ms',
  'dr',
  'professor',
  'prof',
  'reverend',
  'rev',
  'saint',
  'st',
  'officer',
  'agent',
  'chief',
  'commander',
  'detective',
  'trooper',
  'deputy',
  'corporal',
  'lady',
  'hurricane',
  'madam',
  'madame',
  'mister',
  // Only before another title (see `TITLE_PARTS`).
  'first',
  'petty',
  'staff',
  'special',
]);

/// Titles that stand before a person's name and hardly before another noun:
/// the word after one can be the holder's last name (`sergeant peck`, `mr.
/// sharp`). Not `justice` (`the justice system`), `representative`
/// (`representative government`), `judge`, `speaker`, `chief` and the like.
export const SURNAME_TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'mister',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'capt',
  'lt',
  'sgt',
  'rev',
  'prof',
  'senator',
  'congressman',
  'congresswoman',
  'governor',
  'mayor',
  'sheriff',
  'ambassador',
  'professor',
  'reverend',
  'colonel',
  'lieutenant',
  'captain',
  'sergeant',
  'admiral',
  'corporal',
  'detective',
  'trooper',
]);

/// Determiners: a title after one is a common noun (`the senator left`, `our governor`).
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'our',
  'my',
  'your',
  'his',
  'her',
  'its',
  'their',
  'every',
  'each',
  'any',
  'no',
  'another',
]);

/// Words that are a title only as the first part of one: `Vice President`,
/// `First Lady`, `Petty Officer`, `Staff Sergeant`, `Special Agent`,
/// `Prime Minister`; never before a name alone (`our first Monday`).
export const TITLE_PARTS: ReadonlySet<string> = new Set([
  'vice',
  'prime',
  'first',
  'petty',
  'staff',
  'special',
]);

/// Forms of address: a title after one is capitalized with no name after it
/// (`Mr. President`, `Madam Speaker`, `Mr. Vice President`).
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'madam', 'madame', 'mister']);

/// Words after which a month name is a date (`in may`, `since march`), not a
/// verb or a noun. `this` and `that` are left out: `this may be`.
export const BEFORE_MONTH: ReadonlySet<string> = new Set([
  'in',
  'since',
  'until',
  'till',
  'last',
  'next',
  'early',
  'late',
  'mid',
  'of',
  'during',
  'through',
  'from',
  'by',
  'before',
  'after',
]);

/// Month names that are also ordinary words: cased only in a date.
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'june', 'august']);

/// Ordinal words that follow a month in a date (`may first`).
export const ORDINAL_WORDS =
  /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|twenty|thirty)$/;

/// Words before a country that make it the ordinary word (`the turkey`, `fine china`).
export const BEFORE_ORDINARY: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'roast',
  'roasted',
  'wild',
  'fine',
  'bone',
  'stuffed',
  'fried',
  'smoked',
  'sliced',
  'ground',
  'cold',
  'our',
  'your',
  'my',
  'his',
  'her',
  'their',
]);

/// Nouns that belong to the name before them (`the calder river`, `silicon
/// valley`, `harbor boulevard`), and the bodies named for a place (`the
/// albuquerque police department`, `the democratic party`): capitalized after a
/// cased name.
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'river',
  'lake',
  'mountains',
  'mountain',
  'county',
  'street',
  'avenue',
  'boulevard',
  'road',
  'bay',
  'valley',
  'island',
  'islands',
  'ocean',
  'sea',
  'harbor',
  'canyon',
  'peninsula',
  'university',
  'college',
  'airport',
  'bridge',
  'square',
  'basin',
  'gulf',
  'beach',
  'city',
  'park',
  'stadium',
  'desert',
  'falls',
  'strait',
  'canal',
  'forest',
  // Bodies named for a place or people.
  'police',
  'department',
  'army',
  'navy',
  'corps',
  'guard',
  'agency',
  'institute',
  'foundation',
  'commission',
  'council',
  'committee',
  'academy',
  'hospital',
  'church',
  'museum',
  'library',
  'party',
  'company',
  'corporation',
  'initiative',
  'assembly',
]);

/// The pronoun I and its contractions.
export const PRONOUN_I = /^i(?:'(?:m|d|ll|ve))?$/;

/// Points of the compass, part of the name of a place or people after them
/// (`North Korean`, `Southeast Asia`); `northern` and the like stay lowercase.
export const COMPASS: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
]);

/// Words that end the name of a law before them: `the voting rights act`.
export const LAW_WORDS: ReadonlySet<string> = new Set(['act']);

/// Words that cannot be part of a law's name before `act`, so that `act` is the
/// verb: pronouns, modal and auxiliary verbs, `to` (`the people must act`, `we have to act`).
export const NOT_IN_LAW_NAME: ReadonlySet<string> = new Set([
  'to',
  'must',
  'will',
  'would',
  'should',
  'shall',
  'can',
  'could',
  'may',
  'might',
  'do',
  'does',
  'did',
  "don't",
  "doesn't",
  "didn't",
  "won't",
  "can't",
  'not',
  'never',
  'now',
  'also',
  'then',
  'have',
  'has',
  'had',
  'need',
  'needs',
  'i',
  'we',
  'you',
  'he',
  'she',
  'it',
  'they',
  'who',
  'that',
  'which',
  'and',
  'or',
]);

/// The regular endings of verbs in a tense and of plurals, and what they
/// replace (`works`, `worked`, `working`, `tries`): a plain word with one goes
/// on the sentence after a name (`bob worked`) instead of being its last name.
export const VERB_ENDINGS: readonly (readonly [string, string])[] = [
  ['ies', 'y'],
  ['es', ''],
  ['s', ''],
  ['ed', ''],
  ['ed', 'e'],
  ['ing', ''],
  ['ing', 'e'],
];
