/// Property test of the import invariant: for generated pages in the Archive
/// layout, the caption words (the page less chrome, header, minute lines and
/// turn markers) are exactly the words of the imported transcript, in order,
/// each in a block of the speaker the page names for it.
///
/// The generator builds a model first — turns of tokens, each token a word,
/// a marker or a name prefix — and lays it out as a page; the expected words
/// come from the model, not from the importer's own rules.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockText, type Transcript } from '../../transcript.ts';
import { importArchive } from './archive.ts';
import { captionWords, transcriptWords } from '../words.ts';

const NB = '\u00a0';

// Caption words. No colon word can form a name prefix (each holds a stop
// word or a digit), and none is an abbreviation (`u.s.`, `dr.`) that could
// join a following prefix.
const VOCAB = [
  'the',
  'north',
  'korea',
  'river',
  'water',
  'deal',
  'said',
  'we',
  'will',
  'it',
  'is',
  'a',
  'sami',
  'jenny',
  'reporter',
  'tonight',
  "don't",
  "russia's",
  'high-profile',
  '40%',
  '$1.2',
  '1962',
  'now.',
  'war.',
  'why?',
  'go!',
  'well,',
  '"yes."',
  '--',
  '-a',
  '_',
  '|',
  'a0',
  '\ufffd*s',
  'bre>',
  'rvil.',
  'theirjob',
  '5:30',
  '10:45',
  'note:',
  'said:',
  'is:',
  'question:',
  'http://a.org',
  '(in',
  'french)',
  '(the',
  'u.s)',
  '[indiscernible]',
  '[inaudible]',
  '[ inaudible ]',
  '[Unintelligible]',
  '[crosstalk]',
  '(inaudible)',
  '[laughter]',
  '[applause]',
  '[ laughs ]',
  '[ monitor beeping ]',
  '(laughing)',
  '(applause)',
  '(cheering)',
  '(music)',
  '♪',
  '♪♪♪',
  '♪ ♪',
];

// Tokens after which a name prefix can start a turn without `>>`.
const SENTENCE_END = /[.?!\])♪]["”’]?$/;

const NAMES = [
  'sami',
  'reporter',
  'sally sara',
  'kate van doore',
  "o'neil",
  'dr. ames',
  'c-span',
  'the speaker',
  'host',
  'maya',
];

const TITLES = ['Inside Story', 'France 24', 'The Five', 'Counterpoint'];

interface TurnSpec {
  marker: 'none' | '>>' | '>>>';
  glueBefore: boolean;
  glueAfter: boolean;
  name: string | null;
  words: string[];
}

interface Token {
  text: string;
  kind: 'word' | 'marker' | 'prefix';
  /// No separator between this token and the next.
  glue: boolean;
  /// Must be followed by a minute line (a word split across minutes).
  cut: boolean;
  /// Speaker of a word, lowercase; null when unassigned.
  speaker: string | null;
}

const turnArb: fc.Arbitrary<TurnSpec> = fc.record({
  marker: fc.constantFrom<TurnSpec['marker']>('none', '>>', '>>', '>>', '>>>'),
  glueBefore: fc.boolean(),
  glueAfter: fc.boolean(),
  name: fc.option(fc.constantFrom(...NAMES), { nil: null, freq: 2 }),
  words: fc.array(fc.constantFrom(...VOCAB), { maxLength: 14 }),
});

const pageArb = fc.record({
  turns: fc.array(turnArb, { minLength: 1, maxLength: 14 }),
  // Layout decisions, read in turn by a cursor.
  choices: fc.array(fc.nat(999), { minLength: 64, maxLength: 64 }),
});

function tokensOf(turns: TurnSpec[], choose: (n: number) => number): Token[] {
  const tokens: Token[] = [];
  let speaker: string | null = null;
  const push = (text: string, kind: Token['kind']): void => {
    tokens.push({ text, kind, glue: false, cut: false, speaker });
  };
  turns.forEach((turn, i) => {
    const prev = tokens[tokens.length - 1];
    if (turn.marker !== 'none') {
      // `word>>`: not after a marker (`>>>>` would be one marker) or a prefix
      // (`sami:>>` is no prefix), nor after a `>` (`bre>>>`).
      if (turn.glueBefore && prev && prev.kind === 'word' && !prev.text.endsWith('>')) prev.glue = true;
      speaker = null;
      push(turn.marker, 'marker');
    } else if (turn.name && i > 0 && !(prev && prev.kind === 'word' && SENTENCE_END.test(prev.text))) {
      // A prefix without `>>` needs a sentence end before it.
      push('now.', 'word');
    }
    if (turn.name) {
      if (turn.marker !== 'none' && turn.glueAfter) tokens[tokens.length - 1]!.glue = true;
      speaker = turn.name;
      push(`${turn.name}:`, 'prefix');
    } else if (turn.marker !== 'none' && turn.glueAfter && turn.words.length > 0) {
      tokens[tokens.length - 1]!.glue = true; // `>>word`
    }
    for (const word of turn.words) {
      // Now and then a word broken across a minute line (`woma` / `n.`).
      if (/^[a-z]{4,}$/.test(word) && choose(10) === 0) {
        push(word.slice(0, 2), 'word');
        tokens[tokens.length - 1]!.cut = true;
        push(word.slice(2), 'word');
      } else push(word, 'word');
    }
  });
  return tokens;
}

function formatClock(clock: number, style: number): string {
  const c = ((clock % 1440) + 1440) % 1440;
  const hour = Math.floor(c / 60) % 12 || 12;
  const mm = String(c % 60).padStart(2, '0');
  const ampm = c < 720 ? 'am' : 'pm';
  if (style === 0) return `${hour}:${mm}${ampm}`;
  if (style === 1) return ` ${hour}:${mm} ${ampm.toUpperCase()} `;
  return `${hour}:${mm} ${ampm}`;
}

function headerClock(clock: number): string {
  return formatClock(clock, 0);
}

interface Page {
  text: string;
  /// The caption lines: pre-text and minute paragraphs, without minute lines.
  caption: string;
  expectedWords: string[];
  expectedSpeakers: (string | null)[];
  storyMarkers: number;
}

function buildPage(turns: TurnSpec[], choices: number[]): Page {
  let cursor = 0;
  const choose = (n: number): number => choices[cursor++ % choices.length]! % n;

  const tokens = tokensOf(turns, choose);
  const expectedWords: string[] = [];
  const expectedSpeakers: (string | null)[] = [];
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    for (const word of token.text.split(' ')) {
      expectedWords.push(word);
      expectedSpeakers.push(token.speaker);
    }
  }

  // Text before the first minute line (a `quote` line, then some tokens), or none.
  const preCount = choose(4) === 0 ? Math.min(tokens.length, choose(6)) : 0;
  // (Not before a prefix at the start: `quote sami:` is no turn start.)
  const quote = preCount > 0 && choose(2) === 0 && tokens[0]?.kind !== 'prefix';
  if (quote) {
    expectedWords.unshift('quote');
    expectedSpeakers.unshift(null);
  }

  // Paragraphs: cut the tokens at random places (and where a word is split).
  const paragraphs: Token[][] = [];
  let current: Token[] = [];
  const pre: Token[] = tokens.slice(0, preCount);
  tokens.slice(preCount).forEach((token, i, rest) => {
    current.push(token);
    if (i < rest.length - 1 && (token.cut || choose(6) === 0)) {
      paragraphs.push(current);
      current = [];
    }
  });
  paragraphs.push(current);

  const separator = (): string => [' ', ' ', ' ', ' ', NB, '  ', `${NB} `, '\t', '\n'][choose(9)]!;
  const render = (line: Token[]): string => {
    let out = '';
    line.forEach((token, i) => {
      out += token.text;
      if (i < line.length - 1) out += token.glue ? '' : separator();
    });
    return out;
  };

  const lines: string[] = [];
  const caption: string[] = [];
  // Chrome and header.
  if (choose(2) === 0) lines.push('Skip to main content', '');
  if (choose(4) === 0) lines.push("Internet Archive's 25th Anniversary Logo");
  let clock = choose(1440);
  const headerStart = clock - [0, 0, 1, 2, -1][choose(5)]!;
  const title = TITLES[choose(TITLES.length)]!;
  const range = `June 1, 2024 ${headerClock(headerStart)}-${headerClock(headerStart + 31)} PDT`;
  const headerStyle = choose(5);
  if (headerStyle === 1) lines.push(`tv${NB} ${NB}${title}${NB}${NB}LINKTV${NB}${NB}${range}`);
  if (headerStyle === 2) lines.push(`tv ${title} CNN ${range}`);
  if (headerStyle === 3) lines.push(`${title}${NB}${NB}PBS${NB}${NB}${range}`);
  if (headerStyle === 4) lines.push(`tv${NB} ${NB}[untitled]${NB}${NB}${NB}${NB}${range}`);
  if (headerStyle !== 0 && choose(2) === 0) lines.push('');
  if (quote) {
    lines.push('quote');
    caption.push('quote');
  }
  if (pre.length > 0) {
    lines.push(render(pre));
    caption.push(render(pre));
  }
  // Minute lines: steps of one minute, with repeats, gaps and empty minutes.
  const minuteLine = (): string => formatClock(clock, choose(6));
  paragraphs.forEach((paragraph, i) => {
    if (i > 0) clock += [1, 1, 1, 0, 2][choose(5)]!;
    for (let extra = choose(8) === 0 ? 1 + choose(2) : 0; extra > 0; extra--) {
      lines.push(minuteLine()); // empty minute
      clock += 1;
    }
    lines.push(minuteLine());
    if (paragraph.length > 0) {
      const text = render(paragraph);
      lines.push(text);
      caption.push(text);
    }
  });
  if (choose(6) === 0) lines.push(minuteLine()); // a last, empty minute
  // End of page.
  const endStyle = choose(4);
  if (endStyle > 0 && choose(2) === 0) lines.push('');
  if (endStyle === 1) lines.push('80 Views', '', 'info Stream Only', '', 'Uploaded by TV Archive on');
  if (endStyle === 2) {
    lines.push('TV News Archive', 'Search & sort options', 'FILTER BY', 'favorite', 'tv', title);
    lines.push(`CNN ${range}`, 'TOPIC FREQUENCY', 'Jimmy Lee Dykes', '12', '40 Views');
    lines.push(
      'disc Borrow a DVD of this show',
      'info Stream Only',
      'IN COLLECTIONS',
      'Uploaded by TV Archive on June 1, 2024',
    );
  }
  if (endStyle === 3) {
    // Plain chrome words are chrome only apart from a minute's first line.
    if (lines[lines.length - 1] !== '') lines.push('');
    lines.push('favorite', '', '1,204 Views');
  }

  const eol = ['\n', '\n', '\r\n', '\r'][choose(4)]!;
  const bom = choose(5) === 0 ? '\ufeff' : '';
  return {
    text: bom + lines.join(eol) + (choose(2) === 0 ? eol : ''),
    caption: caption.join('\n'),
    expectedWords,
    expectedSpeakers,
    storyMarkers: tokens.filter((t) => t.text === '>>>').length,
  };
}

function wordSpeakers(t: Transcript): (string | null)[] {
  const names = new Map(t.speakers.map((s) => [s.id, s.name.toLowerCase()]));
  const out: (string | null)[] = [];
  for (const block of t.blocks) {
    const speaker = block.speakerId === null ? null : names.get(block.speakerId)!;
    for (const word of blockText(block).split(' ')) if (word) out.push(speaker);
  }
  return out;
}

describe('importArchive: no caption word lost (property)', () => {
  it('keeps every caption word, in order, with its speaker', () => {
    fc.assert(
      fc.property(pageArb, ({ turns, choices }) => {
        const page = buildPage(turns, choices);
        const t = importArchive(page.text);

        expect(transcriptWords(t)).toEqual(page.expectedWords);
        expect(captionWords(page.caption)).toEqual(page.expectedWords);
        expect(wordSpeakers(t)).toEqual(page.expectedSpeakers);

        // Structure: no empty blocks or spans, trimmed single-spaced text,
        // starts that never go back, anchors after the block start.
        let last = -Infinity;
        for (const block of t.blocks) {
          const text = blockText(block);
          expect(text).not.toBe('');
          expect(text).toBe(text.trim());
          expect(text).not.toMatch(/\s\s|[^\S ]/);
          for (const span of block.spans) {
            expect(span.text).not.toBe('');
            if (span.time) expect(span.time.start).toBeGreaterThanOrEqual(block.start ?? Infinity);
          }
          if (block.start !== null) {
            expect(block.start).toBeGreaterThanOrEqual(last);
            last = block.start;
          } else expect(last).toBe(-Infinity);
        }
        expect(t.blocks.filter((b) => b.story).length).toBeLessThanOrEqual(page.storyMarkers);
        expect(JSON.stringify(t)).not.toMatch(/Views|Stream Only|Uploaded by|Skip to main|TOPIC|Anniversary/);
      }),
      { numRuns: 300 },
    );
  });
});
