import { clockAt, formatClock, formatOffset } from '../clock.ts';
import { blockText } from '../transcript.ts';
import type { Block, Speaker, Transcript } from '../transcript.ts';

export interface PlainTextOptions {
  /// `clock` prints the wall-clock minute (`[5:31 am]`) and falls back to
  /// `offset` (`[00:01:23]`) when the programme start clock is unknown.
  timestamps: 'none' | 'clock' | 'offset';
  /// What labels a turn: `Sami (host): `, `Sami: `, or nothing.
  /// Default `name-and-role`.
  speakers?: 'name-and-role' | 'name' | 'none';
  /// Join consecutive turns of the same speaker into one paragraph (stopping
  /// at a story break). Default false: one paragraph per turn.
  mergeTurns?: boolean;
}

/// The line written between stories (`>>>` in the captions). A typographic
/// section break, not `>>>`, because the export is meant to read as clean
/// copy, and it cannot be mistaken for spoken text.
export const STORY_BREAK = '* * *';

/// Clean text for a newsroom: one paragraph per turn, paragraphs separated by
/// a blank line, and a trailing newline (empty string for no text).
///
/// ```
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
/// - Text is the spans verbatim (gap tags and sound tags as they stand),
///   trimmed at the ends of the paragraph. Turns with no text are left out.
/// - An estimated time is marked `~`; a turn with no time gets no stamp.
/// - No markup of any kind: the result is plain text, never HTML.
export function exportPlainText(t: Transcript, options: PlainTextOptions): string {
  const speakers = new Map<string, Speaker>(t.speakers.map((s) => [s.id, s]));
  const stamp = stamper(t, options.timestamps);
  const labelStyle = options.speakers ?? 'name-and-role';

  const paragraphs: string[] = [];
  let current: { speakerId: string | null; text: string } | null = null;
  // A story mark on an empty turn still starts the next story.
  let storyPending = false;

  const flush = () => {
    if (current) paragraphs.push(current.text);
    current = null;
  };

  for (const block of t.blocks) {
    if (block.story) storyPending = true;
    const text = blockText(block).trim();
    if (text === '') continue;

    const speaker = block.speakerId === null ? undefined : speakers.get(block.speakerId);
    const speakerId = speaker ? speaker.id : null;
    if (
      options.mergeTurns &&
      current !== null &&
      !storyPending &&
      speakerId !== null &&
      current.speakerId === speakerId
    ) {
      current.text += ` ${text}`;
      continue;
    }

    flush();
    if (storyPending && paragraphs.length > 0) paragraphs.push(STORY_BREAK);
    storyPending = false;
    current = { speakerId, text: `${stamp(block)}${label(speaker, labelStyle)}${text}` };
  }
  flush();

  return paragraphs.length === 0 ? '' : `${paragraphs.join('\n\n')}\n`;
}

function label(speaker: Speaker | undefined, style: NonNullable<PlainTextOptions['speakers']>): string {
  if (!speaker || style === 'none') return '';
  const name = speaker.name.trim();
  const role = speaker.role === 'other' ? '' : speaker.role;
  // A speaker without a name is still a known voice; say what we know.
  if (name === '') return role === '' ? '' : `${capitalise(role)}: `;
  // "Reporter (reporter)" says nothing twice: a role-named speaker stands alone.
  if (style === 'name' || role === '' || name.toLowerCase() === role) return `${name}: `;
  return `${name} (${role}): `;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function stamper(t: Transcript, mode: PlainTextOptions['timestamps']): (block: Block) => string {
  if (mode === 'none') return () => '';
  const startClock = t.meta.startClock;
  const format =
    mode === 'clock' && startClock !== undefined
      ? (seconds: number) => formatClock(clockAt(startClock, seconds))
      : formatOffset;
  return (block) => {
    if (block.start === null) return '';
    return `[${block.estimated ? '~' : ''}${format(block.start)}] `;
  };
}
