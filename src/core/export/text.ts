import { clockAt, formatClock, formatOffset } from '../clock.ts';
import type { Block, ProgrammeMeta, Speaker, Transcript } from '../transcript.ts';
import { turnLink } from '../source/turnLink.ts';
import { oneLine, speakerLabel, turnText } from './spanText.ts';
import { turnTimes } from './timing.ts';
import type { GapMode, SpeakerLabelStyle } from './spanText.ts';

export interface PlainTextOptions {
  /// `clock` prints the wall-clock minute (`[5:31 am]`) and falls back to
  /// `offset` (`[00:01:23]`) when the programme start clock is unknown.
  timestamps: 'none' | 'clock' | 'offset';
  /// What labels a turn: `Sami (host): `, `Sami: `, or nothing.
  /// Default `name-and-role`.
  speakers?: SpeakerLabelStyle;
  /// Join consecutive turns of the same speaker into one paragraph (stopping
  /// at a story break). Default false: one paragraph per turn.
  mergeTurns?: boolean;
  /// Gaps and sound tags: `keep` (default), `mark` or `clean`; see `GapMode`.
  gaps?: GapMode;
}

/// The options of the document-like exports (plain text, Markdown, Word).
export interface DocumentOptions extends PlainTextOptions {
  /// Markdown and Word: a link to each turn's moment in the source
  /// (`meta.link`); plain text has no links. Default false.
  links?: boolean;
}

/// The line written between stories (`>>>` in the captions). A typographic
/// section break, not `>>>`, because the export is meant to read as clean
/// copy, and it cannot be mistaken for spoken text.
export const STORY_BREAK = '* * *';

/// Clean text for a newsroom: the programme heading underlined (when the
/// transcript has one), one paragraph per turn, paragraphs separated by a
/// blank line, and a trailing newline (empty string for no text).
///
/// ```
/// Inside Story · Al Jazeera · 2024-03-05 · 5:30 am PDT
/// ====================================================
///
/// [5:30 am] Sami (host): welcome to the show.
///
/// * * *
///
/// [~5:31 am] Reporter (reporter): north korea and russia...
///
/// [5:32 am] an unassigned turn has no label.
/// ```
///
/// - Labels come from the roster, never from the text. Turns nobody has
///   assigned get no label (an editor would rather add one than delete a
///   wrong "Unknown:"). Role `other` is not printed: it says nothing.
/// - Text is the turn's words after the gap rule (`turnText`): gap and sound
///   tags as they stand by default, white space collapsed to single spaces.
///   Turns with no text are left out.
/// - An estimated time is marked `~`; a turn with no time gets no stamp.
/// - No markup of any kind: the result is plain text, never HTML. The `=`
///   line under the heading is the plain text way to mark a title, and the
///   one thing that tells the heading from a turn when the file is opened
///   again: turns are one line each with blank lines between.
export function exportPlainText(t: Transcript, options: PlainTextOptions): string {
  const lines: string[] = [];
  const heading = plainTextHeading(t.meta);
  if (heading !== null) lines.push(`${heading}\n${'='.repeat(Math.max(3, [...heading].length))}`);
  for (const item of documentParagraphs(t, options)) {
    if (item.kind === 'story') lines.push(STORY_BREAK);
    else {
      const stamp = item.stamp === '' ? '' : `[${item.stamp}] `;
      const label = item.label === '' ? '' : `${item.label}: `;
      lines.push(`${stamp}${label}${item.text}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n\n')}\n`;
}

/// A paragraph of a document-like export, before any format's markup.
export type DocumentParagraph =
  | { kind: 'story' }
  | {
      kind: 'turn';
      /// `5:31 am`, `~00:01:23`, or '' (no time, or timestamps off).
      stamp: string;
      /// `Sami Zeidan (host)` as `speakerLabel` gives it; '' for none.
      label: string;
      speaker: Speaker | undefined;
      /// One line, never empty.
      text: string;
      /// The blocks this paragraph holds (more than one when merged).
      blockIds: string[];
      /// The link to the paragraph's moment, when asked for and the
      /// programme has a source.
      link?: string;
    };

/// The paragraphs every document-like export prints: turns with text, in
/// order, merged when asked (never across a story break, never unassigned
/// turns: nobody knows they are one voice), with a story break before each
/// new story except at the very start.
export function documentParagraphs(t: Transcript, options: DocumentOptions): DocumentParagraph[] {
  const speakers = new Map<string, Speaker>(t.speakers.map((s) => [s.id, s]));
  const stamp = stamper(t, options.timestamps);
  const labelStyle = options.speakers ?? 'name-and-role';
  const gaps = options.gaps ?? 'keep';
  // Each paragraph's seconds, from its first turn's start to its last
  // turn's end, for its link.
  const times = options.links && t.meta.link ? turnTimes(t) : null;
  const spans = new Map<DocumentParagraph, { start: number; end: number }>();

  const out: DocumentParagraph[] = [];
  let current: Extract<DocumentParagraph, { kind: 'turn' }> | null = null;
  // A story mark on an empty turn still starts the next story.
  let storyPending = false;

  for (const [i, block] of t.blocks.entries()) {
    if (block.story) storyPending = true;
    const text = turnText(block, { gaps });
    if (text === '') continue;

    const speaker = block.speakerId === null ? undefined : speakers.get(block.speakerId);
    if (
      options.mergeTurns &&
      current !== null &&
      !storyPending &&
      speaker !== undefined &&
      current.speaker === speaker
    ) {
      current.text += ` ${text}`;
      current.blockIds.push(block.id);
      const span = spans.get(current);
      if (span && times) span.end = times[i]!.end;
      continue;
    }

    if (storyPending && out.length > 0) out.push({ kind: 'story' });
    storyPending = false;
    current = {
      kind: 'turn',
      stamp: stamp(block),
      label: speakerLabel(speaker, labelStyle),
      speaker,
      text,
      blockIds: [block.id],
    };
    if (times) spans.set(current, { start: times[i]!.start, end: times[i]!.end });
    out.push(current);
  }
  for (const [paragraph, span] of spans) {
    const link = turnLink(t.meta.link, span.start / 1000, span.end / 1000);
    if (link && paragraph.kind === 'turn') paragraph.link = link;
  }
  return out;
}

function stamper(t: Transcript, mode: PlainTextOptions['timestamps']): (block: Block) => string {
  if (mode === 'none') return () => '';
  const startClock = t.meta.startClock;
  const format =
    mode === 'clock' && startClock !== undefined && Number.isFinite(startClock)
      ? (seconds: number) => formatClock(clockAt(startClock, seconds))
      : formatOffset;
  return (block) => {
    if (block.start === null || !Number.isFinite(block.start)) return '';
    return `${block.estimated ? '~' : ''}${format(block.start)}`;
  };
}

/// The plain text export's first line: the programme heading's title and
/// details in one line (`Inside Story · Al Jazeera · 2024-03-05 · 5:30 am
/// PDT`), or null when the transcript has no header to give (nothing but
/// the file it came from).
export function plainTextHeading(meta: ProgrammeMeta): string | null {
  const known = [meta.title, meta.network, meta.channel, meta.date, meta.timeZone].some(
    (part) => oneLine(part ?? '') !== '',
  );
  if (!known && !Number.isFinite(meta.startClock) && !Number.isFinite(meta.endClock)) return null;
  const { title, details } = programmeHeading(meta);
  return details === '' ? title : `${title} · ${details}`;
}

/// The heading of a document export: the programme title (or the file it
/// came from, or `Transcript`), and a line of what else is known:
/// `Al Jazeera · LINKTV · 2024-03-05 · 5:30 am – 6:00 am PDT`.
export function programmeHeading(meta: ProgrammeMeta): { title: string; details: string } {
  const title = oneLine(meta.title ?? '') || oneLine(meta.source ?? '') || 'Transcript';
  const details: string[] = [];
  for (const part of [meta.network, meta.channel, meta.date]) {
    const text = oneLine(part ?? '');
    if (text !== '') details.push(text);
  }
  const zone = oneLine(meta.timeZone ?? '');
  if (meta.startClock !== undefined && Number.isFinite(meta.startClock)) {
    let clock = formatClock(meta.startClock);
    if (meta.endClock !== undefined && Number.isFinite(meta.endClock))
      clock += ` – ${formatClock(meta.endClock)}`;
    details.push(zone === '' ? clock : `${clock} ${zone}`);
  }
  if (meta.source !== undefined && oneLine(meta.source) !== '' && oneLine(meta.source) !== title)
    details.push(`from ${oneLine(meta.source)}`);
  return { title, details: details.join(' · ') };
}
