/// A deterministic generator of Internet Archive TV transcript pages (the text
/// a user copies from `archive.org/details/<ID>`), for tests and the benchmark.
/// Real pages cannot be committed and are at most a few hours long; this one
/// produces any length with the same layout and the same kinds of markup:
///
///   Skip to main content
///
///   tv <NBSP>Title<NBSP><NBSP>Network<NBSP><NBSP>Month D, YYYY h:mmam-h:mmpm TZ
///
///   5:30 am
///   <one paragraph of lowercase caption text>
///   5:31 am
///   ...
///
///   80 Views
///
///   info Stream Only
///
///   Uploaded by TV Archive on
///
/// Deliberately self-contained (no import from src/): a fixture that shares
/// the app's clock code would reproduce the app's bugs instead of exposing them.

import { MONTH_NAMES } from '../../src/core/clock.ts';

export interface ArchiveOptions {
  /// Nominal programme length; fractions allowed (0.5 = a half-hour slot).
  hours: number;
  /// Same seed, same page. Default 1.
  seed?: number;
  /// Average caption words per minute. Default 90.
  wordsPerMinute?: number;
  /// The host signs off in the slot's last minute, and the page's extra
  /// minute is the next programme's opening (music, a welcome), as real
  /// pages often end. Default false.
  endsWithNextProgramme?: boolean;
}

const SIGN_OFF = ">> that's all for this edition. thanks for watching, goodbye.";
const NEXT_OPENING = '>> ♪ ♪ >> hello and welcome to the world this hour. the headlines first.';

const NBSP = '\u00a0';
const DAY_MINUTES = 24 * 60;
const DEFAULT_WPM = 90;

/// Minute lines a page of `hours` has. Archive recordings run one minute past
/// the slot (`5:30am-6:01am` has minute lines 5:30 ... 6:00), so the page has
/// one more minute than the nominal length, and the header range ends after it.
export function archiveMinuteCount(hours: number): number {
  if (!Number.isFinite(hours) || hours <= 0) throw new RangeError(`hours must be > 0, got ${hours}`);
  return Math.max(1, Math.round(hours * 60)) + 1;
}

/// What the generator counts as a word: any token with a letter or digit, so
/// `>>` and `♪` are not words while `reporter:` and `[indiscernible]` are.
export function isCaptionWord(token: string): boolean {
  return /[a-z0-9]/i.test(token);
}

/// Caption words on a page: paragraph tokens only, not minute lines, header or chrome.
export function countCaptionWords(page: string): number {
  const lines = page.split('\n');
  const firstMinute = lines.findIndex((line) => MINUTE_LINE.test(line));
  if (firstMinute < 0) return 0;
  let count = 0;
  // Minute line, paragraph, minute line, ...: stop at the first line that is not a minute (the chrome).
  for (let i = firstMinute + 1; i < lines.length; i += 2) {
    if (!MINUTE_LINE.test(lines[i - 1]!)) break;
    for (const token of lines[i]!.split(' ')) if (isCaptionWord(token)) count++;
  }
  return count;
}

const MINUTE_LINE = /^\d{1,2}:\d{2} [ap]m$/;

export function generateArchiveTranscript(options: ArchiveOptions): string {
  const wpm = options.wordsPerMinute ?? DEFAULT_WPM;
  if (!Number.isFinite(wpm) || wpm <= 0) throw new RangeError(`wordsPerMinute must be > 0, got ${wpm}`);
  const minutes = archiveMinuteCount(options.hours);
  const rng = new Rng(options.seed ?? 1);
  const programme = pickProgramme(rng, minutes);
  const stream = new CaptionStream(rng, wpm, programme.host);
  const lines = ['Skip to main content', '', formatHeader(programme, minutes), ''];
  for (let i = 0; i < minutes; i++) {
    lines.push(formatMinuteLine(programme.startClock + i));
    const paragraph = stream.paragraph(minuteWordBudget(rng, wpm));
    if (options.endsWithNextProgramme && i === minutes - 1) lines.push(NEXT_OPENING);
    else if (options.endsWithNextProgramme && i === minutes - 2) lines.push(`${paragraph} ${SIGN_OFF}`);
    else lines.push(paragraph);
  }
  lines.push('', '80 Views', '', 'info Stream Only', '', 'Uploaded by TV Archive on');
  // No newline after the last line: a copied page (the saved samples) ends without one.
  return lines.join('\n');
}

// ---------------------------------------------------------------------------
// Seeded randomness

/// mulberry32: tiny, fast, and good enough for text; Math.random cannot be seeded.
class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /// Integer in [min, max], both ends included.
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
}

// ---------------------------------------------------------------------------
// Header and minute lines

interface Programme {
  title: string;
  network: string;
  host: string;
  /// Minutes after midnight of the first minute line.
  startClock: number;
  year: number;
  /// 0-based, as Date uses.
  month: number;
  day: number;
  zone: string;
}

/// Title/network pairs and the zone each feed is shown in on the Archive
/// (the national "W" feeds and LINKTV in Pacific time, FOX News and C-SPAN in Eastern).
const SHOWS: readonly { title: string; network: string; zones: readonly [summer: string, winter: string] }[] =
  [
    { title: 'France 24', network: 'LINKTV', zones: ['PDT', 'PST'] },
    { title: 'CNN Newsroom', network: 'CNN', zones: ['PDT', 'PST'] },
    { title: 'MSNBC Live', network: 'MSNBC', zones: ['PDT', 'PST'] },
    { title: 'Fox and Friends', network: 'FOX News', zones: ['EDT', 'EST'] },
    { title: 'Washington Journal', network: 'CSPAN', zones: ['EDT', 'EST'] },
    { title: 'BBC News', network: 'BBC News', zones: ['BST', 'GMT'] },
    { title: 'Inside Story', network: 'Al Jazeera', zones: ['AST', 'AST'] },
    { title: 'KPIX 5 News', network: 'CBS', zones: ['PDT', 'PST'] },
  ];

const HOSTS = ['sami', 'tom', 'emily', 'stuart', 'maria', 'jasper', 'rachel', 'david', 'anna', 'james'];

function pickProgramme(rng: Rng, minutes: number): Programme {
  const show = rng.pick(SHOWS);
  const year = rng.int(2012, 2024);
  const month = rng.int(0, 11);
  const day = rng.int(1, new Date(Date.UTC(year, month + 1, 0)).getUTCDate());
  // Roughly April to October is summer time; exact changeover dates do not matter here.
  const zone = month >= 3 && month <= 9 ? show.zones[0] : show.zones[1];
  return {
    title: show.title,
    network: show.network,
    host: rng.pick(HOSTS),
    startClock: pickStartClock(rng, minutes),
    year,
    month,
    day,
    zone,
  };
}

/// A half-hour slot. Programmes of 3 hours or more start late enough to run
/// past midnight, so long pages always exercise the 12-hour clock wrapping;
/// shorter ones stay inside one day, as most real slots do.
function pickStartClock(rng: Rng, minutes: number): number {
  const slot = 30;
  if (minutes >= 3 * 60) {
    const earliest = Math.max(0, Math.ceil((DAY_MINUTES - minutes + 1) / slot));
    return rng.int(earliest, DAY_MINUTES / slot - 1) * slot;
  }
  const latest = Math.max(10, Math.floor((DAY_MINUTES - minutes - slot) / slot));
  return rng.int(10, latest) * slot;
}

/// `tv <NBSP>Title<NBSP><NBSP>Network<NBSP><NBSP>September 19, 2023 5:30am-6:01am PDT`,
/// byte for byte as the page's `&nbsp;` separators copy. The date is the start date
/// even when the range crosses midnight.
function formatHeader(p: Programme, minutes: number): string {
  const range = `${formatClock(p.startClock, '')}-${formatClock(p.startClock + minutes, '')}`;
  const date = `${MONTH_NAMES[p.month]} ${p.day}, ${p.year}`;
  return `tv ${NBSP} ${p.title}${NBSP}${NBSP}${p.network}${NBSP}${NBSP}${date} ${range} ${p.zone}`;
}

/// `5:30 am`: 12-hour clock, no leading zero, wraps past midnight.
function formatMinuteLine(clock: number): string {
  return formatClock(clock, ' ');
}

function formatClock(clock: number, beforeMeridiem: string): string {
  const m = ((clock % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  const hour24 = Math.floor(m / 60);
  const hour12 = hour24 % 12 === 0 ? 12 : hour24 % 12;
  const minute = String(m % 60).padStart(2, '0');
  return `${hour12}:${minute}${beforeMeridiem}${hour24 < 12 ? 'am' : 'pm'}`;
}

/// Real minutes vary in density (pauses, fast talk); ±20 % around the rate
/// keeps the total close to rate × minutes.
function minuteWordBudget(rng: Rng, wpm: number): number {
  return Math.max(1, Math.round(wpm * (0.8 + 0.4 * rng.next())));
}

// ---------------------------------------------------------------------------
// Caption text

/// An endless stream of caption text: turns of ~30–60 words opened by `>>`
/// (sometimes with a `name:` prefix, sometimes a prefix alone), made of
/// sentences, with `[indiscernible]` gaps, `[laughter]` and music notes.
/// Paragraphs are cut from it by word count, so turns and sentences run across
/// minute lines the way they do on real pages.
class CaptionStream {
  private queue: string[] = [];
  private head = 0;
  private turnWordsLeft: number;
  private readonly gapChance: number;
  private readonly laughterChance: number;
  private readonly musicChance: number;

  constructor(
    private readonly rng: Rng,
    wpm: number,
    private readonly host: string,
  ) {
    // Per word: about one gap every 3 minutes whatever the rate.
    this.gapChance = 1 / (3 * wpm);
    // Per sentence (~11 words): laughter about every 20 minutes.
    this.laughterChance = 11 / (20 * wpm);
    // Per turn: turns come every ~45 words, so 45 / (45 * wpm) per turn is a
    // music sting about every 45 minutes.
    this.musicChance = 1 / wpm;
    // A page starts inside the previous programme: mid-turn, mid-sentence.
    this.turnWordsLeft = rng.int(5, 40);
    const opening = this.sentence();
    this.queue = opening.slice(rng.int(1, Math.max(1, opening.length - 2)));
  }

  /// `words` counted words, with any `>>` or `♪` before each word kept with it,
  /// so a paragraph never ends on a dangling marker.
  paragraph(words: number): string {
    const tokens: string[] = [];
    for (let counted = 0; counted < words;) {
      const token = this.take();
      tokens.push(token);
      if (isCaptionWord(token)) counted++;
    }
    return tokens.join(' ');
  }

  private take(): string {
    while (this.head >= this.queue.length) {
      this.queue = this.refill();
      this.head = 0;
    }
    return this.queue[this.head++]!;
  }

  /// The next sentence, opening a new turn first when the current one is used up.
  private refill(): string[] {
    const tokens: string[] = [];
    if (this.turnWordsLeft <= 0) {
      tokens.push(...this.turnOpening());
      this.turnWordsLeft = this.rng.int(28, 52);
    }
    const sentence = this.withGaps(this.sentence());
    this.turnWordsLeft -= sentence.length;
    tokens.push(...sentence);
    if (this.rng.chance(this.laughterChance)) tokens.push('[laughter]');
    return tokens;
  }

  private turnOpening(): string[] {
    const tokens: string[] = [];
    if (this.rng.chance(this.musicChance)) tokens.push(this.rng.pick(['♪', '♪ ♪', '♪♪♪']));
    const r = this.rng.next();
    // Mostly a bare `>>`; the page only sometimes names who speaks, and a
    // name prefix can stand without `>>` (seen on real pages).
    if (r < 0.68) tokens.push('>>');
    else if (r < 0.8) tokens.push('>>', `${this.host}:`);
    else if (r < 0.88) tokens.push(`${this.host}:`);
    else if (r < 0.96) tokens.push('>>', 'reporter:');
    else tokens.push('reporter:');
    return tokens;
  }

  private withGaps(words: string[]): string[] {
    const out: string[] = [];
    for (const word of words) {
      if (this.rng.chance(this.gapChance)) out.push('[indiscernible]');
      out.push(word);
    }
    return out;
  }

  private sentence(): string[] {
    return buildSentence(this.rng);
  }
}

// ---------------------------------------------------------------------------
// A small news grammar over a few hundred ordinary words. The point is text
// that looks and wraps like captions (word lengths, punctuation, questions),
// not meaning.

const NOUNS = words(`
  government president minister council city state country people family families school schools
  teacher teachers students children police officer officers court judge law bill vote election
  campaign party leader leaders report story news weather storm rain wind fire water road bridge
  traffic car train plane airport hospital doctor doctors patients health care money budget tax
  taxes price prices market markets economy jobs workers company companies business bank rates
  energy oil gas power climate summer winter week weekend morning night year years month day time
  plan deal talks meeting decision question answer problem issue crisis war peace troops border
  security military attack victims community neighborhood home homes house housing rent land farm
  farmers food crops team game season players coach fans stadium museum festival music film show
  program viewers audience office department agency board committee study research data numbers
  evidence investigation trial case charges statement interview speech crowd protest protesters
  rally supporters critics voters lawmakers senators governor mayor spokesman official officials
  residents visitors tourists region area coast island river mountains valley streets downtown
  center station project system service services network internet phone technology video pictures
  camera rescue crews firefighters flights delays forecast temperatures snow flooding damage
  insurance families vaccine virus cases testing clinic nurses pension benefits wages union strike
  contract factory plant shipping supply trade tariffs exports sanctions diplomats embassy summit
  agreement treaty allies refugees aid hearing testimony witnesses jury verdict sentence prison
  reform policy rules limits record history future heat drought wildfire evacuation shelter
`);

const ADJECTIVES = words(`
  new old big small large local national international public private political economic federal
  major important serious difficult strong weak high low long short early late recent latest last
  next first second final young senior former key top huge real good bad better worse possible
  likely clear hard free open safe dangerous severe heavy cold warm hot dry busy quiet human social
  medical financial foreign official global rural urban entire similar different special fresh
`);

const PAST_VERBS = words(`
  announced reported warned approved rejected signed passed blocked opened closed started ended
  raised cut expanded reduced increased launched released backed supported opposed discussed
  questioned delayed changed defended criticized welcomed reviewed investigated confirmed denied
  promised planned expected found showed helped moved brought took made gave saw met won lost
  faced left hit reached visited built pushed called asked
`);

/// `we are going to ...` phrases, and verbs that take an object after `will`.
const GOING_TO = [
  'look at',
  'talk about',
  'hear from',
  'check on',
  'follow',
  'show you',
  'explain',
  'watch',
] as const;
const TRANSITIVE_VERBS = words(`change fix support stop protect fund build move open close review delay`);

const PLACES = words(`
  washington london paris moscow beijing tokyo california texas chicago ukraine china russia europe
  africa iran israel gaza brazil mexico canada india japan germany france ohio florida atlanta boston
  denver seattle congress
`);

const PRONOUNS = ['we', 'they', 'i', 'you', 'he', 'she', 'people', 'officials', 'critics', 'supporters'];
const DETERMINERS = ['the', 'the', 'the', 'the', 'this', 'that', 'their', 'our', 'its'];
const PREPOSITIONS = ['in', 'for', 'on', 'after', 'before', 'across', 'over', 'with', 'near', 'about'];
const NUMBERS = ['two', 'three', 'five', 'ten', 'dozens of', 'hundreds of', 'thousands of', '40', '100'];
const OPENERS = ['well,', 'now,', 'so', 'you know,', 'and', 'but', 'again,', 'right now,', 'tonight,'];

/// A whitespace-separated word list written as a template literal, so the
/// lists stay readable at a few hundred words.
function words(list: string): readonly string[] {
  return list.split(/\s+/).filter((w) => w.length > 0);
}

function nounPhrase(rng: Rng): string[] {
  const phrase = [rng.pick(DETERMINERS)];
  if (rng.chance(0.45)) phrase.push(rng.pick(ADJECTIVES));
  phrase.push(rng.pick(NOUNS));
  if (rng.chance(0.2)) phrase.push('in', rng.pick(PLACES));
  return phrase;
}

function subject(rng: Rng): string[] {
  const r = rng.next();
  if (r < 0.35) return [rng.pick(PRONOUNS)];
  if (r < 0.45) return [rng.pick(NUMBERS), rng.pick(NOUNS)];
  return nounPhrase(rng);
}

function clause(rng: Rng): string[] {
  const out = [...subject(rng), rng.pick(PAST_VERBS), ...nounPhrase(rng)];
  if (rng.chance(0.5)) out.push(rng.pick(PREPOSITIONS), ...nounPhrase(rng));
  return out;
}

/// One statement or question: lowercase words, the last one carrying `.` or `?`,
/// sometimes a comma after a clause.
type Template = (rng: Rng) => { words: string[]; question: boolean };

/// Weighted so plain statements dominate and stock phrases (`thank you for
/// joining us`) stay occasional, as in real news captions.
const TEMPLATES: readonly (readonly [weight: number, template: Template])[] = [
  [5, (rng) => ({ words: clause(rng), question: false })],
  [
    4,
    (rng) => ({
      words: [...withComma(clause(rng)), rng.pick(['and', 'but']), ...clause(rng)],
      question: false,
    }),
  ],
  [4, (rng) => ({ words: [...subject(rng), 'said', ...clause(rng)], question: false })],
  [3, (rng) => ({ words: ['in', rng.pick(PLACES) + ',', ...clause(rng)], question: false })],
  [
    1.5,
    (rng) => ({
      words: ['we', 'are', 'going', 'to', rng.pick(GOING_TO), ...nounPhrase(rng)],
      question: false,
    }),
  ],
  [
    1,
    (rng) => ({ words: ['here', 'is', 'what', 'we', 'know', 'about', ...nounPhrase(rng)], question: false }),
  ],
  [
    1.5,
    (rng) => ({ words: ['i', 'think', ...nounPhrase(rng), 'is', rng.pick(ADJECTIVES)], question: false }),
  ],
  [
    1,
    (rng) => ({
      words: ['there', 'is', 'a', 'lot', 'of', rng.pick(NOUNS), 'in', rng.pick(PLACES), 'this', 'week'],
      question: false,
    }),
  ],
  [0.3, () => ({ words: ['thank', 'you', 'for', 'joining', 'us'], question: false })],
  [1, (rng) => ({ words: ['what', 'does', 'this', 'mean', 'for', ...nounPhrase(rng)], question: true })],
  [
    1,
    (rng) => ({
      words: [
        'do',
        'you',
        'think',
        ...nounPhrase(rng),
        'will',
        rng.pick(TRANSITIVE_VERBS),
        ...nounPhrase(rng),
      ],
      question: true,
    }),
  ],
  [0.6, (rng) => ({ words: ['why', 'did', ...subject(rng), 'wait', 'so', 'long'], question: true })],
  [
    0.6,
    (rng) => ({ words: ['is', 'this', 'the', 'right', 'time', 'for', ...nounPhrase(rng)], question: true }),
  ],
];
const TEMPLATE_WEIGHT = TEMPLATES.reduce((sum, [weight]) => sum + weight, 0);

function pickTemplate(rng: Rng): Template {
  let r = rng.next() * TEMPLATE_WEIGHT;
  for (const [weight, template] of TEMPLATES) {
    r -= weight;
    if (r < 0) return template;
  }
  return TEMPLATES[0]![1];
}

function withComma(clauseWords: string[]): string[] {
  const out = [...clauseWords];
  out[out.length - 1] += ',';
  return out;
}

function buildSentence(rng: Rng): string[] {
  const { words: body, question } = pickTemplate(rng)(rng);
  // Flatten multi-word entries (`dozens of`, `you know,`) into single tokens.
  const sentence = body.flatMap((w) => w.split(' '));
  if (rng.chance(0.15)) sentence.unshift(...rng.pick(OPENERS).split(' '));
  const last = sentence.length - 1;
  sentence[last] = sentence[last]!.replace(/,$/, '') + (question ? '?' : '.');
  return sentence;
}
