import { clockAt, formatClock, formatOffset, MONTH_NAMES } from '../clock';
import { speakerLabel } from '../export/spanText';
import type { ProgrammeMeta, Speaker } from '../transcript';

/// A quote as a desk cites it: the words in quotation marks, who said them,
/// the programme, network, date and clock time, and the link to the moment.
export interface QuoteSource {
  words: string;
  speaker?: Speaker;
  meta: ProgrammeMeta;
  /// Seconds from the programme start of the first quoted word.
  offset: number;
  /// The clip link, when the transcript knows its source.
  link?: string;
}

export interface SourcedQuote {
  text: string;
  /// For the clipboard's `text/html`: every piece from the file is escaped.
  html: string;
}

export function sourcedQuote(source: QuoteSource): SourcedQuote {
  const words = source.words.replace(/\s+/g, ' ').trim();
  const who = source.speaker
    ? speakerLabel(source.speaker, 'name-and-role').replace(/ \((.*)\)$/, ', $1')
    : '';
  const programme = programmeOf(source.meta);
  const when = [dateOf(source.meta.date), timeOf(source.meta, source.offset)].filter(Boolean).join(', ');
  const attribution = [who, programme, when].filter(Boolean).join(', ');

  const text = `“${words}”${attribution ? ` — ${attribution}.` : ''}${source.link ? ` ${source.link}` : ''}`;

  const htmlWho = [
    who && escapeHtml(who),
    programme && `<cite>${escapeHtml(programme)}</cite>`,
    when && escapeHtml(when),
  ]
    .filter(Boolean)
    .join(', ');
  const link = source.link ? ` <a href="${escapeHtml(source.link)}">${escapeHtml(source.link)}</a>` : '';
  const html =
    `<blockquote><p>“${escapeHtml(words)}”</p>` +
    (htmlWho || link ? `<footer>${htmlWho ? `— ${htmlWho}.` : ''}${link}</footer>` : '') +
    `</blockquote>`;
  return { text, html };
}

/// `Inside Story (Al Jazeera)`, or either alone.
function programmeOf(meta: ProgrammeMeta): string {
  const title = meta.title?.trim() ?? '';
  const network = meta.network?.trim() ?? '';
  if (title && network && title.toLowerCase() !== network.toLowerCase()) return `${title} (${network})`;
  return title || network;
}

function dateOf(date: string | undefined): string {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!m) return '';
  const month = MONTH_NAMES[Number(m[2]) - 1];
  return month ? `${month} ${Number(m[3])}, ${m[1]}` : '';
}

/// The clock time with its zone (`5:31 am PDT`) when the start clock is
/// known, else the offset into the programme (`00:01:23 into the programme`).
function timeOf(meta: ProgrammeMeta, offset: number): string {
  if (meta.startClock === undefined) return `${formatOffset(offset)} into the programme`;
  const clock = formatClock(clockAt(meta.startClock, offset));
  return meta.timeZone ? `${clock} ${meta.timeZone}` : clock;
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}
