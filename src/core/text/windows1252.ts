/// Windows-1252, the single-byte encoding of most legacy Western European
/// text (and a superset of ISO-8859-1's printable characters), decoded by
/// the WHATWG table. By hand rather than with `TextDecoder('windows-1252')`:
/// Node 20 decodes that label as ISO-8859-1 (0x80 gives U+0080, not €), so
/// the browser and the command line would read the same file differently.

// 0x80-0x9F; the rest of the bytes are the code points of the same number.
// Bytes the code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay
// C1 controls, as in WHATWG, so text with them counts as binary.
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

const CHUNK = 0x2000;

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const units = new Uint16Array(Math.min(bytes.length, CHUNK));
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      units[i - start] = b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...units.subarray(0, end - start)));
  }
  return parts.join('');
}
