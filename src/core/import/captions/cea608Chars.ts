/// The CEA-608 (CTA-608-E) character sets, from the standard's tables:
/// the basic set (ASCII with ten exceptions), the special characters
/// (`0x11 0x30`–`0x3F`, channel 2 `0x19`) and the two extended sets
/// (`0x12`/`0x13` `0x20`–`0x3F`, channel 2 `0x1A`/`0x1B`), which replace the
/// basic character sent before them.

/// Basic characters `0x20`–`0x7F` that differ from ASCII.
const BASIC_EXCEPTIONS: Readonly<Record<number, string>> = {
  0x2a: 'á',
  0x5c: 'é',
  0x5e: 'í',
  0x5f: 'ó',
  0x60: 'ú',
  0x7b: 'ç',
  0x7c: '÷',
  0x7d: 'Ñ',
  0x7e: 'ñ',
  0x7f: '█',
};

/// `0x11 0x30`–`0x3F`; `0x39` is the transparent space.
const SPECIAL = '®°½¿™¢£♪à èâêîôû';

/// `0x12 0x20`–`0x3F`: Spanish, miscellaneous, French.
const EXTENDED_12 = 'ÁÉÓÚÜü‘¡*’—©℠•“”ÀÂÇÈÊËëÎÏïÔÙùÛ«»';

/// `0x13 0x20`–`0x3F`: Portuguese, German, Danish.
const EXTENDED_13 = 'ÃãÍÌìÒòÕõ{}\\^_|~ÄäÖöß¥¤¦ÅåØø┌┐└┘';

/// A basic character (`byte` without its parity bit, `0x20`–`0x7F`).
export function basicChar(byte: number): string {
  return BASIC_EXCEPTIONS[byte] ?? String.fromCharCode(byte);
}

/// A special character for the second byte of `0x11 b`, or undefined.
export function specialChar(b: number): string | undefined {
  return b >= 0x30 && b <= 0x3f ? SPECIAL[b - 0x30] : undefined;
}

/// An extended character for `first` (`0x12` or `0x13`, channel bit
/// cleared) and `b`, or undefined.
export function extendedChar(first: number, b: number): string | undefined {
  if (b < 0x20 || b > 0x3f) return undefined;
  return (first === 0x12 ? EXTENDED_12 : EXTENDED_13)[b - 0x20];
}
