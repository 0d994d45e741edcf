/// A small HTML tokenizer and entity decoder for markup that arrives as data
/// (oTranscribe's editor HTML, WebVTT cue text). Nothing here renders or
/// evaluates markup: tags become tokens, text becomes decoded strings. No
/// DOM; pure string work.

// The named references transcripts use; others are left as written.
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  lrm: '\u200e',
  rlm: '\u200f',
  shy: '\u00ad',
  zwj: '\u200d',
  zwnj: '\u200c',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  euro: '€',
  pound: '£',
  cent: '¢',
  yen: '¥',
  sect: '§',
  para: '¶',
  times: '×',
  divide: '÷',
  iexcl: '¡',
  iquest: '¿',
  aacute: 'á',
  Aacute: 'Á',
  agrave: 'à',
  Agrave: 'À',
  acirc: 'â',
  auml: 'ä',
  Auml: 'Ä',
  aring: 'å',
  atilde: 'ã',
  ccedil: 'ç',
  Ccedil: 'Ç',
  eacute: 'é',
  Eacute: 'É',
  egrave: 'è',
  Egrave: 'È',
  ecirc: 'ê',
  euml: 'ë',
  iacute: 'í',
  igrave: 'ì',
  icirc: 'î',
  iuml: 'ï',
  ntilde: 'ñ',
  Ntilde: 'Ñ',
  oacute: 'ó',
  Oacute: 'Ó',
  ograve: 'ò',
  ocirc: 'ô',
  ouml: 'ö',
  Ouml: 'Ö',
  otilde: 'õ',
  oslash: 'ø',
  uacute: 'ú',
  Uacute: 'Ú',
  ugrave: 'ù',
  ucirc: 'û',
  uuml: 'ü',
  Uuml: 'Ü',
  szlig: 'ß',
};

const ENTITY_RE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

function codePoint(n: number): string {
  if (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(n);
}

/// Decodes character references: `&amp;` `&lt;` `&gt;` `&quot;` `&apos;`
/// `&nbsp;`, common named ones (quotes, dashes, accented letters), and
/// numeric ones (`&#39;`, `&#x2019;`). Unknown names stay as written.
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY_RE, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return codePoint(Number(dec));
    if (hex !== undefined) return codePoint(parseInt(hex, 16));
    return Object.hasOwn(NAMED, name!) ? NAMED[name!]! : whole;
  });
}

export type HtmlToken =
  | { kind: 'text'; text: string }
  | { kind: 'open'; name: string; attrs: ReadonlyMap<string, string> }
  | { kind: 'close'; name: string };

// Elements whose content is never text of the document.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'template']);

const NAME_RE = /[A-Za-z][A-Za-z0-9:-]*/y;
const ATTR_RE = /[\s/]*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;

/// Splits HTML into text (entities decoded), start tags (lowercase names,
/// attributes decoded) and end tags. Comments, doctypes and the content of
/// `script`, `style`, `textarea`, `title` and `template` are dropped. A `<`
/// that does not start a tag is text, and so is a tag left open at the end
/// (so no words are lost to a stray `<`). Linear in the length.
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let text = '';
  const flush = (): void => {
    if (text) tokens.push({ kind: 'text', text: decodeEntities(text) });
    text = '';
  };
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text += html.slice(i);
      break;
    }
    text += html.slice(i, lt);
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (next === '!' || next === '?') {
      const end = html.indexOf('>', lt);
      i = end < 0 ? n : end + 1;
      continue;
    }
    const closing = next === '/';
    NAME_RE.lastIndex = lt + (closing ? 2 : 1);
    const nameMatch = NAME_RE.exec(html);
    if (!nameMatch) {
      text += '<';
      i = lt + 1;
      continue;
    }
    const name = nameMatch[0].toLowerCase();
    const tagEnd = findTagEnd(html, NAME_RE.lastIndex);
    if (tagEnd < 0) {
      // An unterminated tag: keep the rest as text.
      text += html.slice(lt);
      break;
    }
    flush();
    if (closing) {
      tokens.push({ kind: 'close', name });
      i = tagEnd + 1;
      continue;
    }
    tokens.push({ kind: 'open', name, attrs: readAttributes(html, NAME_RE.lastIndex, tagEnd) });
    i = tagEnd + 1;
    if (RAW_TEXT.has(name) && html[tagEnd - 1] !== '/') {
      const closeRe = new RegExp(`</${name}(?![A-Za-z0-9:-])`, 'gi');
      closeRe.lastIndex = i;
      const close = closeRe.exec(html);
      i = close ? close.index : n;
    }
  }
  flush();
  return tokens;
}

/// Index of the `>` that ends a tag whose attributes start at `from`,
/// skipping quoted values; -1 when there is none.
function findTagEnd(html: string, from: number): number {
  let quote = '';
  // The last character before this one that is not whitespace: quotes open
  // values only after `=`; elsewhere they are stray.
  let previous = '';
  for (let i = from; i < html.length; i++) {
    const c = html[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if ((c === '"' || c === "'") && previous === '=') quote = c;
    else if (c === '>') return i;
    if (!/\s/.test(c)) previous = c;
  }
  return -1;
}

function readAttributes(html: string, from: number, to: number): Map<string, string> {
  const attrs = new Map<string, string>();
  const source = html.slice(from, to);
  ATTR_RE.lastIndex = 0;
  while (ATTR_RE.lastIndex < source.length) {
    const start = ATTR_RE.lastIndex;
    const m = ATTR_RE.exec(source);
    if (!m || ATTR_RE.lastIndex === start) break;
    const key = m[1]!.toLowerCase();
    if (!attrs.has(key)) attrs.set(key, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}
