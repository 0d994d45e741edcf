/// Google Cloud Speech-to-Text JSON importer (formats.md, "Google Cloud
/// Speech-to-Text"): the `recognize` / `longrunningrecognize` response of
/// v1, and v2's `recognize` response and batch results.
///
/// ```json
/// {"results": [{"alternatives": [{"transcript": "hello world", "words": [
///   {"startTime": "1.500s", "endTime": "2s", "word": "hello", "speakerTag": 1},
///   {"startTime": "2s", "endTime": "2.400s", "word": "world", "speakerTag": 1}]}],
///   "resultEndTime": "2.600s", "languageCode": "en-us"}]}
/// ```
///
/// - Where the results are: `results` (a list), `response.results` (a
///   long-running operation), or v2 batch output, a map from the audio's URI
///   to `{transcript: {results}}` or `{inlineResult: {transcript: {results}}}`.
/// - The first alternative of each result is read. Times are `"1.500s"`
///   strings or `{seconds, nanos}` objects (seconds may be a string, a zero
///   field may be missing); field names in camelCase or snake_case; v1's
///   `startTime`/`endTime`, v2's `startOffset`/`endOffset`.
/// - Speakers: v1's `speakerTag` (a number; 0 is no speaker), v2's
///   `speakerLabel` → Speaker 1, 2, …. With speakers, a block per speaker
///   turn; without, a block per result.
/// - Diarized v1 output repeats every word of the earlier results in a last
///   result, with its speaker tag (the earlier ones have none). That result
///   is used once: its words open when they are at least as many as the
///   earlier results'; otherwise the earlier words open with the speakers
///   of the repeat's words at the same times (unassigned past the repeat's
///   end). A result is such a repeat when it goes back in time, before the
///   end of the words before it, and its words are theirs from the first.
/// - A result whose `words` are fewer than its `transcript`'s opens with the
///   transcript, timed where its words match (`fullerText.ts`); a result with
///   no words opens its transcript untimed, starting where the result before
///   it ended.
/// - Several audio channels (`channelTag`): each channel is read as above,
///   its speakers named Channel 1, Channel 2 (Channel 1 Speaker 2 when a
///   channel is diarized), and the turns of all channels merged by time.

import { arrayField, field, isObject, label, textOf } from '../json.ts';
import { fullerWords, untimedNotice } from '../fullerText.ts';
import { fail, finishImport, importMeta, type ImportOptions, type ImportResult } from '../result.ts';
import { SpeakerRoster } from '../speakerLabels.ts';
import { BlockList, seconds, type TimedWord } from '../timedWords.ts';

const NAME = 'Google Speech-to-Text';

/// Two spellings of each field: camelCase (JSON of the REST API and most
/// clients) and snake_case (Python's `MessageToDict` keeping field names);
/// v1 and v2 names of a time. Runs several times per word: no rest array.
function pick(value: unknown, a: string, b?: string, c?: string, d?: string): unknown {
  let v = field(value, a);
  if (v === undefined && b !== undefined) v = field(value, b);
  if (v === undefined && c !== undefined) v = field(value, c);
  if (v === undefined && d !== undefined) v = field(value, d);
  return v;
}

/// The results of a response, wherever it keeps them; undefined when it
/// has none.
function resultsOf(value: unknown): unknown[] | undefined {
  const direct = arrayField(value, 'results') ?? arrayField(field(value, 'response'), 'results');
  if (direct) return direct;
  const map = field(value, 'results');
  if (!isObject(map)) return undefined;
  const out: unknown[] = [];
  let found = false;
  for (const entry of Object.values(map)) {
    const transcript =
      pick(entry, 'transcript') ?? pick(pick(entry, 'inlineResult', 'inline_result'), 'transcript');
    const results = arrayField(transcript, 'results');
    if (results) {
      found = true;
      out.push(...results);
    }
  }
  return found ? out : undefined;
}

/// True for a JSON value shaped like a Google Speech-to-Text response: its
/// results (see `resultsOf`) are a list whose first result has an
/// `alternatives` list.
export function looksLikeGoogleStt(value: unknown): boolean {
  const results = resultsOf(value);
  return results !== undefined && results.length > 0 && Array.isArray(field(results[0], 'alternatives'));
}

const DURATION_RE = /^\s*(\d+(?:\.\d+)?|\.\d+)s?\s*$/;

/// Seconds of a protobuf Duration: `"1.500s"`, `{seconds: "1", nanos:
/// 500000000}` (a zero field may be left out), or a plain number.
export function duration(value: unknown): number | undefined {
  if (typeof value === 'string') {
    const quick = plainSeconds(value);
    if (quick !== undefined) return quick;
    if (!DURATION_RE.test(value)) return undefined;
    const n = parseFloat(value);
    return Number.isFinite(n) && n >= 0 ? n : undefined;
  }
  if (isObject(value)) {
    const whole = field(value, 'seconds');
    const nanos = field(value, 'nanos');
    const s = whole === undefined ? 0 : seconds(whole);
    const n = nanos === undefined ? 0 : seconds(nanos, 1e9);
    return s === undefined || n === undefined ? undefined : Math.round((s + n) * 1e6) / 1e6;
  }
  return seconds(value);
}

/// `"1.500s"` read by hand, the form every Google file writes: digits, a
/// point and digits (15 in all), an `s`; undefined for anything else (then
/// `duration` reads it the general way). Two per word, twice for a diarized
/// file: a day has half a million. The digits as a whole number over a
/// power of ten is one correctly rounded division, the same as `parseFloat`.
function plainSeconds(text: string): number | undefined {
  const length = text.length;
  // At most 15 digits: a whole number below 2^53, exact.
  if (length < 2 || length > 17 || text.charCodeAt(length - 1) !== 115) return undefined;
  let whole = 0;
  let scale = 1;
  let point = false;
  let digits = 0;
  for (let i = 0; i < length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      whole = whole * 10 + (c - 48);
      digits++;
      if (point) scale *= 10;
    } else if (c === 46 && !point) point = true;
    else return undefined;
  }
  // `5.s` is not a duration; `.5s` is.
  return digits === 0 || (point && scale === 1) ? undefined : whole / scale;
}

interface Word extends TimedWord {
  /// The speaker label, or null.
  speaker: string | null;
}

interface Result {
  channel: string;
  /// The words to open: the word list, or the transcript when it is fuller.
  words: Word[];
  /// The word list as the file has it.
  listed: Word[];
  /// Words that had no time of their own: from a transcript fuller than
  /// the word list.
  untimed: number;
  end: number | undefined;
  /// True when its words carry speakers.
  diarized: boolean;
}

function speakerOf(word: unknown): string | null {
  const tag = pick(word, 'speakerTag', 'speaker_tag');
  if (typeof tag === 'number') return tag > 0 ? String(tag) : null;
  const text = label(pick(word, 'speakerLabel', 'speaker_label'));
  return text !== null && text.trim() !== '' && text.trim() !== '0' ? text.trim() : null;
}

function readResult(result: unknown, r: number): Result | string {
  if (!isObject(result))
    return `This ${NAME} file has a result it cannot read at results[${r}] (expected an object).`;
  const alternative = arrayField(result, 'alternatives')?.[0];
  const channel = label(pick(result, 'channelTag', 'channel_tag')) ?? '';
  const end = duration(
    pick(result, 'resultEndTime', 'result_end_time', 'resultEndOffset', 'result_end_offset'),
  );
  const rawWords = arrayField(alternative, 'words') ?? [];
  const words: Word[] = [];
  for (let w = 0; w < rawWords.length; w++) {
    const word = rawWords[w];
    const text = textOf(field(word, 'word'));
    if (text === undefined) {
      return `This ${NAME} file has a word it cannot read at results[${r}].alternatives[0].words[${w}] (expected "word" to be text).`;
    }
    words.push({
      text,
      start: duration(pick(word, 'startTime', 'start_time', 'startOffset', 'start_offset')),
      end: duration(pick(word, 'endTime', 'end_time', 'endOffset', 'end_offset')),
      speaker: speakerOf(word),
    });
  }
  const fuller = fullerWords(textOf(field(alternative, 'transcript')), words);
  return {
    channel,
    words: fuller.words === words ? words : fuller.words.map((w) => ({ speaker: null, ...w })),
    listed: words,
    untimed: fuller.untimed,
    end,
    diarized: words.some((w) => w.speaker !== null),
  };
}

export function importGoogleStt(value: unknown, options: ImportOptions = {}): ImportResult {
  const raw = resultsOf(value);
  if (!raw) return fail(`This ${NAME} file has no "results" list.`);
  const results: Result[] = [];
  for (let r = 0; r < raw.length; r++) {
    const result = readResult(raw[r], r);
    if (typeof result === 'string') return fail(result);
    results.push(result);
  }
  const channels = [...new Set(results.map((r) => r.channel))];
  const roster = new SpeakerRoster();
  const list = new BlockList();
  const turns = channels.flatMap((channel) =>
    channelTurns(
      results.filter((r) => r.channel === channel),
      channels.length > 1 ? `Channel ${channel}` : '',
    ),
  );
  // Channels merge by time; a turn without one stays after the turn before.
  if (channels.length > 1) turns.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
  for (const turn of turns) {
    list.addWords(roster.id(turn.speaker), turn.words, turn.start === undefined ? {} : { start: turn.start });
  }
  const untimed = results.reduce((n, r) => n + r.untimed, 0);
  const opened = finishImport(NAME, importMeta(options), roster, list);
  const notice = untimedNotice(untimed);
  return opened.ok && notice ? { ...opened, notice } : opened;
}

interface Turn {
  speaker: string | null;
  words: TimedWord[];
  start: number | undefined;
}

/// The turns of one channel's results. `channel` prefixes its speakers'
/// labels (`Channel 2`, `Channel 2 Speaker 1`) when the file has several.
function channelTurns(results: readonly Result[], channel: string): Turn[] {
  const repeat = repeatIndex(results);
  // The first word of each result, with where the result starts: its first
  // word's time, else where the result before it ended.
  const opens = new Map<Word, number | undefined>();
  let words: Word[];
  if (repeat < 0) {
    words = [];
    let end = 0;
    for (const result of results) {
      const first = result.words[0];
      if (first) opens.set(first, first.start ?? end);
      for (const w of result.words) words.push(w);
      end = result.end ?? lastEnd(result.words) ?? end;
    }
  } else {
    const earlier = results.slice(0, repeat).flatMap((r) => r.words);
    const again = results[repeat]!.words;
    words = again.length >= earlier.length ? [...again] : withSpeakersOf(earlier, again);
    for (const result of results.slice(repeat + 1)) words.push(...result.words);
  }
  const diarized = words.some((w) => w.speaker !== null);
  const labelOf = (w: Word): string | null => {
    if (channel === '') return w.speaker;
    return w.speaker === null || !diarized ? channel : `${channel} Speaker ${w.speaker}`;
  };
  const turns: Turn[] = [];
  let current: Turn | null = null;
  for (const word of words) {
    const speaker = labelOf(word);
    const boundary = diarized ? current?.speaker !== speaker : opens.has(word);
    if (!current || boundary) {
      current = { speaker, words: [], start: opens.has(word) ? opens.get(word) : word.start };
      turns.push(current);
    }
    current.words.push(word);
  }
  return turns;
}

function lastEnd(words: readonly Word[]): number | undefined {
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    if (w.end !== undefined || w.start !== undefined) return w.end ?? w.start;
  }
  return undefined;
}

/// The index of the result that repeats the words before it (see the file
/// comment), or -1: the last result that goes back in time, before the end
/// of the words before it, and whose words are theirs from the first on.
function repeatIndex(results: readonly Result[]): number {
  let end: number | undefined;
  let found = -1;
  for (let r = 0; r < results.length; r++) {
    const result = results[r]!;
    const first = result.listed.find((w) => w.start !== undefined)?.start;
    if (first !== undefined && end !== undefined && first < end - 0.001 && repeats(results, r)) found = r;
    const last = lastEnd(result.listed);
    if (last !== undefined) end = end === undefined ? last : Math.max(end, last);
  }
  return found;
}

/// True when the words of `results[r]` are the words of the results before
/// it, in order from the first (as many as either has).
function repeats(results: readonly Result[], r: number): boolean {
  const again = results[r]!.listed;
  let k = 0;
  for (let q = 0; q < r && k < again.length; q++) {
    for (const word of results[q]!.listed) {
      if (k === again.length) break;
      const text = again[k]!.text;
      // Mostly the very same text: compare loosely only where it differs.
      if (word.text !== text && norm(word.text) !== norm(text)) return false;
      k++;
    }
  }
  return k > 0;
}

const NOT_WORD_RE = /[^\p{L}\p{N}]+/gu;

function norm(text: string): string {
  return text.toLowerCase().replace(NOT_WORD_RE, '');
}

/// `earlier` with the speakers of the `repeat` words at the same start time;
/// a word with no such twin takes the speaker of the word before it, and
/// after the repeat's last word (a repeat cut short) none.
function withSpeakersOf(earlier: readonly Word[], repeat: readonly Word[]): Word[] {
  const byStart = new Map<number, string | null>();
  let last = -Infinity;
  for (const w of repeat) {
    if (w.start === undefined) continue;
    if (!byStart.has(w.start)) byStart.set(w.start, w.speaker);
    last = Math.max(last, w.start);
  }
  let speaker: string | null = repeat[0]?.speaker ?? null;
  return earlier.map((w) => {
    const twin = w.start === undefined ? undefined : byStart.get(w.start);
    if (twin !== undefined) speaker = twin;
    else if (w.start !== undefined && w.start > last) speaker = null;
    return { ...w, speaker };
  });
}
