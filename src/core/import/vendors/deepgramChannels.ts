/// Deepgram JSON with several channels (`multichannel=true`): a phone call
/// recorded with one party per channel, diarized or not.
///
/// ```json
/// {"results": {"channels": [{"alternatives": [{"words": [{"word": "hello", "start": 0.4, ...}]}]},
///                           {"alternatives": [{"words": [{"word": "hi", "start": 1.2, ...}]}]}],
///              "utterances": [{"channel": 1, "speaker": 0, "start": 1.2, ...}]}}
/// ```
///
/// - The words of every channel's first alternative, merged by start time
///   into one transcript: a new turn wherever the speaker changes, and at
///   each of a channel's paragraphs (`paragraphs=true`). A word without a
///   time keeps its place after the word before it in its channel.
/// - Speakers are channels, "Channel 1", "Channel 2", ...; a channel
///   diarized into several voices gives "Channel 1 Speaker 1", ...
///   (`ChannelSpeakers`).
/// - A channel with paragraphs but no words gives a turn per paragraph; one
///   with only a `transcript` (beside channels with words) gives its text,
///   untimed, at the start.
/// - With no words or paragraphs in any channel: `results.utterances`, a turn
///   each, in order of start time, of the utterance's `channel` (and
///   `speaker`); one without a readable `channel` stays unassigned. Else each
///   channel's `transcript`, untimed, a turn per channel.

import { ChannelSpeakers } from '../channelSpeakers.ts';
import { paragraphOwners, paragraphText, readDeepgramWords } from './deepgramWords.ts';
import { arrayField, field, isObject, label, textOf } from '../json.ts';
import { fail, finishImport, importMeta, type ImportOptions, type ImportResult } from '../result.ts';
import { SpeakerRoster } from '../speakerLabels.ts';
import { BlockList, seconds, type SpeakerWord, type TimedWord } from '../timedWords.ts';

/// A word of one channel, before the channels are merged.
interface ChannelWord extends TimedWord {
  channel: number;
  label: string | null;
  /// The source starts a turn here (a paragraph), within the channel.
  turnStart: boolean;
  /// Where the word goes in the merged transcript: its start, never before
  /// the word before it in its channel (so a channel keeps its order).
  at: number;
}

export function importDeepgramChannels(
  results: unknown,
  channels: readonly unknown[],
  options: ImportOptions,
): ImportResult {
  const roster = new SpeakerRoster();
  const speakers = new ChannelSpeakers(roster);
  const list = new BlockList();
  const meta = importMeta(options);

  const words: ChannelWord[] = [];
  let timed = false;
  for (let c = 0; c < channels.length; c++) {
    const read = channelWords(channels[c], c);
    if (typeof read === 'string') return fail(read);
    for (const w of read.words) words.push(w); // no spread: a day of speech is 130,000 words
    timed ||= read.timed;
  }

  if (timed) {
    // A stable sort: at equal times, the lower channel goes first.
    words.sort((a, b) => a.at - b.at);
    for (const w of words) speakers.note(w.channel, w.label);
    list.addWordRuns(
      words.map((w): SpeakerWord => ({
        text: w.text,
        start: w.start,
        end: w.end,
        speakerId: speakers.id(w.channel, w.label),
        turnStart: w.turnStart,
      })),
    );
    return finishImport('Deepgram', meta, roster, list);
  }

  const utterances = arrayField(results, 'utterances') ?? [];
  if (utterances.length > 0) {
    const problem = addUtterances(utterances, channels.length, speakers, list);
    return problem === null ? finishImport('Deepgram', meta, roster, list) : fail(problem);
  }

  // Only the plain transcripts: a turn per channel.
  for (const w of words) speakers.note(w.channel, w.label);
  list.addWordRuns(words.map((w) => ({ text: w.text, speakerId: speakers.id(w.channel, w.label) })));
  return finishImport('Deepgram', meta, roster, list);
}

/// The words of one channel: its words, else a piece per paragraph, else
/// its transcript split into untimed words. `timed` is false for the
/// transcript, which goes only where no channel has anything better.
function channelWords(channel: unknown, c: number): { words: ChannelWord[]; timed: boolean } | string {
  const alternative = arrayField(channel, 'alternatives')?.[0];
  const path = `results.channels[${c}].alternatives[0].words`;
  const read = readDeepgramWords(arrayField(alternative, 'words') ?? [], path);
  if (typeof read === 'string') return read;
  const paragraphs = (arrayField(field(alternative, 'paragraphs'), 'paragraphs') ?? []).filter(isObject);

  const words: ChannelWord[] = [];
  let at = 0;
  const push = (word: TimedWord, wordLabel: string | null, turnStart: boolean): void => {
    at = Math.max(at, word.start ?? at);
    words.push({
      text: word.text,
      start: word.start,
      end: word.end,
      channel: c,
      label: wordLabel,
      turnStart,
      at,
    });
  };

  if (read.length > 0) {
    const owner = paragraphs.length > 0 ? paragraphOwners(paragraphs, read) : null;
    read.forEach((w, k) => {
      const p = owner?.[k] ?? -1;
      // As with one channel, a paragraph's speaker is the turn's speaker.
      const wordLabel = (p >= 0 ? label(field(paragraphs[p], 'speaker')) : null) ?? w.label;
      push(w, wordLabel, owner !== null && (k === 0 || owner[k] !== owner[k - 1]));
    });
    return { words, timed: true };
  }
  if (paragraphs.length > 0) {
    for (const p of paragraphs) {
      const start = seconds(field(p, 'start'));
      const speaker = label(field(p, 'speaker'));
      splitWords(paragraphText(p)).forEach((text, k) =>
        push(k === 0 ? { text, start } : { text }, speaker, k === 0),
      );
    }
    return { words, timed: true };
  }
  for (const text of splitWords(textOf(field(alternative, 'transcript')) ?? '')) push({ text }, null, false);
  return { words, timed: false };
}

function splitWords(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/// Utterances as turns, in order of start time, each of its channel and
/// speaker; a message when an utterance's words cannot be read.
function addUtterances(
  utterances: readonly unknown[],
  channelCount: number,
  speakers: ChannelSpeakers,
  list: BlockList,
): string | null {
  const turns = utterances.map((utterance, u) => {
    const channel = field(utterance, 'channel');
    return {
      u,
      channel:
        Number.isInteger(channel) && (channel as number) >= 0 && (channel as number) < channelCount
          ? (channel as number)
          : null,
      label: label(field(utterance, 'speaker')),
      start: seconds(field(utterance, 'start')),
    };
  });
  for (const t of turns) if (t.channel !== null) speakers.note(t.channel, t.label);
  // As with words, a channel's utterances keep their order (an untimed one
  // stays after the one before it).
  const last = new Map<number | null, number>();
  const placed = turns.map((t) => {
    const at = Math.max(last.get(t.channel) ?? 0, t.start ?? 0);
    last.set(t.channel, at);
    return { t, at };
  });
  placed.sort((a, b) => a.at - b.at);

  for (const { t } of placed) {
    const utterance = utterances[t.u];
    const read = readDeepgramWords(arrayField(utterance, 'words') ?? [], `results.utterances[${t.u}].words`);
    if (typeof read === 'string') return read;
    const speakerId = speakers.id(t.channel, t.label);
    const text = textOf(field(utterance, 'transcript'));
    if (read.length > 0) list.addWords(speakerId, read, { start: t.start });
    else if (text !== undefined) list.addWords(speakerId, [{ text }], { start: t.start });
  }
  return null;
}
