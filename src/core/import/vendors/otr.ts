/// oTranscribe `.otr` importer (formats.md §12).
///
/// ```json
/// {"text": "<p><span class=\"timestamp\" contenteditable=\"false\" data-timestamp=\"12.3\">00:12</span> Hello</p>",
///  "media": "interview.mp3", "media-time": 123.4}
/// ```
///
/// `text` is the editor's HTML. It is never rendered: `html.ts` splits it
/// into tags and text as data.
/// - `<p>`, `<div>`, `<br>` (and other block elements) end a paragraph;
///   other tags are dropped, keeping their text; character references are
///   decoded; `script` and `style` content is dropped.
/// - A timestamp (`<span class="timestamp" data-timestamp="12.3">00:12</span>`;
///   older files write `"mm:ss"` or `"h:mm:ss"` in `data-timestamp`) starts a
///   block at that time; the label inside it is not text. A timestamp in the
///   middle of a paragraph splits it there; one on a line of its own times
///   the next paragraph.
/// - A block per paragraph. A name prefix at the start of a paragraph
///   (`Interviewer:`, `JOHN SMITH:`, see `cues.ts`) names its speaker; other
///   paragraphs are unassigned.
/// - `media` (the audio file's name) and `media-time` are not kept.

import { matchSpeakerPrefix } from '../cues.ts';
import { tokenizeHtml } from '../html.ts';
import { field, isObject } from '../json.ts';
import { fail, finishImport, importMeta, type ImportOptions, type ImportResult } from '../result.ts';
import { SpeakerRoster } from '../speakerLabels.ts';
import { BlockList, tidy } from '../timedWords.ts';

/// True for a JSON value shaped like an oTranscribe file: a `text` string
/// beside `media`, `media-time` or `media-source`, or holding HTML.
export function looksLikeOtr(value: unknown): boolean {
  if (!isObject(value)) return false;
  const text = field(value, 'text');
  if (typeof text !== 'string') return false;
  return (
    Object.hasOwn(value, 'media') ||
    Object.hasOwn(value, 'media-time') ||
    Object.hasOwn(value, 'media-source') ||
    /<(?:p|br|div|span)\b/i.test(text)
  );
}

/// Seconds of an oTranscribe timestamp: `12.3` (seconds), `mm:ss` or
/// `h:mm:ss` (fractions allowed); null otherwise.
export function parseOtrTime(text: string): number | null {
  const t = text.trim();
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/.exec(t);
  if (!m || Number(m[2]) > 59 || Number(m[3]) >= 60) return null;
  const total = (m[1] === undefined ? 0 : Number(m[1]) * 3600) + Number(m[2]) * 60 + Number(m[3]);
  return Math.round(total * 1000) / 1000;
}

const BREAKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'blockquote',
  'section',
  'article',
  'header',
  'footer',
  'hr',
  'pre',
]);

type Item = { kind: 'text'; text: string } | { kind: 'time'; seconds: number };

/// The paragraphs of oTranscribe HTML: text and timestamps, in order.
export function otrParagraphs(html: string): Item[][] {
  const tokens = tokenizeHtml(html);
  const paragraphs: Item[][] = [];
  let current: Item[] = [];
  const end = (): void => {
    if (current.length) paragraphs.push(current);
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'text') {
      current.push({ kind: 'text', text: token.text });
      continue;
    }
    if (BREAKS.has(token.name)) {
      end();
      continue;
    }
    if (token.kind !== 'open' || token.name !== 'span') continue;
    const classes = (token.attrs.get('class') ?? '').split(/\s+/);
    if (!classes.includes('timestamp')) continue;
    // The timestamp's label runs to its closing tag.
    let label = '';
    let depth = 1;
    let k = i + 1;
    for (; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind === 'text') label += t.text;
      else if (BREAKS.has(t.name)) {
        k--; // a paragraph ends inside the timestamp: let the loop see it
        break;
      } else if (t.name === 'span') {
        depth += t.kind === 'open' ? 1 : -1;
        if (depth === 0) break;
      }
    }
    i = k;
    const seconds = parseOtrTime(token.attrs.get('data-timestamp') ?? '') ?? parseOtrTime(label);
    if (seconds !== null) current.push({ kind: 'time', seconds });
  }
  end();
  return paragraphs;
}

export function importOtr(value: unknown, options: ImportOptions = {}): ImportResult {
  const html = field(value, 'text');
  if (typeof html !== 'string') return fail('This oTranscribe file has no "text".');
  const roster = new SpeakerRoster();
  const list = new BlockList();
  let pending: number | undefined;
  for (const paragraph of otrParagraphs(html)) {
    let run: { start: number | undefined; text: string } = { start: pending, text: '' };
    let speakerId: string | null = null;
    let first = true;
    const flush = (): void => {
      let text = tidy(run.text);
      if (text === '') return;
      if (first) {
        const prefix = matchSpeakerPrefix(text);
        if (prefix) {
          speakerId = roster.id(prefix.label);
          text = text.slice(prefix.end);
        }
        first = false;
      }
      if (text !== '') list.addWords(speakerId, [{ text }], { start: run.start });
      pending = undefined;
    };
    for (const item of paragraph) {
      if (item.kind === 'text') run.text += item.text;
      else if (run.text.trim() === '') run.start = item.seconds;
      else {
        flush();
        run = { start: item.seconds, text: '' };
      }
    }
    if (run.text.trim() === '') {
      // A paragraph of timestamps only: the last one times the next text.
      if (run.start !== undefined) pending = run.start;
    } else flush();
  }
  return finishImport('oTranscribe', importMeta(options), roster, list);
}
