/// Fuzz and property tests of `openTranscriptText` over every format.
///
/// 1. Whatever the input — random text, random JSON, each golden input
///    damaged (cut short, characters changed, lines dropped, swapped or
///    doubled, JSON values replaced, removed or swapped) — it never throws,
///    answers with a transcript or a message, and a transcript it gives
///    passes `checkTranscript`. No input makes it report a bug.
/// 2. No words are lost from valid input: for every golden input, and for
///    inputs generated per format from a model of turns and words, the
///    words of the source equal the words of the transcript. The words of a
///    source are found here with per-format rules written apart from the
///    importers.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTranscript } from '../../src/core/format/document.ts';
import { openTranscriptText, type OpenResult } from '../../src/core/import/detect.ts';
import { transcriptWords } from '../../src/core/import/words.ts';
import { encodeScc, rows, sccStreamText, type SccStyle } from '../support/scc.ts';
import { formatFixtures } from './golden.ts';

const fixtures = formatFixtures();

/// The checks every answer must pass.
function expectSound(result: OpenResult): void {
  if (result.ok) {
    const checked = checkTranscript(result.transcript);
    if (!checked.ok) throw new Error(checked.message);
    expect(result.transcript.blocks.length).toBeGreaterThan(0);
    for (const block of result.transcript.blocks) {
      const text = block.spans.map((s) => s.text).join('');
      expect(text).toBe(text.trim());
      expect(text).not.toBe('');
    }
  } else {
    expect(result.message.length).toBeGreaterThan(10);
    // A message asking for a bug report means an importer threw or broke
    // the file rules: a bug, whatever the input.
    expect(result.message).not.toMatch(/please report/i);
  }
}

// --- 1. Never throws ---------------------------------------------------------
// `openTranscriptText` catches what an importer throws and answers "please
// report this", which `expectSound` refuses; a throw that got past it would
// fail the property by itself.

// Pieces of every format's syntax, to make random input reach deep.
const syntax = fc.constantFrom(
  'WEBVTT\n\n',
  '00:00:01.000 --> 00:00:02.000',
  '00:00:01,000 --> 00:00:02,000',
  '0:00:01.000 --> 0:00:02.5',
  '\n\n',
  '\r\n',
  '1\n',
  '<v Ann>',
  '</v>',
  '<c.x>',
  '<00:00:01.500>',
  '&amp;',
  '&#',
  'NOTE ',
  '>> ',
  '- ',
  'JOHN: ',
  '[SPEAKER_00]: ',
  '[inaudible] ',
  'SPEAKER f 1 0.5 1.0 <NA> <NA> A <NA> <NA>\n',
  'starttime 12.5',
  '<?xml version="1.0"?><tt xmlns="http://www.w3.org/ns/ttml">',
  '<p begin="1.5s" end="00:00:02:10" ttm:agent="a">',
  '<span tts:color="yellow">',
  '<br/>',
  '</p>',
  'Scenarist_SCC V1.0\n\n',
  '00:00:01;15\t',
  '9420 9420 94ae 9470 c845 942f ',
  '9426 94ad 9429 942c 1137 9220 ',
  '{"segments":[',
  '{"monologues":[{"speaker":0,"elements":[',
  '{"results":[{"alternatives":[{"words":[',
  '00:00:06 ',
  '[0:06] ',
  'Maya Chen  0:03\n',
  'Speaker 1 (00:01:12):\n',
  '{"word":"hi","startTime":"1.5s","speakerTag":1}',
  '{"type":"punct","value":" "}',
  '{"text":"<p>',
  '<span class="timestamp" data-timestamp="',
  '"}',
  ']}',
);

const randomText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.array(fc.oneof(syntax, fc.string({ maxLength: 8 })), { maxLength: 40 }).map((parts) => parts.join('')),
);

const names = fc.constantFrom(
  undefined,
  'x.vtt',
  'x.srt',
  'x.json',
  'x.otr',
  'x.rttm',
  'x.txt',
  'x.ttml',
  'x.scc',
);

/// A text mutation, applied at a fraction of the text's length.
type TextMutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; char: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'deleteLine'; at: number }
  | { kind: 'duplicateLine'; at: number }
  | { kind: 'swapLines'; at: number; other: number };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fraction,
    char: fc.oneof(
      fc.string({ minLength: 1, maxLength: 1 }),
      fc.constantFrom('"', '{', '<', '>', ':', ',', '\n', '-'),
    ),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fraction,
    text: fc.oneof(syntax, fc.string({ maxLength: 6 })),
  }),
  fc.record({ kind: fc.constant('deleteLine' as const), at: fraction }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: fraction }),
  fc.record({ kind: fc.constant('swapLines' as const), at: fraction, other: fraction }),
);

function mutateText(text: string, m: TextMutation): string {
  const pos = Math.floor(m.at * text.length);
  const lines = text.split('\n');
  const line = Math.min(lines.length - 1, Math.floor(m.at * lines.length));
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, pos);
    case 'flip':
      return text.slice(0, pos) + m.char + text.slice(pos + 1);
    case 'insert':
      return text.slice(0, pos) + m.text + text.slice(pos);
    case 'deleteLine':
      lines.splice(line, 1);
      return lines.join('\n');
    case 'duplicateLine':
      lines.splice(line, 0, lines[line]!);
      return lines.join('\n');
    case 'swapLines': {
      const other = Math.min(lines.length - 1, Math.floor(m.other * lines.length));
      [lines[line], lines[other]] = [lines[other]!, lines[line]!];
      return lines.join('\n');
    }
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function jsonPaths(value: Json, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...jsonPaths(v, [...at, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...jsonPaths(v, [...at, k]));
  }
  return out;
}

function getAt(value: Json, path: Path): Json {
  let node: Json = value;
  for (const key of path) node = (node as Record<string | number, Json>)[key]!;
  return node;
}

/// A structural change to parsed JSON: replace a value, remove it, swap it
/// with another, or turn a number into a string (and back).
type JsonMutation =
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'remove'; at: number }
  | { kind: 'swap'; at: number; other: number }
  | { kind: 'retype'; at: number };

const jsonMutation: fc.Arbitrary<JsonMutation> = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    at: fraction,
    value: fc.oneof(
      fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
      fc.constantFrom<Json>(null, '', -1, 1e308, '1e999', '4.87', 'SPEAKER_00', [], {}, '<p>', '__proto__'),
    ),
  }),
  fc.record({ kind: fc.constant('remove' as const), at: fraction }),
  fc.record({ kind: fc.constant('swap' as const), at: fraction, other: fraction }),
  fc.record({ kind: fc.constant('retype' as const), at: fraction }),
);

function mutateJson(root: Json, m: JsonMutation): Json {
  const doc = structuredClone(root);
  const paths = jsonPaths(doc).filter((p) => p.length > 0);
  if (paths.length === 0) return doc;
  const path = paths[Math.min(paths.length - 1, Math.floor(m.at * paths.length))]!;
  const parent = getAt(doc, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  switch (m.kind) {
    case 'replace':
      parent[key] = m.value;
      break;
    case 'remove':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'swap': {
      const otherPath = paths[Math.min(paths.length - 1, Math.floor(m.other * paths.length))]!;
      const isPrefix = (a: Path, b: Path) => a.length <= b.length && a.every((k, i) => k === b[i]);
      if (isPrefix(path, otherPath) || isPrefix(otherPath, path)) break;
      const otherParent = getAt(doc, otherPath.slice(0, -1)) as Record<string | number, Json>;
      const otherKey = otherPath[otherPath.length - 1]!;
      [parent[key], otherParent[otherKey]] = [otherParent[otherKey]!, parent[key]!];
      break;
    }
    case 'retype': {
      const v = parent[key];
      if (typeof v === 'number') parent[key] = String(v);
      else if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)))
        parent[key] = Number(v);
      else if (typeof v === 'string') parent[key] = v.length;
      break;
    }
  }
  return doc;
}

const jsonFixtures = fixtures.filter((f) => {
  try {
    return typeof JSON.parse(f.text) === 'object';
  } catch {
    return false; // text that starts with a bracket: `[Maya Chen] 10:03:22`
  }
});

describe('openTranscriptText never throws and answers soundly', { timeout: 120_000 }, () => {
  it('for random text', () => {
    fc.assert(
      fc.property(randomText, names, (text, name) => expectSound(openTranscriptText(text, name))),
      { numRuns: 1500 },
    );
  });

  it('for random JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), names, (value, name) =>
        expectSound(openTranscriptText(JSON.stringify(value), name)),
      ),
      { numRuns: 700 },
    );
  });

  it('for every golden input, damaged as text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.array(textMutation, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (fixture, mutations, named) => {
          const text = mutations.reduce(mutateText, fixture.text);
          expectSound(openTranscriptText(text, named ? fixture.name : undefined));
        },
      ),
      { numRuns: 2500 },
    );
  });

  it('for every golden JSON input, damaged as JSON', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...jsonFixtures),
        fc.array(jsonMutation, { minLength: 1, maxLength: 4 }),
        (fixture, mutations) => {
          const value = mutations.reduce(mutateJson, JSON.parse(fixture.text) as Json);
          expectSound(openTranscriptText(JSON.stringify(value), fixture.name));
        },
      ),
      { numRuns: 2500 },
    );
  });
});

// --- 2. No words lost ----------------------------------------------------------

function split(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  nbsp: ' ',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

function decode(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&([a-z]+);/g, (whole, name: string) => ENTITIES[name] ?? whole);
}

// A speaker prefix as the fixtures write them: a bracketed label, or up to
// four capitalised words, then a colon (not `Note:`).
const PREFIX = /^(?:\[[^\]]+\]:|(?!Note:)[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}:)(?=\s|$)/;

/// Words of cue text: tags, ruby readings, markers (`>>`, a leading `- `)
/// and speaker prefixes at line starts are not words — except in a WebVTT
/// cue with voices (`<v Name>`), where the voice names the speaker and the
/// text is all words.
function cueWords(payload: string[], vtt: boolean): string[] {
  const out: string[] = [];
  if (vtt && payload.some((l) => /<v[ .]/.test(l))) {
    for (const raw of payload)
      out.push(...split(decode(raw.replace(/<rt>.*?<\/rt>/g, '').replace(/<[^>]*>/g, ''))));
    return out;
  }
  for (const raw of payload) {
    let line = raw.replace(/<rt>.*?<\/rt>/g, '').replace(/<[^>]*>|\{\\[^}]*\}/g, '');
    if (vtt) line = decode(line);
    line = line.trim().replace(/^- /, '');
    for (const part of line.split(/>{2,}/)) out.push(...split(part.trim().replace(PREFIX, '')));
  }
  return out;
}

/// The lines of each cue after the rows it repeats of the cue before
/// (roll-up captions): its first lines, as long as they are, tags aside,
/// the last lines of the cue before. Whole rows only, which is how the
/// roll-up fixtures and generated inputs scroll.
function rollUpCues(cues: string[][]): string[][] {
  const shown = (lines: string[]) =>
    lines.map((l) => l.replace(/<[^>]*>/g, '').trim()).filter((l) => l !== '');
  return cues.map((lines, k) => {
    if (k === 0) return lines;
    const before = shown(cues[k - 1]!);
    const mine = shown(lines);
    for (let n = Math.min(before.length, mine.length); n > 0; n--) {
      if (before.slice(-n).every((l, i) => l === mine[i])) {
        let seen = 0;
        return lines.filter((l) => l.replace(/<[^>]*>/g, '').trim() === '' || ++seen > n);
      }
    }
    return lines;
  });
}

function vttWords(text: string, rollUp = false): string[] {
  const blocks = text.replace(/^\uFEFF/, '').split(/(?:\r?\n){2,}/);
  const cues: string[][] = [];
  for (const block of blocks) {
    const lines = block.split(/\r?\n/);
    const timing = lines.findIndex((l) => l.includes('-->'));
    if (timing >= 0) cues.push(lines.slice(timing + 1));
    else if (cues.length) cues[cues.length - 1]!.push(...lines); // text after a blank line in a cue
  }
  return (rollUp ? rollUpCues(cues) : cues).flatMap((lines) => cueWords(lines, true));
}

function srtWords(text: string, rollUp = false): string[] {
  const cues: string[][] = [];
  for (const block of text.split(/\n{2,}/)) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    const timing = lines.findIndex((l) => l.includes('-->'));
    const payload = timing >= 0 ? lines.slice(timing + 1) : lines.filter((l) => !/^\d+$/.test(l));
    if (timing >= 0 && /00:00:00,000 --> 00:00:00,000/.test(lines[timing]!)) continue; // starttime
    cues.push(payload);
  }
  return (rollUp ? rollUpCues(cues) : cues).flatMap((lines) => cueWords(lines, false));
}

/// Words of timestamped text: every line's words but its time, the name of
/// a speaker line (`Maya Chen  0:03`, `Speaker 1 (00:01:12):`, `[Maya] 1:02:03`)
/// and a name prefix right after a time.
function timestampedWords(text: string): string[] {
  const time = String.raw`(?:\d+:)?\d+:\d\d`;
  const head = new RegExp(String.raw`^(?:\[[^\]]+\]|[A-Z][\w ]*?) +[[(]?${time}[\])]?:?(?: |$)`);
  const stamp = new RegExp(String.raw`^(?:\[${time}\]|\(${time}\)|${time})(?: - | |$)`);
  return text.split(/\r?\n/).flatMap((raw) => {
    let line = raw.trim();
    if (head.test(line)) line = line.replace(head, '');
    else if (stamp.test(line)) line = line.replace(stamp, '').replace(PREFIX, '');
    return split(line);
  });
}

// Fixtures of roll-up captions, by name.
const ROLL_UP_RE = /roll-up|youtube/;

interface WordJson {
  [key: string]: unknown;
}

function whisperxWords(doc: WordJson): string[] {
  return (doc['segments'] as WordJson[]).flatMap((s) => {
    const words = (s['words'] as WordJson[] | undefined)?.map((w) => String(w['word']));
    if (!words?.length) return split(String(s['text'] ?? ''));
    return /\s/.test(String(s['text']).trim()) ? words : [words.join('')];
  });
}

function transcribeWords(doc: WordJson): string[] {
  const out: string[] = [];
  for (const item of (doc['results'] as WordJson)['items'] as WordJson[]) {
    const content = String(((item['alternatives'] as WordJson[])[0] as WordJson)['content']);
    if (item['type'] === 'punctuation' && out.length) out[out.length - 1] += content;
    else out.push(content);
  }
  return out;
}

function assemblyaiWords(doc: WordJson): string[] {
  const utterances = doc['utterances'] as WordJson[] | null;
  if (utterances?.length) {
    return utterances.flatMap((u) => {
      const words = u['words'] as WordJson[];
      return words.length ? words.map((w) => String(w['text'])) : split(String(u['text']));
    });
  }
  return (doc['words'] as WordJson[]).map((w) => String(w['text']));
}

/// Words of Deepgram output: the first channel's, or, with several
/// channels, every channel's merged by start time (the lower channel first
/// at equal times).
function deepgramWords(doc: WordJson): string[] {
  const results = doc['results'] as WordJson;
  const channels = (results['channels'] as WordJson[]).map(
    (c) => ((c['alternatives'] as WordJson[])[0]!['words'] as WordJson[]) ?? [],
  );
  const text = (w: WordJson) => String(w['punctuated_word'] ?? w['word']);
  if (channels.length > 1) {
    const all = channels.flatMap((words, c) => words.map((w, k) => ({ w, c, k })));
    all.sort((a, b) => Number(a.w['start']) - Number(b.w['start']) || a.c - b.c || a.k - b.k);
    return all.map((x) => text(x.w));
  }
  const words = channels[0]!;
  if (words.length) return words.map(text);
  return (results['utterances'] as WordJson[]).flatMap((u) => {
    const uw = u['words'] as WordJson[];
    return uw.length ? uw.map(text) : split(String(u['transcript']));
  });
}

/// Words of a Rev.ai transcript: each monologue's element values joined
/// (the spaces are elements of their own), split at whitespace.
function revaiWords(doc: WordJson): string[] {
  return (doc['monologues'] as WordJson[]).flatMap((m) =>
    split((m['elements'] as WordJson[]).map((e) => String(e['value'])).join('')),
  );
}

/// Seconds of a Google duration as the fixtures write it (`"1.500s"` or
/// `{seconds, nanos}`).
function googleSeconds(value: unknown): number {
  if (typeof value === 'string') return Number(value.replace(/s$/, ''));
  const d = (value ?? {}) as WordJson;
  return Number(d['seconds'] ?? 0) + Number(d['nanos'] ?? 0) / 1e9;
}

/// Words of a Google Speech-to-Text response: each result's words, or its
/// transcript's when that has more; a last result that goes back in time
/// with speaker tags repeats the others and stands for them when it is not
/// shorter.
function googleWords(doc: WordJson): string[] {
  const response = (doc['response'] as WordJson | undefined) ?? doc;
  let results = response['results'] as WordJson[] | Record<string, WordJson>;
  if (!Array.isArray(results)) {
    results = Object.values(results).flatMap((entry) => {
      const transcript = (entry['transcript'] ??
        (entry['inlineResult'] as WordJson)['transcript']) as WordJson;
      return transcript['results'] as WordJson[];
    });
  }
  const perResult = results.map((r) => {
    const alternative = (r['alternatives'] as WordJson[])[0]!;
    const words = ((alternative['words'] as WordJson[] | undefined) ?? []).map((w) => ({
      text: String(w['word']),
      start: googleSeconds(w['startTime'] ?? w['start_time'] ?? w['startOffset']),
    }));
    const text = split(String(alternative['transcript'] ?? ''));
    return { words, text };
  });
  const channel = (r: WordJson) => Number(r['channelTag'] ?? 1);
  if (new Set(results.map(channel)).size > 1) {
    // Channels merge by time.
    const firstStart = (r: (typeof perResult)[number]) => r.words[0]?.start ?? Infinity;
    perResult.sort((a, b) => firstStart(a) - firstStart(b));
  }
  const last = perResult[perResult.length - 1];
  const before = perResult.slice(0, -1).flatMap((r) => r.words);
  const bare = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const repeats =
    last !== undefined &&
    last.words.length > 0 &&
    before.length > 0 &&
    last.words[0]!.start < Math.max(...before.map((w) => w.start)) &&
    last.words.every((w, k) => k >= before.length || bare(w.text) === bare(before[k]!.text));
  const of = (r: (typeof perResult)[number]) =>
    r.text.length > r.words.length ? r.text : r.words.map((w) => w.text);
  if (repeats && last.words.length >= before.length) return last.words.map((w) => w.text);
  return (repeats ? perResult.slice(0, -1) : perResult).flatMap(of);
}

function dpeWords(doc: WordJson): string[] {
  return (doc['words'] as WordJson[]).map((w) => String(w['text']));
}

/// Words of oTranscribe HTML: tags, timestamps with their labels, scripts
/// and a name prefix at the start of a paragraph are not words.
function otrWords(doc: WordJson): string[] {
  const html = String(doc['text'])
    .replace(/<span class="timestamp"[^>]*>[^<]*<\/span>/g, '')
    .replace(/<script>.*?<\/script>/g, '');
  return html.split(/<(?:p|\/p|br|div|\/div)\b[^>]*>/).flatMap((paragraph) =>
    split(
      decode(paragraph.replace(/<[^>]*>/g, ''))
        .trim()
        .replace(PREFIX, ''),
    ),
  );
}

/// Words of caption lines whose speakers are marked in the text: `>>`
/// marks are not words, nor a name and colon right after one (in capitals
/// or not, in any script).
function markedWords(lines: string[]): string[] {
  return lines.flatMap((line) =>
    line
      .split(/>{2,}/)
      .flatMap((part, i) =>
        split(
          i > 0 ? part.replace(/^\s*\p{Lu}[\p{L}\d.'’-]*(?: \p{Lu}[\p{L}\d.'’-]*){0,5}:(?=\s|$)/u, '') : part,
        ),
      ),
  );
}

/// Words of TTML: the text of each `p`, tags dropped, `<br/>` a line break.
/// With agents or two colours or more the speakers are not in the text,
/// and all of it is words; otherwise the text marks them.
function ttmlWords(text: string): string[] {
  const paragraphs = [...text.matchAll(/<(?:\w+:)?p\b[^>]*>([\s\S]*?)<\/(?:\w+:)?p>/g)].map(([, inner]) =>
    decode(inner!.replace(/<(?:\w+:)?br\s*\/>/g, '\n').replace(/<[^>]*>/g, '')).split('\n'),
  );
  const colours = new Set([...text.matchAll(/tts:color="([^"]+)"/g)].map(([, c]) => c!.toLowerCase()));
  const spoken = /ttm:agent=|\bagent=/.test(text) || colours.size >= 2;
  return spoken ? paragraphs.flat().flatMap(split) : paragraphs.flatMap(markedWords);
}

// By the fixture folder, which is the format's id.
const SOURCE_WORDS: Record<string, (text: string, name: string) => string[]> = {
  webvtt: (text, name) => vttWords(text, ROLL_UP_RE.test(name)),
  srt: (text, name) => srtWords(text.replace(/\r\n?/g, '\n'), ROLL_UP_RE.test(name)),
  'whisperx-json': (text) => whisperxWords(JSON.parse(text) as WordJson),
  'amazon-transcribe-json': (text) => transcribeWords(JSON.parse(text) as WordJson),
  'assemblyai-json': (text) => assemblyaiWords(JSON.parse(text) as WordJson),
  'deepgram-json': (text) => deepgramWords(JSON.parse(text) as WordJson),
  'revai-json': (text) => revaiWords(JSON.parse(text) as WordJson),
  'google-stt-json': (text) => googleWords(JSON.parse(text) as WordJson),
  'dpe-json': (text) => dpeWords(JSON.parse(text) as WordJson),
  'timestamped-text': timestampedWords,
  otranscribe: (text) => otrWords(JSON.parse(text) as WordJson),
  ttml: ttmlWords,
  scc: (text) => markedWords(sccStreamText(text).split('\n')),
};

describe('no words are lost', { timeout: 60_000 }, () => {
  for (const fixture of fixtures.filter((f) => f.format !== 'rttm')) {
    it(`golden input ${fixture.format}/${fixture.name}`, () => {
      const result = openTranscriptText(fixture.text, fixture.name);
      if (!result.ok) throw new Error(result.message);
      expect(transcriptWords(result.transcript)).toEqual(
        SOURCE_WORDS[fixture.format]!(fixture.text, fixture.name),
      );
    });
  }

  // Generated inputs: a model of turns (a speaker label or none, and
  // words), laid out in each format. Words hold no whitespace, no colon
  // (nothing can read as a name prefix) and no `>>`, `-->` or bare `-`.
  const vocab = fc.constantFrom(
    'the',
    'harbour',
    'Ferry',
    'STRIKE',
    '2009.',
    'well,',
    '"yes."',
    'didn’t',
    'São',
    'Zürich',
    '日本',
    '—',
    '--',
    '50%',
    '$1.2',
    '(laughs)',
    '[inaudible]',
    '[',
    'crosstalk',
    ']',
    '♪',
    'AT&T',
    'x<y',
    'a>b',
    '&amp;',
    'why?',
    '(in',
    'French)',
  );
  const word = fc.oneof(
    { weight: 4, arbitrary: vocab },
    { weight: 1, arbitrary: fc.stringMatching(/^[a-zA-Z]{1,8}$/) },
  );
  const label = fc.option(fc.constantFrom('SPEAKER_00', 'SPEAKER_01', 'spk_0', 'A', 'B', '0', '1'), {
    nil: null,
  });
  const turns = fc.array(
    fc.record({ speaker: label, words: fc.array(word, { minLength: 1, maxLength: 12 }) }),
    {
      minLength: 1,
      maxLength: 8,
    },
  );
  type Turn = { speaker: string | null; words: string[] };
  const flat = (ts: Turn[]) => ts.flatMap((t) => t.words);

  const clock = (s: number, sep: string) => {
    const ms = Math.round(s * 1000);
    const h = Math.floor(ms / 3_600_000);
    const m = Math.floor(ms / 60_000) % 60;
    const sec = Math.floor(ms / 1000) % 60;
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    return `${pad(h)}:${pad(m)}:${pad(sec)}${sep}${pad(ms % 1000, 3)}`;
  };
  const vttEscape = (w: string) => w.replace(/&/g, '&amp;').replace(/</g, '&lt;');

  function check(text: string, expected: string[], name: string): void {
    const result = openTranscriptText(text, name);
    if (!result.ok) throw new Error(result.message);
    expect(checkTranscript(result.transcript).ok).toBe(true);
    expect(transcriptWords(result.transcript)).toEqual(expected);
  }

  it('from generated WebVTT (voices, text markers, tags, entities, line breaks)', () => {
    fc.assert(
      fc.property(turns, fc.boolean(), (ts, voices) => {
        const cues: string[] = ['WEBVTT', ''];
        let t = 0;
        for (const turn of ts) {
          const payload = turn.words.map(vttEscape);
          const mid = Math.ceil(payload.length / 2);
          const lines = [payload.slice(0, mid).join(' '), payload.slice(mid).join(' ')].filter((l) => l);
          if (voices && turn.speaker) lines[0] = `<v ${turn.speaker}>${lines[0]}`;
          else if (turn.speaker) lines[0] = `>> [${turn.speaker}]: <i>${lines[0]}</i>`;
          cues.push(`${clock(t, '.')} --> ${clock(t + 2, '.')}`, ...lines, '');
          t += 2.5;
        }
        check(cues.join('\n'), flat(ts), 'gen.vtt');
      }),
      { numRuns: 200 },
    );
  });

  it('from generated roll-up captions (two or three rows, SRT or WebVTT, YouTube timestamps)', () => {
    fc.assert(
      fc.property(
        turns,
        fc.integer({ min: 2, max: 3 }),
        fc.constantFrom('srt', 'vtt', 'youtube'),
        fc.integer({ min: 2, max: 6 }),
        (ts, rows, kind, perRow) => {
          // Rows of up to `perRow` words; a speaker change opens a row with `>>`.
          const lines: string[][] = [];
          for (const turn of ts) {
            for (let k = 0; k < turn.words.length; k += perRow) {
              const row = turn.words.slice(k, k + perRow);
              lines.push(k === 0 && turn.speaker !== null ? ['>>', ...row] : row);
            }
          }
          // Two cues cannot tell roll-up from a caption that repeats a line.
          fc.pre(lines.length >= 3);
          const escape = kind === 'srt' ? (w: string) => w : vttEscape;
          const out: string[] = kind === 'srt' ? [] : ['WEBVTT', ''];
          let t = 1;
          lines.forEach((_, k) => {
            const row = (i: number, stamps: boolean) => {
              const ws = lines[i]!.map((w) => (w === '>>' ? w : escape(w)));
              if (!stamps) return ws.join(' ');
              return (
                ws[0]! +
                ws
                  .slice(1)
                  .map((w, j) => `<${clock(t + 0.1 * (j + 1), '.')}><c> ${w}</c>`)
                  .join('')
              );
            };
            const shown =
              kind === 'youtube'
                ? [k > 0 ? row(k - 1, false) : ' ', row(k, true)]
                : lines
                    .slice(Math.max(0, k - rows + 1), k + 1)
                    .map((_, i, all) => row(k - all.length + 1 + i, false));
            if (kind === 'srt') out.push(String(k + 1));
            out.push(
              `${clock(t, kind === 'srt' ? ',' : '.')} --> ${clock(t + 1, kind === 'srt' ? ',' : '.')}`,
              ...shown,
              '',
            );
            t += 1;
          });
          check(out.join('\n'), flat(ts), kind === 'srt' ? 'gen.srt' : 'gen.vtt');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('from generated timestamped text (times at line starts or alone, speaker lines)', () => {
    const names: Record<string, string> = { A: 'Ann Lee', B: 'Bo Park', SPEAKER_00: 'Speaker 1' };
    fc.assert(
      fc.property(turns, fc.integer({ min: 0, max: 4 }), (ts, layout) => {
        fc.pre(ts.length >= 2);
        const hms = (t: number) =>
          `${Math.floor(t / 3600)}:${String(Math.floor(t / 60) % 60).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
        const out: string[] = [];
        ts.forEach((turn, i) => {
          const t = 5 + i * 7;
          const name = turn.speaker === null ? null : (names[turn.speaker] ?? null);
          const body = turn.words.join(' ');
          if (layout === 0) out.push(`${hms(t)} ${name ? `${name}: ` : ''}${body}`);
          else if (layout === 1) out.push(`[${hms(t)}] ${body}`);
          else if (layout === 2) out.push(hms(t), body);
          else if (layout === 3) out.push(`${name ?? 'Speaker 9'}  ${hms(t).replace(/^0:/, '')}`, body, '');
          else out.push(`${name ?? 'Speaker 9'} (${hms(t)}):`, body, '');
        });
        check(out.join('\n'), flat(ts), 'gen.txt');
      }),
      { numRuns: 200 },
    );
  });

  it('from generated SRT (numbers or none, prefixes, tags)', () => {
    fc.assert(
      fc.property(turns, fc.boolean(), (ts, numbered) => {
        const cues: string[] = [];
        let t = 0;
        ts.forEach((turn, i) => {
          const prefix = turn.speaker ? `${turn.speaker === 'A' ? 'ANN SMITH' : `[${turn.speaker}]`}: ` : '';
          if (numbered) cues.push(String(i + 1));
          cues.push(
            `${clock(t, ',')} --> ${clock(t + 2, ',')}`,
            `${prefix}<b>${turn.words.join(' ')}</b>`,
            '',
          );
          t += 2.5;
        });
        check(cues.join('\n'), flat(ts), 'gen.srt');
      }),
      { numRuns: 200 },
    );
  });

  it('from generated WhisperX (words with and without times, segments with and without speakers)', () => {
    fc.assert(
      fc.property(turns, fc.array(fc.boolean(), { minLength: 100, maxLength: 100 }), (ts, timed) => {
        let t = 0;
        let k = 0;
        const segments = ts.map((turn) => {
          const words = turn.words.map((w) => {
            t += 0.4;
            return timed[k++ % 100] ? { word: w, start: t, end: t + 0.3, score: 0.9 } : { word: w };
          });
          return {
            start: t,
            end: t + 1,
            text: ` ${turn.words.join(' ')}`,
            words,
            ...(turn.speaker ? { speaker: turn.speaker } : {}),
          };
        });
        check(JSON.stringify({ segments, language: 'en' }), flat(ts), 'gen.json');
      }),
      { numRuns: 200 },
    );
  });

  it('from generated Amazon Transcribe (punctuation items, labels by segment)', () => {
    const punctuation = fc.option(fc.constantFrom('.', ',', '?'), { nil: null });
    fc.assert(
      fc.property(turns, fc.array(punctuation, { minLength: 100, maxLength: 100 }), (ts, puncts) => {
        const items: object[] = [];
        const segments: object[] = [];
        const expected: string[] = [];
        let t = 0;
        let k = 0;
        for (const turn of ts) {
          const segItems: object[] = [];
          for (const w of turn.words) {
            const start = (t += 0.5).toFixed(2);
            const end = (t + 0.3).toFixed(2);
            items.push({
              start_time: start,
              end_time: end,
              alternatives: [{ confidence: '0.9', content: w }],
              type: 'pronunciation',
            });
            segItems.push({ start_time: start, end_time: end, speaker_label: turn.speaker ?? '' });
            const p = puncts[k++ % 100];
            expected.push(p ? w + p : w);
            if (p) items.push({ alternatives: [{ confidence: '0.0', content: p }], type: 'punctuation' });
          }
          segments.push({ speaker_label: turn.speaker ?? '', items: segItems });
        }
        const doc = {
          jobName: 'gen',
          status: 'COMPLETED',
          results: { speaker_labels: { speakers: 1, segments }, items },
        };
        check(JSON.stringify(doc), expected, 'gen.json');
      }),
      { numRuns: 200 },
    );
  });

  it('from generated AssemblyAI (utterances, or words only)', () => {
    fc.assert(
      fc.property(turns, fc.boolean(), (ts, withUtterances) => {
        let t = 0;
        const utterances = ts.map((turn) => ({
          speaker: turn.speaker,
          words: turn.words.map((text) => ({ text, start: (t += 300), end: t + 200, speaker: turn.speaker })),
        }));
        const doc = withUtterances
          ? { audio_url: 'x', utterances }
          : { audio_url: 'x', utterances: null, words: utterances.flatMap((u) => u.words) };
        check(JSON.stringify(doc), flat(ts), 'gen.json');
      }),
      { numRuns: 200 },
    );
  });

  it('from generated Deepgram (paragraphs or not, one channel or two)', () => {
    fc.assert(
      fc.property(turns, fc.boolean(), fc.boolean(), (ts, withParagraphs, twoChannels) => {
        let t = 0;
        const groups = ts.map((turn, i) =>
          turn.words.map((w) => ({
            word: w.toLowerCase(),
            punctuated_word: w,
            start: (t += 0.4),
            end: t + 0.3,
            speaker: i % 3,
          })),
        );
        const paragraphs = groups.map((g, i) => ({
          start: g[0]!.start,
          end: g[g.length - 1]!.end,
          num_words: g.length,
          speaker: i % 3,
          sentences: [],
        }));
        // With two channels, turns alternate between them; times still
        // rise from turn to turn, so the merged words are in turn order.
        const channels = (twoChannels ? [0, 1] : [0]).map((c) => {
          const mine = (_: unknown, i: number) => !twoChannels || i % 2 === c;
          const alt = {
            transcript: '',
            words: groups.filter(mine).flat(),
            ...(withParagraphs ? { paragraphs: { paragraphs: paragraphs.filter(mine) } } : {}),
          };
          return { alternatives: [alt] };
        });
        check(JSON.stringify({ results: { channels } }), flat(ts), 'gen.json');
      }),
      { numRuns: 200 },
    );
  });

  it('from generated Rev.ai (punctuation and spaces as elements, untimed words)', () => {
    const punctuation = fc.option(fc.constantFrom('.', ',', '?', ', '), { nil: null });
    fc.assert(
      fc.property(
        turns,
        fc.array(fc.tuple(punctuation, fc.boolean()), { minLength: 100, maxLength: 100 }),
        (ts, extras) => {
          let t = 0;
          let k = 0;
          const expected: string[] = [];
          const monologues = ts.map((turn, i) => {
            const elements: object[] = [];
            turn.words.forEach((value, j) => {
              const [p, timed] = extras[k++ % 100]!;
              if (j > 0) elements.push({ type: 'punct', value: ' ' });
              t += 0.4;
              elements.push(
                timed
                  ? { type: 'text', value, ts: t, end_ts: t + 0.3, confidence: 0.9 }
                  : { type: 'text', value },
              );
              if (p) elements.push({ type: 'punct', value: p });
              expected.push(p ? value + p.trim() : value);
            });
            return { speaker: i % 3, elements };
          });
          check(JSON.stringify({ monologues }), expected, 'gen.json');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('from generated Google Speech-to-Text (v1 with the repeated last result, v2 labels, cut word lists)', () => {
    fc.assert(
      fc.property(
        turns,
        fc.constantFrom('v1', 'v2'),
        fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
        (ts, version, cuts) => {
          let t = 0;
          const tag = (label: string | null) =>
            label === null ? 0 : ['A', 'B', '0', '1'].indexOf(label) + 2;
          const expected: string[] = [];
          const all: object[] = [];
          const results = ts.map((turn, i) => {
            const words = turn.words.map((w) => {
              t += 0.4;
              const speaker =
                version === 'v1'
                  ? { speakerTag: tag(turn.speaker) }
                  : { speakerLabel: `${tag(turn.speaker)}` };
              const timed = { word: w, startTime: `${t.toFixed(3)}s`, endTime: `${(t + 0.3).toFixed(3)}s` };
              all.push({ ...timed, ...speaker });
              return version === 'v1' ? timed : { ...timed, ...speaker };
            });
            // A cut word list (v2 only: v1's repeat holds every word) opens
            // with the transcript.
            const cut = version === 'v2' && cuts[i % 16] && words.length > 2;
            expected.push(...turn.words);
            return {
              alternatives: [{ transcript: turn.words.join(' '), words: cut ? words.slice(1, -1) : words }],
              resultEndTime: `${(t + 0.5).toFixed(3)}s`,
            };
          });
          if (version === 'v1')
            results.push({ alternatives: [{ transcript: '', words: all as never }], resultEndTime: '0s' });
          check(JSON.stringify({ results }), expected, 'gen.json');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('from generated digital-paper-edit (paragraphs with gaps between)', () => {
    fc.assert(
      fc.property(turns, (ts) => {
        let t = 0;
        let id = 0;
        const words: object[] = [];
        const paragraphs = ts.map((turn, i) => {
          const start = (t += 1);
          for (const text of turn.words) words.push({ id: (id += 2), start: (t += 0.4), end: t + 0.3, text });
          return { id: i * 2, start, end: t + 0.3, speaker: turn.speaker ?? 'UKN' };
        });
        check(JSON.stringify({ words, paragraphs }), flat(ts), 'gen.json');
      }),
      { numRuns: 200 },
    );
  });

  it('from generated oTranscribe (timestamps, name prefixes, markup, entities)', () => {
    const htmlEscape = (w: string) => w.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    fc.assert(
      fc.property(turns, (ts) => {
        const html = ts
          .map((turn, i) => {
            const stamp = `<span class="timestamp" contenteditable="false" data-timestamp="${i * 5}">00:0${i}</span> `;
            const name = turn.speaker
              ? `<b>${turn.speaker === 'A' ? 'Agnes Moyo' : 'INTERVIEWER'}:</b> `
              : '';
            const body = turn.words.map((w, k) => (k % 3 === 1 ? `<i>${htmlEscape(w)}</i>` : htmlEscape(w)));
            return `<p>${i % 2 ? stamp : ''}${name}${body.join(' ')}</p>`;
          })
          .join('');
        check(JSON.stringify({ text: html, media: 'a.mp3', 'media-time': 0 }), flat(ts), 'gen.otr');
      }),
      { numRuns: 200 },
    );
  });
  it('from generated TTML (agents, colours or text marks; every kind of time expression; entities)', () => {
    const xmlEscape = (w: string) => w.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const times = [
      (s: number) => `${s}s`,
      (s: number) => `${Math.round(s * 1000)}ms`,
      (s: number) => `${s * 25}f`,
    ];
    fc.assert(
      fc.property(turns, fc.constantFrom('agents', 'colours', 'marks'), (ts, kind) => {
        const ps = ts.map((turn, i) => {
          const mid = Math.ceil(turn.words.length / 2);
          const lines = [turn.words.slice(0, mid), turn.words.slice(mid)]
            .filter((l) => l.length)
            .map((l) => l.map(xmlEscape).join(' '));
          const begin = `begin="${times[i % 3]!(i * 2)}" end="${i * 2 + 1.5}s"`;
          const who = turn.speaker ?? 'nobody';
          if (kind === 'agents') return `<p ${begin} ttm:agent="${who}">${lines.join('<br/>')}</p>`;
          if (kind === 'colours')
            return `<p ${begin}><span tts:color="${['white', 'yellow', 'cyan'][i % 3]}">${lines.join('</span><br/><span>')}</span></p>`;
          const mark = turn.speaker
            ? `&gt;&gt; ${turn.speaker === 'A' ? 'ANN SMITH' : `[${turn.speaker}]`}: `
            : '';
          return `<p ${begin}>${mark}${lines.join('<br/>')}</p>`;
        });
        const xml =
          '<?xml version="1.0" encoding="UTF-8"?>\n<tt xmlns="http://www.w3.org/ns/ttml" ' +
          'xmlns:ttm="http://www.w3.org/ns/ttml#metadata" xmlns:tts="http://www.w3.org/ns/ttml#styling" ' +
          `ttp:frameRate="25"><body><div>\n${ps.join('\n')}\n</div></body></tt>\n`;
        check(xml, flat(ts), 'gen.ttml');
      }),
      { numRuns: 200 },
    );
  });

  it('from generated SCC (pop-on, roll-up, paint-on; drop-frame or not; `>>` and names)', () => {
    // Words the 608 character set can write.
    const sccTurns = turns.filter((ts) => ts.every((t) => t.words.every((w) => !/[日本]/.test(w))));
    fc.assert(
      fc.property(
        sccTurns,
        fc.constantFrom<SccStyle>('pop-on', 'roll-up', 'paint-on'),
        fc.boolean(),
        (ts, style, dropFrame) => {
          const captions = ts.map((turn, i) => {
            const name = turn.speaker ? `${turn.speaker === 'A' ? 'ANN SMITH' : `[${turn.speaker}]`}: ` : '';
            return { start: 1 + i * 8, lines: rows(`>> ${name}${turn.words.join(' ')}`) };
          });
          check(encodeScc(captions, { style, dropFrame }), flat(ts), 'gen.scc');
        },
      ),
      { numRuns: 200 },
    );
  });
});
