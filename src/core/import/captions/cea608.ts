/// A CEA-608 (CTA-608-E) caption decoder for one data channel, built to
/// recover the words of a caption stream once each, in order, rather than to
/// draw a screen: pop-on captions are taken when they are shown (End of
/// Caption), roll-up rows when a carriage return rolls them up, paint-on
/// rows when they are erased or overwritten — and whatever is left on
/// screen or loaded when the stream ends.
///
/// What it reads (byte pairs, parity bit stripped): the basic, special and
/// extended characters (`cea608Chars.ts`; an extended character replaces the
/// one before it); preamble address codes (row and indent); mid-row codes
/// (a space); tab offsets; the miscellaneous control codes RCL, BS, DER,
/// RU2–RU4, RDC, TR, RTD, EDM, CR, ENM, EOC. A control code sent twice in a
/// row, as the standard has encoders do, counts once. Text mode (TR, RTD),
/// XDS data and background attributes are ignored. Rows are not cut at 32
/// columns: a file that writes longer rows keeps its words.

import { basicChar, extendedChar, specialChar } from './cea608Chars.ts';

/// Words as they came on screen: when, and the rows of text top to bottom.
export interface Caption608 {
  start: number;
  lines: string[];
}

type Mode = 'pop-on' | 'roll-up' | 'paint-on' | 'text' | null;

class Row {
  chars: string[] = [];
  /// When its first character was written (seconds).
  start: number | null = null;
  /// Holds text not yet taken into a caption.
  fresh = false;

  text(): string {
    let out = '';
    for (let i = 0; i < this.chars.length; i++) out += this.chars[i] ?? ' ';
    return out;
  }
}

type Memory = Map<number, Row>;

// Rows of the preamble address codes, by first byte (channel bit cleared):
// [row for second bytes 0x40-0x5F, row for 0x60-0x7F].
const PAC_ROWS: Readonly<Record<number, readonly [number, number]>> = {
  0x11: [1, 2],
  0x12: [3, 4],
  0x15: [5, 6],
  0x16: [7, 8],
  0x17: [9, 10],
  0x10: [11, 11],
  0x13: [12, 13],
  0x14: [14, 15],
};

const BOTTOM_ROW = 15;

export class Cea608Decoder {
  readonly captions: Caption608[] = [];
  private mode: Mode = null;
  private displayed: Memory = new Map();
  private hidden: Memory = new Map();
  private row = BOTTOM_ROW;
  private col = 0;
  private rollRows = 2;
  /// The data channel the last control code named; text goes to it.
  private selected: 1 | 2 = 1;
  private lastControl = -1;

  constructor(private readonly channel: 1 | 2 = 1) {}

  /// One byte pair, at `time` seconds, parity bits included or not.
  push(time: number, first: number, second: number): void {
    const a = first & 0x7f;
    const b = second & 0x7f;
    if (a === 0 && b === 0) return; // padding
    if (a >= 0x10 && a <= 0x1f) {
      const code = (a << 8) | b;
      if (code === this.lastControl) {
        this.lastControl = -1;
        return;
      }
      this.lastControl = code;
      this.selected = a & 0x08 ? 2 : 1;
      if (this.selected === this.channel) this.control(time, a & 0x17, b);
      return;
    }
    this.lastControl = -1;
    if (a < 0x20 || this.selected !== this.channel) return; // XDS, or another channel
    this.insert(time, basicChar(a));
    if (b >= 0x20) this.insert(time, basicChar(b));
  }

  /// Takes what is still on screen, then what was loaded but never shown.
  finish(): Caption608[] {
    this.emit(this.displayed);
    this.emit(this.hidden);
    return this.captions;
  }

  private control(time: number, a: number, b: number): void {
    if ((a === 0x14 || a === 0x15) && b >= 0x20 && b <= 0x2f) this.command(time, b);
    else if (a === 0x17 && b >= 0x21 && b <= 0x23) this.col += b - 0x20;
    else if (a === 0x11 && b >= 0x20 && b <= 0x2f)
      this.insert(time, ' '); // mid-row code
    else if (a === 0x11 && b >= 0x30 && b <= 0x3f) this.insert(time, specialChar(b)!);
    else if ((a === 0x12 || a === 0x13) && b >= 0x20 && b <= 0x3f) {
      this.backspace();
      this.insert(time, extendedChar(a, b)!);
    } else if (b >= 0x40 && PAC_ROWS[a]) this.preamble(a, b);
  }

  private command(time: number, b: number): void {
    switch (b) {
      case 0x20: // RCL: resume caption loading
        if (this.mode === 'roll-up' || this.mode === 'paint-on') this.emit(this.displayed);
        this.mode = 'pop-on';
        break;
      case 0x21: // BS
        this.backspace();
        break;
      case 0x24: {
        // DER: delete to end of row
        const row = this.memory()?.get(this.row);
        if (row) row.chars.length = Math.min(row.chars.length, this.col);
        break;
      }
      case 0x25:
      case 0x26:
      case 0x27: // RU2, RU3, RU4
        if (this.mode !== 'roll-up') {
          this.emit(this.displayed);
          this.displayed = new Map();
          this.row = BOTTOM_ROW;
          this.col = 0;
        }
        this.mode = 'roll-up';
        this.rollRows = b - 0x23;
        break;
      case 0x29: // RDC: resume direct captioning
        if (this.mode === 'roll-up') this.emit(this.displayed);
        this.mode = 'paint-on';
        break;
      case 0x2a:
      case 0x2b: // TR, RTD: text service, not captions
        this.mode = 'text';
        break;
      case 0x2c: // EDM: erase displayed memory
        this.emit(this.displayed);
        this.displayed = new Map();
        break;
      case 0x2d: // CR
        if (this.mode === 'roll-up') this.rollUp();
        break;
      case 0x2e: // ENM: erase non-displayed memory
        this.hidden = new Map();
        break;
      case 0x2f: {
        // EOC: show the loaded caption
        this.emit(this.displayed);
        [this.displayed, this.hidden] = [this.hidden, this.displayed];
        this.emit(this.displayed, time);
        this.mode = 'pop-on';
        break;
      }
    }
  }

  private preamble(a: number, b: number): void {
    const row = PAC_ROWS[a]![b >= 0x60 ? 1 : 0];
    const index = b & 0x1f;
    const indent = index >= 0x10 ? ((index - 0x10) >> 1) * 4 : 0;
    if (this.mode === 'roll-up' && row !== this.row) {
      // The roll-up window moves to the new base row, with its text.
      const moved: Memory = new Map();
      for (const [k, r] of this.displayed) {
        const to = k + row - this.row;
        if (to >= 1 && to <= BOTTOM_ROW) moved.set(to, r);
      }
      this.displayed = moved;
    } else if (this.mode === 'paint-on') {
      // Writing again from the start of a row with text replaces that text.
      const existing = this.displayed.get(row);
      if (existing?.fresh && indent <= existing.text().search(/\S|$/)) {
        this.emitRows([existing], existing.start ?? 0);
        this.displayed.delete(row);
      }
    }
    this.row = row;
    this.col = indent;
  }

  private memory(): Memory | null {
    if (this.mode === 'pop-on') return this.hidden;
    if (this.mode === 'roll-up' || this.mode === 'paint-on') return this.displayed;
    return null;
  }

  private insert(time: number, char: string): void {
    const memory = this.memory();
    if (!memory) return;
    let row = memory.get(this.row);
    if (!row) memory.set(this.row, (row = new Row()));
    while (row.chars.length < this.col) row.chars.push(' ');
    row.chars[this.col++] = char;
    if (char !== ' ') {
      row.start ??= time;
      row.fresh = true;
    }
  }

  private backspace(): void {
    const row = this.memory()?.get(this.row);
    if (this.col === 0) return;
    this.col--;
    if (row && this.col < row.chars.length) row.chars[this.col] = ' ';
  }

  private rollUp(): void {
    const base = this.displayed.get(this.row);
    if (base) this.emitRows([base], base.start ?? 0);
    const rolled: Memory = new Map();
    const top = this.row - this.rollRows + 1;
    for (const [k, r] of this.displayed) if (k > top && k <= this.row) rolled.set(k - 1, r);
    this.displayed = rolled;
    this.col = 0;
  }

  /// Takes the fresh rows of `memory`, top to bottom, as one caption at
  /// `time` (or at the first of their own starts).
  private emit(memory: Memory, time?: number): void {
    const rows = [...memory.entries()]
      .filter(([, r]) => r.fresh)
      .sort(([x], [y]) => x - y)
      .map(([, r]) => r);
    if (rows.length === 0) return;
    const start = time ?? Math.min(...rows.map((r) => r.start ?? Infinity));
    this.emitRows(rows, Number.isFinite(start) ? start : 0);
  }

  private emitRows(rows: readonly Row[], start: number): void {
    const lines = rows.map((r) => r.text().trim()).filter((l) => l !== '');
    for (const r of rows) r.fresh = false;
    if (lines.length) this.captions.push({ start, lines });
  }
}
