/// The correction log as CSV (for spreadsheets) and as Markdown (to read or
/// attach to a report). See docs/corrections.md.

import Papa from 'papaparse';
import { clockAt, formatClock, formatOffset } from '../clock.ts';
import type { ProgrammeMeta } from '../transcript.ts';
import type { CorrectionEntry, CorrectionGap, SpeakerChange } from './log.ts';

export const CORRECTION_CSV_COLUMNS = [
  'time',
  'offset',
  'estimated',
  'speaker',
  'speaker_before',
  'speaker_change',
  'before',
  'after',
  'gaps',
  'block_id',
] as const;

export interface CorrectionCsvOptions {
  /// Start with a UTF-8 byte order mark, without which Excel reads UTF-8 as
  /// the local code page. Default true.
  bom?: boolean;
}

/// Written as `speaker_before` (CSV) or shown (Markdown) for a turn that had
/// no speaker.
export const UNASSIGNED = '(unassigned)';

/// ```
/// time,offset,estimated,speaker,speaker_before,speaker_change,before,after,gaps,block_id
/// 5:31 am,00:01:12,false,Sami,Reporter,Reporter → Sami (host),at a space space their,at a space station their,,b4
/// ```
///
/// - One row per entry, in document order; CRLF line ends (RFC 4180), a
///   final CRLF, and a byte order mark unless `bom: false`.
/// - `time` is the wall clock (`5:31 am`) when `meta.startClock` is known,
///   else empty; `offset` is `hh:mm:ss` from programme start; both empty
///   when the turn has no time. `estimated` is `true` for interpolated times.
/// - `speaker` is the name now ('' when unassigned); `speaker_before` is ''
///   when the speaker did not change, else the name before, or
///   `(unassigned)`. `speaker_change` is the turn's speaker work,
///   `; `-separated (`describeSpeakerChange`): `(unassigned) → Maya Chen
///   (host)`, `split from turn 12`, `renamed Speaker 1 → Maya Chen`.
/// - `gaps`: the turn's gaps, `; `-separated: `[indiscernible] (open)`,
///   `[indiscernible] → "sanctioned" (corrected)`.
/// - Text is on one line. papaparse writes it with `escapeFormulae`: a cell
///   starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, so a
///   spreadsheet shows it rather than running it.
export function correctionLogCsv(
  entries: readonly CorrectionEntry[],
  meta: ProgrammeMeta,
  options: CorrectionCsvOptions = {},
): string {
  const rows = entries.map((e) => {
    const time = timeParts(e, meta);
    return [
      time.clock,
      time.offset,
      e.time === null ? '' : String(e.estimated),
      oneLine(e.speaker ?? ''),
      e.speakerBefore === undefined ? '' : oneLine(e.speakerBefore ?? UNASSIGNED),
      oneLine(e.speakerChanges.map(describeSpeakerChange).join('; ')),
      oneLine(e.before),
      oneLine(e.after),
      e.gaps.map((g) => oneLine(gapWords(g))).join('; '),
      e.blockId,
    ];
  });
  const csv = Papa.unparse(
    { fields: [...CORRECTION_CSV_COLUMNS], data: rows },
    { escapeFormulae: true, newline: '\r\n', quotes: false },
  );
  // papaparse ends a header-only table with a line break already.
  return `${options.bom === false ? '' : '\ufeff'}${csv}${csv.endsWith('\r\n') ? '' : '\r\n'}`;
}

/// ```
/// # Correction log: Inside Story
///
/// France 24 · 2023-09-19 · 2 changed turns
///
/// ## 1. 5:31 am (00:01:12) · Sami
///
/// - Speaker change: Reporter → Sami (host)
/// - Before: at a space space their first
/// - After: at a space station their first
/// - Gaps: \[indiscernible\] (open)
/// ```
///
/// Every piece of text from the transcript (words, names, tags, title) is
/// escaped, so it reads exactly as written and can never become markup, a
/// link or HTML. A removed or added passage shows as `(nothing)`.
export function correctionLogMarkdown(entries: readonly CorrectionEntry[], meta: ProgrammeMeta): string {
  const title = meta.title === undefined || meta.title.trim() === '' ? '' : `: ${escapeMarkdown(meta.title)}`;
  const out: string[] = [`# Correction log${title}`];
  const details = [meta.network, meta.date, meta.source]
    .filter((d): d is string => d !== undefined && d.trim() !== '')
    .map(escapeMarkdown);
  details.push(
    entries.length === 0
      ? 'no changes'
      : `${entries.length.toLocaleString('en-US')} changed ${entries.length === 1 ? 'turn' : 'turns'}`,
  );
  out.push(details.join(' · '));

  entries.forEach((e, n) => {
    const time = timeParts(e, meta);
    const when =
      e.time === null
        ? 'time unknown'
        : `${e.estimated ? '~' : ''}${time.clock === '' ? time.offset : `${time.clock} (${time.offset})`}`;
    const who = e.speaker === null ? UNASSIGNED : e.speaker === '' ? '(unnamed)' : e.speaker;
    // `when` is ours (digits, am/pm, ~, parentheses); `who` is user data.
    out.push(`## ${n + 1}. ${when} · ${escapeMarkdown(who)}`);

    const lines: string[] = [];
    if (e.speakerChanges.length > 0) {
      lines.push(
        `- Speaker change: ${e.speakerChanges.map((c) => escapeMarkdown(describeSpeakerChange(c))).join('; ')}`,
      );
    }
    if (e.changes.length > 0) {
      lines.push(`- Before: ${e.before === '' ? '(nothing)' : escapeMarkdown(e.before)}`);
      lines.push(`- After: ${e.after === '' ? '(nothing)' : escapeMarkdown(e.after)}`);
    }
    if (e.gaps.length > 0) lines.push(`- Gaps: ${e.gaps.map((g) => escapeMarkdown(gapWords(g))).join('; ')}`);
    lines.push(`- Turn: ${escapeMarkdown(e.blockId)}`);
    out.push(lines.join('\n'));
  });
  return `${out.join('\n\n')}\n`;
}

function timeParts(e: CorrectionEntry, meta: ProgrammeMeta): { clock: string; offset: string } {
  if (e.time === null) return { clock: '', offset: '' };
  return {
    clock: meta.startClock === undefined ? '' : formatClock(clockAt(meta.startClock, e.time)),
    offset: formatOffset(e.time),
  };
}

/// One speaker change in words: `(unassigned) → Maya Chen (host)`, `merged
/// Speaker 3 into Speaker 2`, `renamed Speaker 1 → Maya Chen`, `split from
/// turn 12`, `turn 13 joined into the previous turn` (with `: Sami → Jenny`
/// when its words changed speaker).
export function describeSpeakerChange(change: SpeakerChange): string {
  const who = (label: string | null) => label ?? UNASSIGNED;
  switch (change.kind) {
    case 'assigned':
      return `${who(change.before)} → ${who(change.after)}`;
    case 'merged':
      return `merged ${change.before} into ${change.after}`;
    case 'renamed':
      return `renamed ${change.before} → ${change.after}`;
    case 'split':
      return `split from turn ${change.turn}`;
    case 'joined': {
      const joined = `turn ${change.turn} joined into the ${change.into} turn`;
      return change.before === change.after
        ? joined
        : `${joined}: ${who(change.before)} → ${who(change.after)}`;
    }
  }
}

/// `[indiscernible] (open)`, `[indiscernible] → "sanctioned" (corrected)`.
function gapWords(g: CorrectionGap): string {
  return g.text === g.tag ? `${g.tag} (${g.status})` : `${g.tag} → "${g.text}" (${g.status})`;
}

/// Line breaks (CR, LF, U+2028/9) as spaces: one entry, one line.
function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
}

/// Text as Markdown that renders as exactly these characters, on one line.
///
/// Backslash-escapes every character that can start inline markup in
/// CommonMark or GitHub Flavored Markdown (emphasis, code, links, images,
/// autolinks, raw HTML, entities, strikethrough, table cells, heading
/// closers), and breaks GFM's bare autolinks (`www.`, `http://`, `a@b`)
/// by escaping the punctuation they need. Only ASCII punctuation is ever
/// escaped, which CommonMark defines to render as the character itself.
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>|~#&!@$]/g, '\\$&')
    .replace(/(www)\./gi, '$1\\.')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(
      /^([ \t]*)([-+=]|\d+[.)])/,
      (_m, space: string, mark: string) =>
        // A list, heading underline or ordered-list marker at the very start.
        `${space}${mark.replace(/[-+=.)]$/, '\\$&')}`,
    );
}
