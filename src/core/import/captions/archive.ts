/// Importer for transcript pages of the Internet Archive TV News Archive, as
/// a user copies them from the browser (formats.md §1–2):
///
/// ```
/// Skip to main content
///
/// tv   France 24  LINKTV  September 19, 2023 5:30am-6:01am PDT
///
/// 5:30 am
/// friendship, the promise of ... >> welcome to the show. sami: north korea
/// 5:31 am
/// appear to be cementing their ties ...
/// ```
///
/// The page has one paragraph per clock minute, but minutes are timing
/// anchors, not turns: the paragraphs are read as one stream of caption text
/// and cut into turns at `>>`, `>>>` and `name:` prefixes (see `scanTurns`).
/// Each turn becomes a block; a minute line inside a turn becomes a `time`
/// on the first span after it.
///
/// Nothing that is a caption word is dropped: only the page chrome (a few
/// whole lines at the start and the trailing region described at
/// `trailingChromeStart`), the header line, minute lines and the markers
/// `>>`, `>>>` and recognised name prefixes leave the text.

import { clockDistance, MONTH_NAMES, parseClock } from '../../clock.ts';
import { BLOCK_PREFIX, SPEAKER_PREFIX, idSequence } from '../../ids.ts';
import type { Block, ProgrammeMeta, Role, Span, Speaker, Transcript } from '../../transcript.ts';
import { splitTags } from '../tags.ts';
import { scanTurns, singleSpaced } from '../words.ts';
import { NAME_PARTICLES } from '../../nameParticles.ts';

export interface ArchiveImportOptions {
  /// Name of the file (or other origin) the text came from; goes to `meta.source`.
  source?: string;
}

// --- Lines ---------------------------------------------------------------

// `5:31 am`, `5:31am`, `5:31 PM`, surrounding whitespace allowed.
const MINUTE_RE = /^\s*\d{1,2}:\d{2}\s?[ap]m\s*$/i;
// Longest line worth testing as a minute line (generous for padding).
const MAX_MINUTE_LINE = 24;

const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());

// The anchorable tail of a header: `September 19, 2023 5:30am-6:01am PDT`.
// Whitespace runs are allowed anywhere a space stands (U+00A0 is `\s`).
const DATE_TAIL_RE = new RegExp(
  `(?:^|\\s)(${MONTHS.join('|')})\\s+(\\d{1,2}),\\s*(\\d{4})\\s+(\\d{1,2}:\\d{2}\\s?[ap]m)\\s*-\\s*(\\d{1,2}:\\d{2}\\s?[ap]m)(?:\\s+([a-z]{2,5}))?$`,
  'i',
);

// Lines of page chrome that can stand before the header (whole lines).
const LEADING_CHROME: readonly RegExp[] = [
  /^skip to main content$/i,
  /^internet archive['’]s 25th anniversary logo$/i,
  /^https?:\/\/(?:www\.)?archive\.org\/\S*$/i,
  /^[A-Z][A-Z0-9]{1,15}_\d{8}_\d{6}(?:_\w*)?$/,
];

// Lines that, matched as a whole line after the last minute line, mark the
// start of the page's end chrome (formats.md §1.4).
const STRONG_END_CHROME: readonly RegExp[] = [
  /^tv news archive$/i,
  /^search & sort options$/i,
  /^filter by$/i,
  /^search only quotes$/i,
  /^search only political ads$/i,
  /^topic frequency$/i,
  /^\d[\d,]* views?$/i,
  /^(?:disc )?borrow a dvd of this show$/i,
  /^(?:info )?stream only$/i,
  /^in collections$/i,
  /^uploaded by tv archive on\b/i,
];

// Chrome lines too plain to start the end region on their own; they are
// chrome only directly before a strong marker (blank lines between allowed).
const WEAK_END_CHROME: readonly RegExp[] = [
  /^favorite$/i,
  /^tv$/i,
  /^date range$/i,
  /^sort by$/i,
  /^relevance$/i,
];

/// The clock of a minute line (`5:31 am`, `5:31am`, `5:31 PM`, with
/// surrounding whitespace); null for any other line, including impossible
/// clocks such as `13:00 pm`.
function minuteClock(line: string): number | null {
  return line.length <= MAX_MINUTE_LINE && MINUTE_RE.test(line) ? parseClock(line) : null;
}

function isMinuteLine(line: string): boolean {
  return minuteClock(line) !== null;
}

// --- Header --------------------------------------------------------------

// Network display names (formats.md §1.2), longest first, for splitting a
// single-spaced (layout B) header into title and network.
const NETWORKS = [
  'FOX Business',
  'FOX News',
  'BBC News',
  'Al Jazeera',
  'Bloomberg',
  'C-SPAN',
  'CSPAN',
  'LINKTV',
  'MSNBC',
  'CNBC',
  'CNN',
  'PBS',
  'CBS',
  'ABC',
  'FOX',
  'NBC',
];

interface Header {
  title?: string;
  network?: string;
  date: string;
  startClock: number;
  endClock: number;
  timeZone?: string;
}

/// Parses a header line: `tv   Title  NETWORK  Month D, YYYY h:mmam-h:mmpm TZ`
/// (layout A: fields separated by runs of 2+ whitespace, U+00A0 included),
/// `tv Title Network Month D, YYYY ...` (layout B: single-spaced; the network
/// is split off only when it is a known display name), or either without
/// `tv`. Null when the line has no date+range tail.
export function parseArchiveHeader(line: string): Header | null {
  const raw = line.trim();
  const m = DATE_TAIL_RE.exec(raw);
  if (!m) return null;
  const startClock = parseClock(m[4]!);
  const endClock = parseClock(m[5]!);
  if (startClock === null || endClock === null) return null;
  const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
  const day = Number(m[2]);
  if (day < 1 || day > 31) return null;
  const header: Header = {
    date: `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    startClock,
    endClock,
  };
  if (m[6]) header.timeZone = m[6].toUpperCase();

  const head = raw
    .slice(0, m.index)
    .replace(/^tv(?:\s+|$)/i, '')
    .trim();
  let title: string | undefined;
  let network: string | undefined;
  if (/\s{2,}/.test(raw)) {
    // Layout A. `tv   [untitled]    November 2, 2021 ...` has an empty network.
    const fields = head.split(/\s{2,}/).filter((f) => f !== '');
    if (fields.length === 1) title = fields[0];
    else if (fields.length > 1) {
      title = fields.slice(0, -1).join(' ');
      network = fields[fields.length - 1];
    }
  } else if (head) {
    // Layout B: only a known network name at the end can be split off.
    const lower = head.toLowerCase();
    const known = NETWORKS.find((n) => lower === n.toLowerCase() || lower.endsWith(' ' + n.toLowerCase()));
    if (known) {
      network = head.slice(head.length - known.length);
      title = head.slice(0, head.length - known.length).trim();
    } else title = head;
  }
  if (title) title = singleSpaced(title);
  if (title && title.toLowerCase() !== '[untitled]') header.title = title;
  if (network) header.network = singleSpaced(network);
  return header;
}

// `LINKTV_20150729_123000_France_24`: the channel code from an Archive item
// identifier anywhere in the text (an address line, a pasted identifier).
const IDENTIFIER_RE = /\b([A-Z][A-Z0-9]{1,15})_\d{8}_\d{6}(?!\d)/;

// --- Page structure --------------------------------------------------------

/// True when the text looks like a TV News Archive page: it has a header
/// line (a line ending in `Month D, YYYY h:mmam-h:mmpm [TZ]`) or at least
/// one minute line (`5:31 am`).
export function looksLikeArchive(text: string): boolean {
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.length > 300) continue; // neither a minute line nor a header
    if (minuteClock(line) !== null || parseArchiveHeader(line) !== null) return true;
  }
  return false;
}

/// Index of the first line of the end-of-page chrome, or `lines.length` when
/// there is none. The rule, chosen so that no caption word is ever taken for
/// chrome:
/// - the region can only start after the last minute line (after `from`
///   when the page has none), so chrome never contains a minute line;
/// - it starts at the first line that, as a whole line, is a strong marker
///   (`TV News Archive`, `Search & sort options`, `FILTER BY`,
///   `TOPIC FREQUENCY`, `80 Views`, `disc Borrow a DVD of this show`,
///   `info Stream Only`, `IN COLLECTIONS`, `Uploaded by TV Archive on ...`,
///   or the page's repeated header `FOX News February 4, 2013 5:00pm-6:00pm EST`
///   — the last only when the page has minute lines (`timed`): on a page
///   without them, a header line below some unexpected first line must not
///   take all the text after it for chrome);
/// - it extends backwards over blank lines and plain chrome words
///   (`favorite`, `tv`, `DATE RANGE`, `SORT BY`, `Relevance`, the programme
///   title) directly before the marker, but never over the first text line
///   after a minute line (that line is the minute's caption paragraph);
/// - everything from there to the end is chrome (topic counts, collection
///   names and descriptions cannot be recognised line by line).
function trailingChromeStart(
  lines: readonly string[],
  from: number,
  timed: boolean,
  title: string | undefined,
): number {
  const titleLower = title?.toLowerCase();
  let start = -1;
  for (let i = from; i < lines.length; i++) {
    if (lines[i]!.length > 200) continue; // caption text, not chrome
    const flat = singleSpaced(lines[i]!);
    if (flat === '') continue;
    if (STRONG_END_CHROME.some((re) => re.test(flat)) || (timed && DATE_TAIL_RE.test(flat))) {
      start = i;
      break;
    }
  }
  if (start < 0) return lines.length;
  while (start - 1 >= from) {
    const flat = singleSpaced(lines[start - 1]!);
    if (flat === '') {
      start--;
      continue;
    }
    const weak = WEAK_END_CHROME.some((re) => re.test(flat)) || flat.toLowerCase() === titleLower;
    if (!weak || (start - 2 >= 0 && isMinuteLine(lines[start - 2]!))) break;
    start--;
  }
  return start;
}

/// One paragraph of the caption stream: the text under one minute (several
/// minute lines when the page repeats one), or the text before the first
/// minute line (`offset` null).
interface Paragraph {
  /// Index of its first character in the stream.
  pos: number;
  length: number;
  /// Seconds from programme start of its minute line.
  offset: number | null;
}

// Clock steps longer than this between consecutive minute lines are taken as
// a line out of order (or repeated) rather than a jump forward of most of a day.
const MAX_FORWARD_MINUTES = 12 * 60;

// --- Speakers ------------------------------------------------------------

// Prefixes that name a role, not a person (with or without `the`).
const ROLE_WORDS: Readonly<Record<string, Role>> = {
  host: 'host',
  presenter: 'host',
  moderator: 'host',
  anchor: 'anchor',
  newsreader: 'anchor',
  guest: 'guest',
  reporter: 'reporter',
  correspondent: 'reporter',
  narrator: 'narrator',
  interviewee: 'interviewee',
  announcer: 'other',
};

// Prefixes that label a voice that is not a person's name; role `other`.
const LABEL_WORDS = new Set([
  'c-span',
  'cspan',
  'voice',
  'voice-over',
  'crowd',
  'audience',
  'interpreter',
  'translator',
  'man',
  'woman',
  'male',
  'female',
  'both',
  'all',
  'caller',
  'protester',
  'protesters',
  'speaker',
  'chaplain',
  'clerk',
  'chair',
  'chairman',
  'chairwoman',
]);

type PrefixKind = 'role' | 'label' | 'person';

function classifyPrefix(key: string): { kind: PrefixKind; role: Role } {
  const bare = key.replace(/^the /, '');
  const role = ROLE_WORDS[bare];
  if (role) return { kind: 'role', role };
  if (key.startsWith('the ') || LABEL_WORDS.has(key)) return { kind: 'label', role: 'other' };
  return { kind: 'person', role: 'other' };
}

/// `sally sara` → `Sally Sara`, `jean-pierre o'neil` → `Jean-Pierre O'Neil`,
/// `kate van doore` → `Kate van Doore`; a possessive `'s` stays lowercase.
export function titleCase(name: string): string {
  return name
    .toLowerCase()
    .split(' ')
    .map((word, i) =>
      i > 0 && NAME_PARTICLES.has(word)
        ? word
        : word.replace(
            /(^|[.-]|['’](?=\p{L}{2}))(\p{L})/gu,
            (_, sep: string, ch: string) => sep + ch.toUpperCase(),
          ),
    )
    .join(' ');
}

interface RosterEntry {
  speaker: Speaker;
  kind: PrefixKind;
  turns: number;
}

// --- Import ----------------------------------------------------------------

function isPlain(span: Span): boolean {
  return !span.gap && !span.sound;
}

/// Imports the text of a TV News Archive transcript page. Accepts a BOM,
/// CRLF/CR line ends, U+00A0 spaces, layout A or B headers, a missing
/// header, chrome before the header and after the last minute, text before
/// the first minute line (its blocks have start null), empty and repeated
/// minute lines, and pages without minute lines (all text, untimed).
///
/// - meta: title, network, date, start/end clock and zone from the header;
///   channel from an Archive identifier in the text; source from `options`.
///   Offsets count from the header's start clock, or from the first minute
///   line when there is no header or that line is earlier (then
///   `meta.startClock` is that line's clock).
/// - blocks: one per turn (see `scanTurns`), ids `b1`, `b2`, ... A turn that
///   runs across minute lines is one block; the first span after each such
///   minute line carries `time.start`. Text before the first minute line is
///   split from the timed text at the first minute line (the second part
///   continues the same speaker).
/// - times: minute lines count forward from the programme start, across
///   midnight (a step back, or one of more than 12 hours, is read as the
///   same minute again: offsets never decrease, and the text under a
///   repeated minute line continues that minute's paragraph). A block whose
///   turn starts at a minute line — no text of that minute before it, even
///   if its `>>` ends the previous minute — gets that minute's offset
///   (estimated false); one that starts inside a minute gets offset + 60 ×
///   (characters of the paragraph before the turn's marker ÷ paragraph
///   length), floored to whole seconds (estimated true). For `>>> >> text`
///   the marker is the first of the run.
/// - speakers: one per distinct prefix, case-insensitively, ids `s1`, ...
///   in order of first use, named in title case. Role words, alone or after
///   `the`, give their role and are the name (`reporter:` → Reporter,
///   reporter): `host`, `presenter`, `moderator` → host; `anchor`,
///   `newsreader` → anchor; `guest`; `reporter`, `correspondent` →
///   reporter; `narrator`; `interviewee`; `announcer` → other. Labels (`the
///   speaker`, any other `the ...`, `c-span`, `crowd`, ...) are `other`.
///   Personal names are `other`, except the one used for strictly the most
///   turns (at least two), which becomes `host` unless a role word already
///   gave a host or anchor. `>>` without a prefix leaves the block
///   unassigned (speakerId null).
export function importArchive(text: string, options: ArchiveImportOptions = {}): Transcript {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\r|\n/);
  const meta: ProgrammeMeta = {};

  // Leading chrome and blank lines, then the header if the first content
  // line is one.
  let first = 0;
  while (first < lines.length) {
    const flat = singleSpaced(lines[first]!);
    if (flat !== '' && !LEADING_CHROME.some((re) => re.test(flat))) break;
    first++;
  }
  let header: Header | null = null;
  if (first < lines.length && !isMinuteLine(lines[first]!)) {
    header = parseArchiveHeader(lines[first]!);
    if (header) first++;
  }
  if (header) {
    if (header.title !== undefined) meta.title = header.title;
    if (header.network !== undefined) meta.network = header.network;
    meta.date = header.date;
    meta.startClock = header.startClock;
    meta.endClock = header.endClock;
    if (header.timeZone !== undefined) meta.timeZone = header.timeZone;
  }
  const channel = IDENTIFIER_RE.exec(text);
  if (channel) meta.channel = channel[1]!;
  if (options.source !== undefined) meta.source = options.source;

  // Minute lines and the end of the caption text.
  const clocks: (number | null)[] = [];
  let lastMinute = -1;
  for (let i = first; i < lines.length; i++) {
    const clock = minuteClock(lines[i]!);
    clocks.push(clock);
    if (clock !== null) lastMinute = i;
  }
  const end = trailingChromeStart(
    lines,
    lastMinute >= 0 ? lastMinute + 1 : first,
    lastMinute >= 0,
    meta.title,
  );

  // The caption stream: paragraphs joined by single spaces.
  const parts: string[] = [];
  const paragraphs: Paragraph[] = [];
  let streamLength = 0;
  let pending: string[] = [];
  let pendingOffset: number | null = null;
  const flush = (): void => {
    const body = singleSpaced(pending.join(' '));
    pending = [];
    if (!body) return;
    if (parts.length > 0) streamLength += 1;
    const last = paragraphs[paragraphs.length - 1];
    if (last && last.offset !== null && last.offset === pendingOffset) {
      // A repeated (or out-of-order) minute line: the same minute goes on,
      // so its text extends the paragraph rather than anchoring anew.
      last.length = streamLength + body.length - last.pos;
    } else paragraphs.push({ pos: streamLength, length: body.length, offset: pendingOffset });
    parts.push(body);
    streamLength += body.length;
  };
  let refClock: number | null = null;
  let refOffset = 0;
  for (let i = first; i < end; i++) {
    const clock = clocks[i - first]!;
    if (clock === null) {
      pending.push(lines[i]!);
      continue;
    }
    flush();
    if (refClock === null) {
      // Programme start: the header's start clock, unless the first minute
      // line is earlier (or there is no header).
      const start = meta.startClock;
      if (start !== undefined && clockDistance(start, clock) <= MAX_FORWARD_MINUTES) {
        refClock = start;
      } else {
        refClock = clock;
        meta.startClock = clock;
      }
    }
    const step = clockDistance(refClock, clock);
    if (step <= MAX_FORWARD_MINUTES) {
      refOffset += step * 60;
      refClock = clock;
    }
    pendingOffset = refOffset;
  }
  flush();
  const stream = parts.join(' ');

  // Turns → blocks.
  const nextBlockId = idSequence(BLOCK_PREFIX);
  const nextSpeakerId = idSequence(SPEAKER_PREFIX);
  const roster = new Map<string, RosterEntry>();
  const blocks: Block[] = [];
  let para = 0; // paragraph holding the current position; only moves forward
  let storyPending = false;
  // Marker of the first empty turn skipped since the last block, or -1: a
  // turn opened by `>>> >>` starts at the `>>>`.
  let pendingAt = -1;
  // End of the last block's text: a turn starts at its minute line when no
  // text of that minute comes before it.
  let textEnd = 0;

  const paragraphAt = (pos: number, from: number): number => {
    let p = from;
    while (p + 1 < paragraphs.length && paragraphs[p + 1]!.pos <= pos) p++;
    return p;
  };

  for (const turn of scanTurns(stream)) {
    let s = turn.textStart;
    let e = turn.end;
    while (s < e && stream.charCodeAt(s) === 32) s++;
    while (e > s && stream.charCodeAt(e - 1) === 32) e--;
    if (s >= e) {
      storyPending ||= turn.story;
      if (pendingAt < 0) pendingAt = turn.at;
      continue;
    }
    const at = pendingAt >= 0 ? pendingAt : turn.at;
    pendingAt = -1;

    let speakerId: string | null = null;
    if (turn.name !== null) {
      const key = turn.name.toLowerCase();
      let entry = roster.get(key);
      if (!entry) {
        const { kind, role } = classifyPrefix(key);
        entry = { speaker: { id: nextSpeakerId(), name: titleCase(turn.name), role }, kind, turns: 0 };
        roster.set(key, entry);
      }
      entry.turns++;
      speakerId = entry.speaker.id;
    }

    // Start time, from the paragraph holding the first word: its minute when
    // no text of that minute comes before the turn (the marker may even end
    // the previous minute), else interpolated from the marker's position.
    para = paragraphAt(s, para);
    const p0 = paragraphs[para]!;
    let start: number | null = null;
    let estimated = false;
    if (p0.offset !== null) {
      if (textEnd <= p0.pos || at <= p0.pos) start = p0.offset;
      else {
        start = p0.offset + Math.floor((60 * (at - p0.pos)) / p0.length);
        estimated = true;
      }
    }
    textEnd = e;

    let block: Block = { id: nextBlockId(), speakerId, start, estimated, spans: [] };
    if (turn.story || storyPending) block.story = true;
    storyPending = false;
    blocks.push(block);

    // Pieces of the turn between paragraph starts.
    let a = s;
    for (;;) {
      const next = paragraphs[para + 1];
      const b = next && next.pos < e ? next.pos : e;
      const spans = splitTags(stream.slice(a, b));
      if (a > s && paragraphs[para]!.pos === a) {
        const offset = paragraphs[para]!.offset;
        if (offset !== null && block.start === null) {
          // Untimed text before the first minute line ends here; the timed
          // part is a block of its own, same speaker. The separating space
          // goes with neither.
          const tail = block.spans[block.spans.length - 1]!;
          tail.text = tail.text.trimEnd();
          if (tail.text === '') block.spans.pop();
          block = { id: nextBlockId(), speakerId, start: offset, estimated: false, spans: [] };
          blocks.push(block);
        } else if (offset !== null) spans[0]!.time = { start: offset };
      }
      for (const span of spans) {
        const last = block.spans[block.spans.length - 1];
        if (last && isPlain(last) && isPlain(span) && !span.time) last.text += span.text;
        else block.spans.push(span);
      }
      if (b >= e) break;
      a = b;
      para++;
    }
  }

  // Roles: the personal name with the most turns hosts, unless a role word
  // already named a host or anchor.
  const entries = [...roster.values()];
  if (!entries.some((x) => x.kind === 'role' && (x.speaker.role === 'host' || x.speaker.role === 'anchor'))) {
    const people = entries.filter((x) => x.kind === 'person').sort((x, y) => y.turns - x.turns);
    const top = people[0];
    if (top && top.turns >= 2 && (people.length === 1 || people[1]!.turns < top.turns)) {
      top.speaker.role = 'host';
    }
  }

  return { meta, speakers: entries.map((x) => x.speaker), blocks };
}
