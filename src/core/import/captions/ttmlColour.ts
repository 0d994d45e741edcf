/// Names for TTML text colours (`tts:color`), which broadcast subtitles use
/// to tell speakers apart (white, yellow, cyan, green, after the BBC and EBU
/// guidelines). A speaker found by colour is named for it.

const NAMED: Readonly<Record<string, string>> = {
  '#ffffff': 'White',
  '#ffff00': 'Yellow',
  '#00ffff': 'Cyan',
  '#00ff00': 'Green',
  '#ff00ff': 'Magenta',
  '#ff0000': 'Red',
  '#0000ff': 'Blue',
  '#000000': 'Black',
  '#808080': 'Grey',
};

const NAMES: Readonly<Record<string, string>> = {
  white: 'White',
  yellow: 'Yellow',
  cyan: 'Cyan',
  aqua: 'Cyan',
  lime: 'Green',
  green: 'Green',
  magenta: 'Magenta',
  fuchsia: 'Magenta',
  red: 'Red',
  blue: 'Blue',
  black: 'Black',
  gray: 'Grey',
  grey: 'Grey',
};

function hex2(n: number): string {
  return Math.max(0, Math.min(255, Math.round(n)))
    .toString(16)
    .padStart(2, '0');
}

/// `#rrggbb` for a TTML colour (`#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb()`,
/// `rgba()`, a named colour), alpha dropped; the text itself, trimmed and in
/// lower case, when it is none of these.
function normalise(colour: string): string {
  const c = colour.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]!.repeat(2)}${short[2]!.repeat(2)}${short[3]!.repeat(2)}`;
  const long = /^#([0-9a-f]{6})(?:[0-9a-f]{2})?$/.exec(c);
  if (long) return `#${long[1]}`;
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*\d+\s*)?\)$/.exec(c);
  if (rgb) return `#${hex2(Number(rgb[1]))}${hex2(Number(rgb[2]))}${hex2(Number(rgb[3]))}`;
  return c;
}

/// The speaker name for a colour: `Yellow`, or `Colour #12ab34` for one
/// without a common name.
export function colourName(colour: string): string {
  const n = normalise(colour);
  return NAMES[n] ?? NAMED[n] ?? `Colour ${n}`;
}
