/// Rev.ai transcript JSON importer (formats.md §10; `GET /jobs/{id}/transcript`
/// with `Accept: application/vnd.rev.transcript.v1.0+json`).
///
/// ```json
/// {"monologues": [{"speaker": 1, "speaker_name": "Ann Lee", "elements": [
///   {"type": "text", "value": "Hello", "ts": 0.5, "end_ts": 1.5, "confidence": 1},
///   {"type": "punct", "value": " "},
///   {"type": "text", "value": "world", "ts": 1.6, "end_ts": 2.1, "confidence": 0.9},
///   {"type": "punct", "value": "."}]}]}
/// ```
///
/// - One block per monologue, as the other speech-to-text importers keep one
///   per segment or utterance.
/// - The text is the elements' values in order: `punct` elements carry the
///   spaces and punctuation and have no times; `text` (and `unknown`, for
///   speech Rev.ai could not make out) elements are timed words, `ts` to
///   `end_ts` in seconds. Punctuation joins its word (`world.`), with that
///   word's time. A monologue with no spaces at all (Chinese, Japanese) keeps
///   a time on each of its text elements.
/// - `speaker` numbers are machine labels, named "Speaker 1", "Speaker 2",
///   ... in order of first appearance; a `speaker_name` (or
///   `speaker_info.display_name`) is a name, and names every monologue of
///   that speaker number. No speaker: unassigned.

import { arrayField, field, isObject, label, textOf } from '../json.ts';
import { fail, finishImport, importMeta, type ImportOptions, type ImportResult } from '../result.ts';
import { monologueWords } from './revaiWords.ts';
import { SpeakerRoster } from '../speakerLabels.ts';
import { BlockList } from '../timedWords.ts';

/// True for a JSON value shaped like a Rev.ai transcript: an object with a
/// `monologues` list.
export function looksLikeRevAi(value: unknown): boolean {
  return Array.isArray(field(value, 'monologues'));
}

export function importRevAi(value: unknown, options: ImportOptions = {}): ImportResult {
  const monologues = arrayField(value, 'monologues');
  if (!monologues) return fail('This Rev.ai file has no "monologues" list.');
  if (monologues.length === 0) {
    return fail('This Rev.ai file has no transcript text in it (its "monologues" list is empty).');
  }
  const names = speakerNames(monologues);
  const roster = new SpeakerRoster();
  const list = new BlockList();
  for (let m = 0; m < monologues.length; m++) {
    const monologue = monologues[m];
    const elements = arrayField(monologue, 'elements');
    if (!isObject(monologue) || !elements) {
      return fail(
        `This Rev.ai file has a monologue it cannot read at monologues[${m}] (expected an object with an "elements" list).`,
      );
    }
    const words = monologueWords(elements, `monologues[${m}].elements`);
    if (typeof words === 'string') return fail(words);
    const speaker = label(field(monologue, 'speaker'));
    const name = ownName(monologue) ?? (speaker === null ? undefined : names.get(speaker));
    const speakerId = name !== undefined ? roster.id(name) : roster.id(speaker, 'generic');
    list.addWords(speakerId, words.words, { joiner: words.joiner });
  }
  return finishImport('Rev.ai', importMeta(options), roster, list);
}

/// A monologue's own speaker name, if it has a non-blank one.
function ownName(monologue: unknown): string | undefined {
  const name =
    textOf(field(monologue, 'speaker_name')) ??
    textOf(field(field(monologue, 'speaker_info'), 'display_name'));
  return name?.trim() ? name : undefined;
}

/// The first name given to each speaker number, so that a speaker named on
/// one monologue is named on all of theirs.
function speakerNames(monologues: readonly unknown[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const monologue of monologues) {
    const speaker = label(field(monologue, 'speaker'));
    const name = ownName(monologue);
    if (speaker !== null && name !== undefined && !names.has(speaker)) names.set(speaker, name);
  }
  return names;
}
