/// The words of a turn as every export prints them, and the labels of its
/// speaker. One place decides what a gap or a sound tag becomes, so plain
/// text, Markdown, Word, captions and CSV never disagree about a turn.
import type { Block, Span, Speaker } from '../transcript.ts';
import { isSpace } from '../whitespace.ts';

/// What exports do with gaps (`[indiscernible]`) and non-speech tags:
/// - `keep`: the text as it stands. Open and unresolvable gaps show their tag,
///   corrected gaps show the correction, sound tags stay.
/// - `mark`: as `keep`, but every corrected gap is followed by a note, so a
///   reader sees that an editor filled it: `the americans [corrected: indiscernible]`.
/// - `clean`: reading copy. Open and unresolvable gaps and sound tags
///   (`[laughter]`, `♪`) are left out; corrected gaps show the correction.
export const GAP_MODES = ['keep', 'mark', 'clean'] as const;
export type GapMode = (typeof GAP_MODES)[number];

/// How a turn's speaker is named: `Sami (host)`, `Sami`, or not at all.
export const SPEAKER_LABELS = ['name-and-role', 'name', 'none'] as const;
export type SpeakerLabelStyle = (typeof SPEAKER_LABELS)[number];

/// One word of a turn (a run of text without white space), with the time of
/// the span it starts in when that span has one (seconds from programme start).
export interface TimedWord {
  text: string;
  /// The start of the span this word opens, when the span is timed.
  start?: number;
  /// The end of the span this word closes, when the span is timed.
  end?: number;
}

/// The words of a turn after the gap rule, white space dropped. Words run
/// across spans as the text does (`north` + `ern` is one word); a left-out
/// tag separates words, and punctuation it leaves stranded (`hello [laughter],
/// world`) joins the word before it. Control characters are removed and lone
/// surrogates become U+FFFD, so no export can carry bytes its format forbids.
export function turnWords(block: Block, gaps: GapMode = 'keep'): TimedWord[] {
  const words: TimedWord[] = [];
  // The word being built may continue into the next span.
  let open: TimedWord | null = null;
  let afterRemoval = false;

  for (const span of block.spans) {
    const text = spanDisplay(span, gaps);
    if (text === null) {
      open = null;
      afterRemoval = true;
      continue;
    }
    if (text === '') continue;

    const time = span.time;
    const start = time !== undefined && Number.isFinite(time.start) ? time.start : undefined;
    const end = time?.end !== undefined && Number.isFinite(time.end) ? time.end : undefined;

    let touched: TimedWord | null = null;
    let firstPart = true;
    const length = text.length;
    let at = 0;
    while (at < length) {
      while (at < length && isSpace(text.charCodeAt(at))) at++;
      if (at === length) break;
      const begin = at;
      while (at < length && !isSpace(text.charCodeAt(at))) at++;
      const part = text.slice(begin, at);
      if (begin === 0 && open !== null) {
        // Continues the word the previous span left open; that word's end
        // is no longer known, and this span's start is inside a word.
        open.text += part;
        delete open.end;
        touched = open;
      } else if (afterRemoval && words.length > 0 && STRANDED.test(part)) {
        touched = words[words.length - 1]!;
        touched.text += part;
      } else {
        touched = { text: part };
        if (firstPart && start !== undefined) touched.start = start;
        words.push(touched);
      }
      firstPart = false;
      afterRemoval = false;
    }
    if (touched !== null && end !== undefined) touched.end = end;
    open = touched !== null && !isSpace(text.charCodeAt(length - 1)) ? touched : null;
  }
  return words;
}

/// The text of a turn on one line: words after the gap rule, single spaces,
/// no space at either end ('' for a turn with nothing to print). The same
/// words as `turnWords`, joined by spaces, built without a word list.
export function turnText(block: Block, options: { gaps?: GapMode } = {}): string {
  const gaps = options.gaps ?? 'keep';
  let out = '';
  let afterRemoval = false;
  for (const span of block.spans) {
    const text = spanDisplay(span, gaps);
    if (text === null) {
      out += ' ';
      afterRemoval = true;
      continue;
    }
    if (afterRemoval) {
      const rest = text.trimStart();
      if (rest === '') continue;
      if (STRANDED.test(rest) && out.trim() !== '') out = out.trimEnd() + rest;
      else out += ` ${rest}`;
      afterRemoval = false;
      continue;
    }
    out += text;
  }
  return out.replace(SPACES, ' ').trim();
}

/// What a span prints under the gap rule: its cleaned text, its text and a
/// correction note, or null when the rule leaves it out.
function spanDisplay(span: Span, gaps: GapMode): string | null {
  if (
    gaps === 'clean' &&
    (span.sound === true || (span.gap !== undefined && span.gap.status !== 'corrected'))
  )
    return null;
  const text = cleanText(span.text);
  if (gaps === 'mark' && span.gap?.status === 'corrected' && text.trim() !== '') {
    const trailing = /\s*$/.exec(text)![0];
    return `${text.slice(0, text.length - trailing.length)} ${correctionNote(span.gap.tag)}${trailing}`;
  }
  return text;
}

/// `[corrected: indiscernible]` for a gap tagged `[indiscernible]` or `[ inaudible ]`.
function correctionNote(tag: string): string {
  const inner = cleanText(tag)
    .replace(/^\s*[[(]\s*/, '')
    .replace(/\s*[\])]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return inner === '' ? '[corrected]' : `[corrected: ${inner}]`;
}

const SPACES = /\s+/g;

// Punctuation that belonged to the word before a tag that was left out.
const STRANDED = /^[,.;:!?…)\]}]/;

// C0 and C1 controls other than white space, DEL, the non-characters
// U+FFFE/U+FFFF, and lone surrogates. NEL (U+0085) is a line break: a space.
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|\u0085/g;

// eslint-disable-next-line no-control-regex -- as above
const MAYBE_UNSAFE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/;

/// Text safe for every export: controls removed, NEL a space, lone
/// surrogates U+FFFD. White space is left for the caller to collapse.
export function cleanText(text: string): string {
  // Most text has none of these: a quick look first (a pair of surrogates
  // is fine, but this cheap test sends it to the exact one below).
  if (!MAYBE_UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, (c) => {
    if (c === '\u0085') return ' ';
    const code = c.charCodeAt(0);
    return code >= 0xd800 && code <= 0xdfff ? '\ufffd' : '';
  });
}

/// Text of one line: cleaned, white space runs to one space, trimmed.
export function oneLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

/// What a speaker is called: the roster name, or the role (`Guest`) when
/// nobody typed a name; '' when neither says anything (role `other`).
export function speakerName(speaker: Speaker): string {
  const name = oneLine(speaker.name);
  if (name !== '') return name;
  return speaker.role === 'other' ? '' : capitalise(speaker.role);
}

/// The label of a turn, without punctuation: `Sami Zeidan (host)`,
/// `Sami Zeidan`, `Guest`, or '' for an unassigned turn or style `none`.
/// Role `other` says nothing and is not printed; a speaker named after
/// its role (`Reporter`, reporter) is not labelled twice.
export function speakerLabel(speaker: Speaker | undefined, style: SpeakerLabelStyle): string {
  if (!speaker || style === 'none') return '';
  const name = oneLine(speaker.name);
  const role = speaker.role === 'other' ? '' : speaker.role;
  if (name === '') return role === '' ? '' : capitalise(role);
  if (style === 'name' || role === '' || name.toLowerCase() === role) return name;
  return `${name} (${role})`;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
