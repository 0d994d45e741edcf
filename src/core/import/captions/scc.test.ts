import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS_DIR, UPDATING } from '../../../../tests/unit/golden.ts';
import { encodeScc, timecode } from '../../../../tests/support/scc.ts';
import { SCC_FIXTURES, sccFixtureText } from '../../../../tests/support/sccFixtures.ts';
import { blockText, type Transcript } from '../../transcript.ts';
import { Cea608Decoder } from './cea608.ts';
import { importScc, looksLikeScc, timecodeSeconds } from './scc.ts';

function opened(text: string): Transcript {
  const result = importScc(text);
  if (!result.ok) throw new Error(result.message);
  return result.transcript;
}

function turns(t: Transcript): [string | null, string][] {
  const names = new Map(t.speakers.map((s) => [s.id, s.name]));
  return t.blocks.map((b) => [b.speakerId === null ? null : names.get(b.speakerId)!, blockText(b)]);
}

/// The decoder fed with hex pairs, one frame apart from `start`.
function decode(hex: string, start = 0): { start: number; lines: string[] }[] {
  const decoder = new Cea608Decoder(1);
  hex
    .split(/\s+/)
    .filter((p) => p !== '')
    .forEach((pair, i) => {
      const value = parseInt(pair, 16);
      decoder.push(start + i / 30, value >> 8, value & 0xff);
    });
  return decoder.finish();
}

describe('SCC fixtures', () => {
  it('are what the test encoder writes (UPDATE_GOLDEN=1 rewrites them)', () => {
    for (const fixture of SCC_FIXTURES) {
      const path = join(FORMATS_DIR, 'scc', fixture.name);
      if (UPDATING) writeFileSync(path, sccFixtureText(fixture));
      expect(readFileSync(path, 'utf8')).toBe(sccFixtureText(fixture));
    }
  });

  it('the encoder writes what the standard says, checked by hand', () => {
    // RCL 14 20 -> 94 20; ENM 14 2E -> 94 AE; PAC row 15 indent 0 14 70 -> 94 70;
    // "HE" 48 45 -> C8 45; "LL" 4C 4C; "O" and padding 4F 00 -> 4F 80; EOC 14 2F -> 94 2F.
    // EOC lands on 1 s: nine pairs before it start 0.3003 s earlier, at frame 21.
    expect(
      encodeScc([{ start: 1, lines: ['HELLO'] }], { style: 'pop-on', header: false }).split('\n')[0],
    ).toBe('00:00:00;21\t9420 9420 94ae 94ae 9470 9470 c845 4c4c 4f80 942f 942f');
    // Roll-up, two rows (RU2 14 25 -> 94 25), CR 14 2D -> 94 AD; "CA" 43 41 -> 43 C1; é is 5C -> DC.
    expect(
      encodeScc([{ start: 2, lines: ['CAFé'] }], { style: 'roll-up', rollRows: 2, header: false }),
    ).toMatch(/^00:00:02;00\t9425 9425 94ad 94ad 9470 9470 43c1 46dc\n/);
    // Drop-frame labels skip ;00 and ;01 at each minute but every tenth.
    expect(timecode(60.06, true)).toBe('00:01:00;02');
    expect(timecode(600, true)).toBe('00:10:00;00');
    expect(timecode(3603.6, false)).toBe('01:00:00:00');
  });
});

describe('SCC timecode', () => {
  it('reads drop-frame and non-drop timecode at 29.97 frames a second', () => {
    // 1800 frames - 2 dropped = 1798... 00:01:00;02 is frame 1800.
    expect(timecodeSeconds(0, 1, 0, 2, true)).toBe(60.06);
    // Ten minutes: 18000 labels - 18 dropped = 17982 frames = 599.9994 s.
    expect(timecodeSeconds(0, 10, 0, 0, true)).toBe(599.999);
    expect(timecodeSeconds(1, 0, 0, 0, true)).toBe(3599.996);
    // Non-drop counts 30 labels a second of 29.97 frames: 0.1% slow.
    expect(timecodeSeconds(1, 0, 0, 0, false)).toBe(3603.6);
    expect(timecodeSeconds(0, 0, 1, 15, false)).toBe(1.502);
  });

  it('is read from every separator: `;` `.` `,` drop-frame, `:` non-drop', () => {
    const line = (tc: string) => `${tc}\t9420 9420 94ae 94ae 9470 9470 c845 4c4c 4f80 942f 942f`;
    const at = (tc: string) => opened(`Scenarist_SCC V1.0\n\n${line(tc)}\n`).blocks[0]!.start;
    expect(at('01:00:00;00')).toBe(3600.296);
    expect(at('01:00:00.00')).toBe(3600.296);
    expect(at('01:00:00,00')).toBe(3600.296);
    expect(at('01:00:00:00')).toBe(3603.9);
  });
});

describe('CEA-608 decoding', () => {
  it('pop-on: a caption when shown, its rows top to bottom; a doubled control code counts once', () => {
    expect(
      decode('9420 9420 94ae 94ae 13d0 13d0 c845 4c4c 4f80 9470 9470 574f 524c c480 942f 942f 942c 942c', 5),
    ).toEqual([{ start: 5 + 14 / 30, lines: ['HELLO', 'WORLD'] }]);
  });

  it('roll-up: each row once, at its first character, however often it rolls', () => {
    const row = (text: string) => `9426 9426 94ad 94ad 9470 9470 ${text}`;
    // ">> A" then "B C" then "D": 3E 3E 20 41 -> 3E 3E 20 C1; "B C" C2 20 43; "D" C4 80.
    expect(decode([row('3e3e 20c1'), row('c220 4380'), row('c480'), '942c 942c'].join(' '))).toEqual([
      { start: 6 / 30, lines: ['>> A'] },
      { start: 14 / 30, lines: ['B C'] },
      { start: 22 / 30, lines: ['D'] },
    ]);
  });

  it('paint-on: rows as they are painted, taken when erased or written over', () => {
    // RDC, PAC row 15, "AB", then PAC row 15 again and "CD" over it, then EDM.
    expect(decode('9429 9429 9470 9470 c1c2 9470 9470 4344 942c 942c')).toEqual([
      { start: 4 / 30, lines: ['AB'] },
      { start: 7 / 30, lines: ['CD'] },
    ]);
  });

  it('special and extended characters, backspace, delete to end of row, tab offsets', () => {
    // ♪ 11 37 -> 91 37; "E" then É (12 21 -> 92 A1) replaces it; ü 12 25 -> 92 25
    // after "u"; BS 14 21 -> 94 A1 takes back "X"; TO2 17 22 -> 97 22 moves two columns,
    // leaving them blank.
    expect(
      decode(
        '9420 9420 9470 9470 9137 9137 4580 92a1 92a1 7580 9225 9225 5880 94a1 94a1 9722 9722 5a80 942f 942f',
      ),
    ).toEqual([{ start: 18 / 30, lines: ['♪Éü  Z'] }]);
    expect(decode('9420 9420 9470 9470 c1c2 4344 9470 9470 a180 9424 9424 942f 942f')[0]!.lines).toEqual([
      '!',
    ]);
  });

  it('reads channel 2 on its own, and ignores text services and XDS', () => {
    // Channel 2 codes have bit 3 of the first byte set: RCL 1C 20 -> 1C 20, PAC 1C 70 -> 1C 70 ...
    const channel2 = '1c20 1c20 1c70 1c70 c1c2 1c2f 1c2f';
    expect(decode(channel2)).toEqual([]);
    const decoder = new Cea608Decoder(2);
    channel2.split(' ').forEach((p, i) => decoder.push(i, parseInt(p, 16) >> 8, parseInt(p, 16) & 0xff));
    expect(decoder.finish()).toEqual([{ start: 5, lines: ['AB'] }]);
    // TR 14 2A -> 94 2A: text mode; XDS 01 03 -> 01 03 (a class code, not text).
    expect(decode('942a 942a c1c2 0103 c1c2')).toEqual([]);
  });
});

describe('SCC files', () => {
  it('are recognised by their header, or by a first line of timecode and pairs', () => {
    expect(looksLikeScc('Scenarist_SCC V1.0\n\n00:00:00;00\t9420\n')).toBe(true);
    expect(looksLikeScc('\n00:00:01:15\t9420 9420 94ae\n')).toBe(true);
    expect(looksLikeScc('00:00:01:15 Hello there\n')).toBe(false);
    expect(looksLikeScc('1\n00:00:01,000 --> 00:00:02,000\nHi\n')).toBe(false);
  });

  it('refuse a line they cannot read, with its number', () => {
    expect(importScc('Scenarist_SCC V1.0\n\n00:00:01;00\t9420 942\n')).toEqual({
      ok: false,
      message:
        'This SCC file has a line it cannot read at line 3: "00:00:01;00\\t9420 942" ' +
        '(expected a timecode such as "00:00:01;15", a tab and byte pairs such as "9420 9420").',
    });
  });

  it('in each style: speakers at `>>` and names, every word once', () => {
    for (const style of ['pop-on', 'roll-up', 'paint-on'] as const) {
      const text = encodeScc(
        [
          { start: 1, lines: ['>> MAYA CHEN: GOOD EVENING.', 'WELCOME.'] },
          { start: 6, lines: ['>> THANKS. >> TOM REYES: HELLO.'] },
          { start: 11, lines: ['HELLO AGAIN, HELLO.'] },
        ],
        { style },
      );
      expect(turns(opened(text)), style).toEqual([
        ['Maya Chen', 'GOOD EVENING. WELCOME.'],
        [null, 'THANKS.'],
        ['Tom Reyes', 'HELLO. HELLO AGAIN, HELLO.'],
      ]);
    }
  });
});
