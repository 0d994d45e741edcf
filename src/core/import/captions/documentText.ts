/// Reader for the text of our own document exports (docs/exports.md), so
/// that they open again with the same turns, speakers and times:
///
/// ```
/// Inside Story · Al Jazeera                               plain text
/// =========================
///
/// [5:30 am] Sami Zeidan (host): welcome to the show.
///
/// # Inside Story                                           Markdown
///
/// *Al Jazeera · 2024-03-05 · 5:30 am PDT*
///
/// `5:30 am` **Sami Zeidan (host):** welcome to the show.
///
/// Inside Story                                             a Word document's
/// Al Jazeera · 2024-03-05 · 5:30 am PDT                    paragraphs, as Word
/// Sami Zeidan (host):   5:30 am                            copies them
/// welcome to the show.
/// ```
///
/// - A paragraph is a turn (a Word document's speaker line goes with the
///   paragraph under it); `* * *` starts a new story.
/// - Labels are the names our exports print, in any case or script
///   (`isWrittenLabel`), with the role in parentheses when it is one of ours
///   (`(host)`); each label is a speaker, named exactly so.
/// - Stamps: offsets (`00:01:23`) are seconds from the programme start;
///   clock times (`5:31 am`) count from the start clock in the details line
///   (Markdown, Word, the plain text heading), or from the first stamp (in
///   plain text without a heading);
///   `~` marks an estimated time. A turn without a stamp has no time.
/// - Markdown's backslash escapes are removed; the title (`# `) and the
///   details line give the programme's title, network, channel, date, start
///   and end clock and time zone; so does plain text's first line, when a
///   line of `=` is under it (`title · details`: a title with ` · ` in it
///   gives the rest of itself to the details).
///
/// What text cannot say, and how it is read: in a Word document, the
/// paragraph after the title is the details line unless it is a speaker
/// line (a document without details whose first turn has neither speaker nor
/// time loses that turn to the details, and details of a start clock alone
/// read as the first turn's time when that turn has no speaker), and a document whose speaker lines
/// are clock times alone (no turn has a speaker) looks like a caption page
/// with its minute lines, and is read as one; a turn whose text opens with
/// what reads as a label (`Maya: ...`) is that speaker's.

import { clockDistance, parseClock } from '../../clock.ts';
import { SPEAKER_PREFIX, idSequence } from '../../ids.ts';
import { LIMITS } from '../../format/schema.ts';
import { ROLES, type ProgrammeMeta, type Role, type Speaker } from '../../transcript.ts';
import { looksLikeArchive } from './archive.ts';
import { isWrittenLabel, matchWrittenPrefix } from '../cues.ts';
import { fail, importMeta, type ImportOptions, type ImportResult } from '../result.ts';
import { BlockList, textSpans, tidy } from '../timedWords.ts';

/// The section break of the document exports.
const STORY_BREAK = '* * *';

const CLOCK = String.raw`\d{1,2}:\d{2} [ap]m`;
const OFFSET = String.raw`-?\d{2,}:\d{2}:\d{2}`;
const STAMP = `~?(?:${CLOCK}|${OFFSET})`;

// `[5:30 am] `, `[~00:01:23] ` (plain text).
const PLAIN_STAMP_RE = new RegExp(`^\\[(${STAMP})\\](?: |$)`);
// `` `5:30 am` `` (Markdown).
const MARKDOWN_STAMP_RE = new RegExp(`^\`(${STAMP})\`(?: |$)`);
// A Word speaker line: `Label:   5:30 am`, `5:30 am`, `Label:`.
const HEAD_WITH_STAMP_RE = new RegExp(`^(?:(.+):   )?(${STAMP})$`);
const HEAD_LABEL_RE = /^(.+):$/;
// The link our Markdown export ends a turn with, when asked:
// `[▶ clip](<https://…>)`. Turn text is escaped, so its `[` is not there.
const MARKDOWN_LINK_RE = / ?\[▶ clip\]\(<[^<>\s]*>\)$/;
// A Markdown label: `**Sami (host):** `, its text escaped.
const MARKDOWN_LABEL_RE = /^\*\*((?:\\.|[^\\*])+?):\*\*(?: |$)/;
const ESCAPE_RE = /\\([!-/:-@[-`{-~])/g;
// A label with one of our roles, whatever the name (`Ann "Bo" (guest): `).
// The line under plain text's heading.
const UNDERLINE_RE = /^={3,}$/;
const ROLE_LABEL_RE = /^([^:\n]{1,80}? \((?:host|anchor|guest|reporter|interviewee|narrator)\)):(?: |$)/;

type Layout = 'plain' | 'markdown' | 'word';

/// The text's layout when it is one of our document exports: Markdown (a
/// `# ` title first), a Word document's paragraphs (a speaker line), plain
/// text (one line per paragraph, a blank line between, some paragraph with
/// a stamp or a label); null for anything else, which the caption-text
/// reader takes. Never for a caption page (minute lines, an Archive header)
/// or text with `>>`, the broadcast mark of a new speaker.
export function documentLayout(text: string): Layout | null {
  if (text.includes('>>')) return null;
  // An underlined heading, then our paragraphs: nothing else writes that.
  const heading = plainHeading(text);
  if (heading) return oneLineEach(heading.rest) ? 'plain' : null;
  const paragraphs = paragraphsOf(text);
  if (paragraphs.length === 0) return null;
  if (paragraphs[0]!.startsWith('# ')) return 'markdown';
  // A speaker line with a name; one with a clock time alone (`5:30 am`) is a
  // caption page's minute line too, and a page it is taken for.
  if (paragraphs.some((p) => head(p)?.label != null)) return 'word';
  if (looksLikeArchive(text)) return null;
  const marked = paragraphs.some(
    (p) => p === STORY_BREAK || PLAIN_STAMP_RE.test(p) || plainLabel(p) !== null,
  );
  return oneLineEach(text) && marked ? 'plain' : null;
}

/// Every paragraph one line, a blank line between (as our plain text writes).
function oneLineEach(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  return lines.every((line, i) => i === 0 || line.trim() === '' || lines[i - 1]!.trim() === '');
}

/// The plain text export's heading: its first non-blank line with a line of
/// `=` right under it, and the text after them.
function plainHeading(text: string): { line: string; rest: string } | null {
  const lines = text.split(/\r\n|\r|\n/);
  let at = 0;
  while (at < lines.length && lines[at]!.trim() === '') at++;
  const line = lines[at]?.trim() ?? '';
  if (line === '' || !UNDERLINE_RE.test(lines[at + 1]?.trim() ?? '')) return null;
  return { line, rest: lines.slice(at + 2).join('\n') };
}

export function looksLikeDocumentText(text: string): boolean {
  return documentLayout(text) !== null;
}

export function importDocumentText(text: string, options: ImportOptions = {}): ImportResult {
  const layout = documentLayout(text);
  if (layout === null) return fail('This text is not a Caption Desk export.');
  const heading = layout === 'plain' ? plainHeading(text) : null;
  const paragraphs = paragraphsOf(heading ? heading.rest : text);
  let at = 0;
  let title: string | undefined;
  let details: string | undefined;
  if (heading) {
    const split = heading.line.indexOf(' · ');
    title = split < 0 ? heading.line : heading.line.slice(0, split);
    if (split >= 0) details = heading.line.slice(split + 3);
  } else if (layout === 'markdown') {
    title = unescape(paragraphs[at++]!.slice(2));
    const next = paragraphs[at];
    if (next !== undefined && next !== STORY_BREAK && /^\*.*\*$/.test(next) && next.length > 2)
      details = unescape(paragraphs[at++]!.slice(1, -1));
  } else if (layout === 'word') {
    if (head(paragraphs[at]!) === null) title = paragraphs[at++];
    // Details, unless a speaker line: one with a time alone (`5:30 am`,
    // details with nothing but the start clock look the same) only when a
    // speaker line follows it, as none follows another.
    const next = paragraphs[at];
    const after = paragraphs[at + 1];
    const speakerLine = next === undefined ? null : head(next);
    if (after !== undefined && (speakerLine === null || (speakerLine.label === null && head(after) !== null)))
      details = paragraphs[at++];
  }
  const meta = { ...importMeta(options, title), ...(details === undefined ? {} : detailsMeta(details)) };

  const list = new BlockList();
  const roster = new Roster();
  const times = new Times(meta);
  let story = false;
  let pending: { label: string | null; stamp: string | null } | null = null;
  for (; at < paragraphs.length; at++) {
    const paragraph = paragraphs[at]!;
    if (paragraph === STORY_BREAK) {
      story = true;
      continue;
    }
    const speakerLine = layout === 'word' ? head(paragraph) : null;
    if (speakerLine) {
      pending = speakerLine;
      continue;
    }
    const turn = pending ? { ...pending, text: paragraph } : turnOf(paragraph, layout);
    pending = null;
    const words = tidy(turn.text);
    if (words === '') continue;
    const time = times.of(turn.stamp);
    const block = list.open(roster.id(turn.label), time.start, time.estimated, story);
    block.spans = textSpans(words);
    story = false;
  }
  const blocks = list.finish();
  if (blocks.length === 0) return fail('This file has no transcript text in it.');
  return { ok: true, transcript: { meta, speakers: roster.speakers, blocks } };
}

/// The non-blank lines, trimmed.
function paragraphsOf(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const p = line.trim();
    if (p !== '') out.push(p);
  }
  return out;
}

/// A Word document's speaker line: a label, a stamp, or both.
function head(paragraph: string): { label: string | null; stamp: string | null } | null {
  const stamped = HEAD_WITH_STAMP_RE.exec(paragraph);
  if (stamped) {
    const label = stamped[1] ?? null;
    return label === null || isWrittenLabel(nameOf(label).name) ? { label, stamp: stamped[2]! } : null;
  }
  const labelled = HEAD_LABEL_RE.exec(paragraph);
  return labelled && isWrittenLabel(nameOf(labelled[1]!).name) ? { label: labelled[1]!, stamp: null } : null;
}

/// A plain text or Markdown paragraph: its stamp, label and text.
function turnOf(
  paragraph: string,
  layout: Layout,
): { label: string | null; stamp: string | null; text: string } {
  const markdown = layout === 'markdown';
  let rest = paragraph;
  const stamp = (markdown ? MARKDOWN_STAMP_RE : PLAIN_STAMP_RE).exec(rest);
  if (stamp) rest = rest.slice(stamp[0].length);
  let label: string | null = null;
  if (markdown) {
    // A link to the turn's moment ends the paragraph; it is not text.
    rest = rest.replace(MARKDOWN_LINK_RE, '');
    const m = MARKDOWN_LABEL_RE.exec(rest);
    if (m) {
      label = unescape(m[1]!);
      rest = rest.slice(m[0].length);
    }
    rest = unescape(rest);
  } else {
    const m = plainLabel(rest);
    if (m) {
      label = m.label;
      rest = rest.slice(m.end);
    }
  }
  return { label, stamp: stamp ? stamp[1]! : null, text: rest };
}

/// The label a plain text paragraph opens with: a name as our exports write
/// it, or any name with one of our roles after it.
function plainLabel(text: string): { label: string; end: number } | null {
  const written = matchWrittenPrefix(text);
  if (written) return written;
  const m = ROLE_LABEL_RE.exec(text);
  return m ? { label: m[1]!, end: m[0].length } : null;
}

function unescape(text: string): string {
  return text.replace(ESCAPE_RE, '$1');
}

// Roles our labels print: every one but `other`, which is never printed.
const PRINTED_ROLES = new Set<string>(ROLES.filter((r) => r !== 'other'));

/// `Sami (host)` → Sami, host; `US official` → US official, other.
function nameOf(label: string): { name: string; role: Role } {
  const m = / \(([a-z]+)\)$/.exec(label);
  if (m && PRINTED_ROLES.has(m[1]!)) return { name: label.slice(0, m.index), role: m[1] as Role };
  return { name: label, role: 'other' };
}

/// Speakers by label, named exactly as printed.
class Roster {
  readonly speakers: Speaker[] = [];
  private readonly byLabel = new Map<string, string>();
  private readonly nextId = idSequence(SPEAKER_PREFIX);

  id(label: string | null): string | null {
    if (label === null) return null;
    let id = this.byLabel.get(label);
    if (id === undefined) {
      if (this.speakers.length >= LIMITS.speakers) return null;
      const { name, role } = nameOf(label);
      id = this.nextId();
      this.speakers.push({ id, name: name.slice(0, LIMITS.name), role });
      this.byLabel.set(label, id);
    }
    return id;
  }
}

/// Turn starts from stamps.
class Times {
  constructor(private readonly meta: ProgrammeMeta) {}

  of(stamp: string | null): { start: number | null; estimated: boolean } {
    if (stamp === null) return { start: null, estimated: false };
    const estimated = stamp.startsWith('~');
    const bare = estimated ? stamp.slice(1) : stamp;
    const clock = parseClock(bare);
    if (clock === null) {
      const [h, m, s] = bare.replace('-', '').split(':').map(Number) as [number, number, number];
      const seconds = h * 3600 + m * 60 + s;
      return { start: bare.startsWith('-') ? null : seconds, estimated };
    }
    // Plain text has no programme start: the first clock time is.
    this.meta.startClock ??= clock;
    return { start: clockDistance(this.meta.startClock, clock) * 60, estimated };
  }
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCKS_RE = new RegExp(`^(${CLOCK})(?: – (${CLOCK}))?(?: (.+))?$`);

/// The details line of `programmeHeading`: `Al Jazeera · LINKTV ·
/// 2024-03-05 · 5:30 am – 6:00 am PDT · from show.txt`.
function detailsMeta(details: string): ProgrammeMeta {
  const meta: ProgrammeMeta = {};
  const names: string[] = [];
  for (const part of details.split(' · ')) {
    const clocks = CLOCKS_RE.exec(part);
    if (DATE_RE.test(part)) meta.date = part;
    else if (clocks) {
      meta.startClock = parseClock(clocks[1]!)!;
      if (clocks[2] !== undefined) meta.endClock = parseClock(clocks[2])!;
      if (clocks[3] !== undefined) meta.timeZone = clocks[3].slice(0, LIMITS.metaText);
    } else if (!part.startsWith('from ')) names.push(part.slice(0, LIMITS.metaText));
  }
  if (names[0] !== undefined) meta.network = names[0];
  if (names[1] !== undefined) meta.channel = names[1];
  return meta;
}
