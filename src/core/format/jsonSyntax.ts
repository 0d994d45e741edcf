/// Where and why text is not JSON. `JSON.parse` says so in words and
/// positions that differ between browsers ("at position 42", "line 3 column
/// 10", or nothing at all), so after it fails we scan the text ourselves to
/// tell the user the same thing everywhere.

export interface JsonSyntaxError {
  /// 1-based line; CRLF, LF and a lone CR each end a line.
  line: number;
  /// 1-based column in characters (code points), not UTF-16 units.
  column: number;
  problem: string;
}

const WS = new Set([' ', '\t', '\n', '\r']);

/// The first syntax error in `text`, or null when it is valid JSON.
/// Iterative, so deeply nested input cannot overflow the stack.
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const offset = scan(text);
  if (offset === null) return null;
  return { ...lineAndColumn(text, offset.at), problem: offset.problem };
}

interface Failure {
  at: number;
  problem: string;
}

// What the scanner expects next. A stack of open containers tells it what may
// follow a finished value.
type Want = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

function scan(text: string): Failure | null {
  const stack: ('{' | '[')[] = [];
  let want: Want = 'value';
  let i = 0;
  const n = text.length;

  const afterValue = (): Want => (stack.length === 0 ? 'end' : 'comma-or-close');
  const unexpected = (at: number): Failure =>
    at >= n ? { at: n, problem: 'unexpected end' } : { at, problem: `unexpected ${charWords(text, at)}` };

  while (true) {
    while (i < n && WS.has(text[i]!)) i++;
    if (i >= n) return want === 'end' ? null : unexpected(n);
    const c = text[i]!;
    const top = stack[stack.length - 1];
    switch (want) {
      case 'end':
        return unexpected(i);
      case 'colon':
        if (c !== ':')
          return { at: i, problem: `expected ":" after a field name, found ${charWords(text, i)}` };
        i++;
        want = 'value';
        continue;
      case 'comma-or-close':
        if (c === ',') {
          i++;
          want = top === '{' ? 'key' : 'value';
          continue;
        }
        if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
          i++;
          stack.pop();
          want = afterValue();
          continue;
        }
        return {
          at: i,
          problem: `expected "," or "${top === '{' ? '}' : ']'}", found ${charWords(text, i)}`,
        };
      case 'key':
      case 'key-or-close': {
        if (c === '}' && want === 'key-or-close') {
          i++;
          stack.pop();
          want = afterValue();
          continue;
        }
        if (c !== '"')
          return { at: i, problem: `expected a field name in double quotes, found ${charWords(text, i)}` };
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        want = 'colon';
        continue;
      }
      case 'value':
      case 'value-or-close': {
        if (c === ']' && want === 'value-or-close') {
          i++;
          stack.pop();
          want = afterValue();
          continue;
        }
        if (c === '{') {
          stack.push('{');
          i++;
          want = 'key-or-close';
          continue;
        }
        if (c === '[') {
          stack.push('[');
          i++;
          want = 'value-or-close';
          continue;
        }
        if (c === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return end;
          i = end;
          want = afterValue();
          continue;
        }
        const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
        if (literal) {
          i += literal.length;
          want = afterValue();
          continue;
        }
        const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
        number.lastIndex = i;
        if ((c === '-' || (c >= '0' && c <= '9')) && number.test(text)) {
          i = number.lastIndex;
          want = afterValue();
          continue;
        }
        if (c === '-' || (c >= '0' && c <= '9')) return { at: i, problem: 'a number is written wrongly' };
        return unexpected(i);
      }
    }
  }
}

/// Index just after the closing quote of the string starting at `start`.
function scanString(text: string, start: number): number | Failure {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) {
      return {
        at: i,
        problem:
          c === 0x0a || c === 0x0d
            ? 'a line break inside a text value'
            : 'a control character inside a text value',
      };
    }
    if (c === 0x5c) {
      const e = text[i + 1];
      if (e === undefined) break;
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
          return { at: i, problem: 'a broken \\u escape' };
        i += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(e)) return { at: i, problem: `an unknown escape \\${e}` };
      i += 2;
      continue;
    }
    i++;
  }
  return { at: text.length, problem: 'unexpected end inside a text value' };
}

function charWords(text: string, at: number): string {
  const cp = text.codePointAt(at);
  if (cp === undefined) return 'the end';
  const ch = String.fromCodePoint(cp);
  if (cp < 0x20 || cp === 0x7f)
    return `control character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return `character ${JSON.stringify(ch)}`;
}

function lineAndColumn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < at && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      column = 1;
    } else if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      line++;
      column = 1;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < at && isLowSurrogate(text.charCodeAt(i + 1))) {
      // A surrogate pair is one character the user sees.
      i++;
      column++;
    } else {
      column++;
    }
  }
  return { line, column };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
