/// Markdown (`.md`): the plain text export with a heading and bold labels.
import type { Transcript } from '../transcript.ts';
import { documentParagraphs, programmeHeading } from './text.ts';
import type { DocumentOptions } from './text.ts';

/// ```
/// # Inside Story
///
/// *Al Jazeera · 2024-03-05 · 5:30 am PDT*
///
/// `5:30 am` **Sami Zeidan (host):** welcome to the show.
///
/// * * *
///
/// `~5:31 am` an unassigned turn has a time and no label.
/// ```
///
/// With links, each turn ends with `[▶ clip](<https://archive.org/details/…/start/60/end/75>)`:
/// the only unescaped `[` in a turn, so a reader can tell it from the text.
///
/// Same paragraphs, options and gap rule as the plain text export. The time
/// is a code span (its text is ours, and a code span shows it as is); the
/// label is bold. Everything from the transcript — title, names, text — is
/// escaped so that it reads as written and can never become markup, a link
/// or raw HTML: `\` before every character CommonMark or GitHub could read
/// as syntax (`* _ [ ] < > & \` \\ ~ | $ ! { } #`), and before a `+ - =`
/// or `1.` at the start of a line.
export function exportMarkdown(t: Transcript, options: DocumentOptions): string {
  const { title, details } = programmeHeading(t.meta);
  const blocks: string[] = [`# ${escapeMarkdown(title)}`];
  // In italics, so that it cannot be taken for a turn when the file is
  // opened again (turn text is escaped and never starts with `*`).
  if (details !== '') blocks.push(`*${escapeMarkdown(details)}*`);
  for (const item of documentParagraphs(t, options)) {
    if (item.kind === 'story') {
      blocks.push('* * *');
      continue;
    }
    const parts: string[] = [];
    if (item.stamp !== '') parts.push(`\`${item.stamp}\``);
    if (item.label !== '') parts.push(`**${escapeMarkdown(item.label, false)}:**`);
    parts.push(escapeMarkdown(item.text, parts.length === 0));
    // In angle brackets, where a link may hold parentheses; the address
    // holds no space, quote or angle bracket (core/source/turnLink.ts).
    if (item.link) parts.push(`[${LINK_TEXT}](<${item.link}>)`);
    blocks.push(parts.join(' '));
  }
  return `${blocks.join('\n\n')}\n`;
}

/// The text of each turn's link to its moment in the source.
export const LINK_TEXT = '▶ clip';

// Characters that are syntax somewhere in a line: emphasis, links, images,
// HTML and entities, code, strikethrough, tables, math, attribute lists.
const INLINE = /[\\`*_[\]<>&~|$!{}#]/g;

/// Text from the transcript as Markdown that shows exactly that text.
/// Expects one line (no line breaks), as `turnText` gives; `lineStart` when
/// the text opens a line, where more is syntax.
export function escapeMarkdown(text: string, lineStart = true): string {
  const out = text.replace(INLINE, '\\$&');
  if (!lineStart) return out;
  // Block syntax that only counts at the start of a line: lists (`- `,
  // `+ `, `1. `, `1) `), setext underlines (`=`, `-`), thematic breaks.
  return out.replace(/^([+\-=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}
