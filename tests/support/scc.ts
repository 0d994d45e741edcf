/// A small Scenarist SCC encoder for tests: captions (a time and rows of
/// text) written as CEA-608 byte pairs on data channel 1, the way caption
/// encoders lay them out, in pop-on, roll-up or paint-on style. Written from
/// the standard's tables (CTA-608-E), apart from the decoder it tests.
///
/// - Every byte carries odd parity in bit 7 (`0x14` is sent as `0x94`).
/// - Control codes, preamble address codes and special and extended
///   characters are sent twice, as the standard has encoders do.
/// - An extended character is sent after a basic stand-in, which it replaces.
/// - Pop-on: `RCL ENM PAC text… EOC` on one line, timed so that EOC falls on
///   the caption's start. Roll-up: `RUn CR PAC text…` per row at its start.
///   Paint-on: `RDC EDM PAC text…` per caption. `EDM` ends the file.

export type SccStyle = 'pop-on' | 'roll-up' | 'paint-on';

export interface SccCaption {
  /// Seconds.
  start: number;
  /// Rows of at most 32 characters.
  lines: string[];
}

export interface SccOptions {
  style: SccStyle;
  dropFrame?: boolean;
  /// Rows of a roll-up window: 2, 3 or 4.
  rollRows?: 2 | 3 | 4;
  header?: boolean;
}

const FRAME = 1001 / 30000;

/// `b` with bit 7 set when that makes the count of one bits odd.
export function withParity(b: number): number {
  let ones = 0;
  for (let x = b; x; x >>= 1) ones += x & 1;
  return ones % 2 === 0 ? b | 0x80 : b;
}

const hex = (a: number, b: number) =>
  withParity(a).toString(16).padStart(2, '0') + withParity(b).toString(16).padStart(2, '0');

// Characters the basic set holds in place of ASCII ones (CTA-608-E table 50).
const BASIC: Record<string, number> = {
  á: 0x2a,
  é: 0x5c,
  í: 0x5e,
  ó: 0x5f,
  ú: 0x60,
  ç: 0x7b,
  '÷': 0x7c,
  Ñ: 0x7d,
  ñ: 0x7e,
  '█': 0x7f,
};
// Special characters, 0x11 0x30-0x3F (table 49).
const SPECIAL = '®°½¿™¢£♪à èâêîôû';
// Extended characters, 0x12 and 0x13 0x20-0x3F (tables 5 and 6), with the
// basic character a decoder without them shows instead.
const EXTENDED_12 = 'ÁÉÓÚÜü‘¡*’—©℠•“”ÀÂÇÈÊËëÎÏïÔÙùÛ«»';
const EXTENDED_13 = 'ÃãÍÌìÒòÕõ{}\\^_|~ÄäÖöß¥¤¦ÅåØø┌┐└┘';
const STAND_IN: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '—': '-',
  '«': '"',
  '»': '"',
};

/// The pairs of one row of text: basic characters two to a pair, the
/// others as doubled control-like pairs.
function textPairs(text: string): string[] {
  const pairs: string[] = [];
  let pending: number | null = null;
  const basic = (code: number) => {
    if (pending === null) pending = code;
    else {
      pairs.push(hex(pending, code));
      pending = null;
    }
  };
  const flush = () => {
    if (pending !== null) pairs.push(hex(pending, 0));
    pending = null;
  };
  for (const char of text) {
    const code = char.charCodeAt(0);
    const special = SPECIAL.indexOf(char);
    const ext12 = EXTENDED_12.indexOf(char);
    const ext13 = EXTENDED_13.indexOf(char);
    if (BASIC[char] !== undefined) basic(BASIC[char]);
    else if (code >= 0x20 && code < 0x7f && !'*\\^_`{|}~'.includes(char)) basic(code);
    else if (special >= 0 && char !== ' ') {
      flush();
      pairs.push(hex(0x11, 0x30 + special), hex(0x11, 0x30 + special));
    } else if (ext12 >= 0 || ext13 >= 0) {
      const standIn =
        STAND_IN[char] ?? (/[A-Za-z]/.test(char.normalize('NFD')[0]!) ? char.normalize('NFD')[0]! : ' ');
      basic(standIn.charCodeAt(0));
      flush();
      const pair = ext12 >= 0 ? hex(0x12, 0x20 + ext12) : hex(0x13, 0x20 + ext13);
      pairs.push(pair, pair);
    } else throw new Error(`the test encoder cannot write ${JSON.stringify(char)}`);
  }
  flush();
  return pairs;
}

const control = (b: number) => [hex(0x14, b), hex(0x14, b)];
const RCL = control(0x20);
const RDC = control(0x29);
const EDM = control(0x2c);
const CR = control(0x2d);
const ENM = control(0x2e);
const EOC = control(0x2f);

/// The preamble address code for `row` (1-15) at column 0, white.
export function pac(row: number): string[] {
  const table: [number, number][] = [
    [0x11, 0x40],
    [0x11, 0x60],
    [0x12, 0x40],
    [0x12, 0x60],
    [0x15, 0x40],
    [0x15, 0x60],
    [0x16, 0x40],
    [0x16, 0x60],
    [0x17, 0x40],
    [0x17, 0x60],
    [0x10, 0x40],
    [0x13, 0x40],
    [0x13, 0x60],
    [0x14, 0x40],
    [0x14, 0x60],
  ];
  const [a, b] = table[row - 1]!;
  // Indent 0 (second byte + 0x10): the form most encoders write.
  return [hex(a, b + 0x10), hex(a, b + 0x10)];
}

/// An SCC timecode for `seconds`, at 29.97 frames a second.
export function timecode(seconds: number, dropFrame: boolean): string {
  let frames = Math.round(seconds / FRAME);
  if (dropFrame) {
    // Back from real frames to drop-frame labels.
    const tenMinutes = Math.floor(frames / 17982);
    const rest = frames % 17982;
    frames += 18 * tenMinutes + (rest > 1 ? 2 * Math.floor((rest - 2) / 1798) : 0);
  }
  const f = frames % 30;
  const s = Math.floor(frames / 30) % 60;
  const m = Math.floor(frames / 1800) % 60;
  const h = Math.floor(frames / 108000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(h)}:${p(m)}:${p(s)}${dropFrame ? ';' : ':'}${p(f)}`;
}

export function encodeScc(captions: readonly SccCaption[], options: SccOptions): string {
  const dropFrame = options.dropFrame ?? true;
  const out: string[] = [];
  let free = 0; // when the next line may start, in seconds
  const line = (start: number, pairs: string[]) => {
    const at = Math.max(start, free);
    out.push(`${timecode(at, dropFrame)}\t${pairs.join(' ')}`);
    // Each pair takes a frame; a frame to spare before the next line.
    free = at + (pairs.length + 1) * FRAME;
  };
  const rollUp = control(0x23 + (options.rollRows ?? 3));
  let end = 0;
  for (const caption of captions) {
    const rows = caption.lines.map(textPairs);
    if (options.style === 'pop-on') {
      const body = [...RCL, ...ENM];
      rows.forEach((pairs, i) => body.push(...pac(16 - rows.length + i), ...pairs));
      // EOC on the caption's start.
      line(caption.start - body.length * FRAME, [...body, ...EOC]);
    } else if (options.style === 'roll-up') {
      rows.forEach((pairs, i) => line(caption.start + i * 1.5, [...rollUp, ...CR, ...pac(15), ...pairs]));
    } else {
      const body = [...RDC, ...EDM];
      rows.forEach((pairs, i) => body.push(...pac(16 - rows.length + i), ...pairs));
      line(caption.start, body);
    }
    end = Math.max(end, caption.start + 2);
  }
  line(end, EDM);
  return `${options.header === false ? '' : 'Scenarist_SCC V1.0\n\n'}${out.join('\n\n')}\n`;
}

/// Words cut into rows of at most 32 characters.
export function rows(text: string, width = 32): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const last = out[out.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

/// The text of an SCC file read as a stream, the simplest way a reader can:
/// every character where it comes (an extended one in place of the character
/// before it), any other code a line break, a control code sent twice read
/// once. Encoders send each character once in every style, so these are the
/// file's words; the decoder must find the same ones.
export function sccStreamText(scc: string): string {
  let out = '';
  let last = '';
  for (const line of scc.split(/\r?\n/)) {
    const m = /^\d\d:\d\d:\d\d[:;.,]\d\d\s+(.*)$/.exec(line);
    if (!m) continue;
    for (const pair of m[1]!.trim().split(/\s+/)) {
      const a = parseInt(pair.slice(0, 2), 16) & 0x7f;
      const b = parseInt(pair.slice(2), 16) & 0x7f;
      if (a >= 0x10 && a < 0x20) {
        if (pair === last) {
          last = '';
          continue;
        }
        last = pair;
        if (a === 0x11 && b >= 0x30) out += SPECIAL[b - 0x30];
        else if ((a === 0x12 || a === 0x13) && b >= 0x20 && b < 0x40)
          out = out.slice(0, -1) + (a === 0x12 ? EXTENDED_12 : EXTENDED_13)[b - 0x20];
        else out += '\n';
        continue;
      }
      last = '';
      for (const byte of [a, b]) {
        if (byte < 0x20) continue;
        const basic = Object.entries(BASIC).find(([, code]) => code === byte);
        out += basic ? basic[0] : String.fromCharCode(byte);
      }
    }
  }
  return out;
}

/// `text` with every character the encoder cannot write as `?`.
export function encodable(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    const ok =
      (code >= 0x20 && code < 0x7f) ||
      BASIC[char] !== undefined ||
      SPECIAL.includes(char) ||
      EXTENDED_12.includes(char) ||
      EXTENDED_13.includes(char);
    out += ok ? char : '?';
  }
  return out;
}
