/// Cue timestamps of WebVTT and SRT, read the lenient way browsers' and
/// subtitle tools' parsers read them (formats.md, "Lenient cue timings"):
/// `hh:mm:ss.ttt` and every variant people's files have, namely one- or
/// two-digit fields (`0:0:1.5`), hours of any number of digits, a missing
/// hour (`01:02.500`), a comma or a point before the fraction, a fraction of
/// any number of digits (`.5` is half a second; past milliseconds it is
/// rounded) or none at all. Minutes and seconds stay below 60: `00:60:00`
/// has no reading.

/// Seconds of a cue timestamp, or null when no reading makes sense of it:
/// `[h+:]m{1,2}:s{1,2}[(.|,)f+]`. Read character by character rather than
/// with a regular expression: a YouTube day has 150,000 timestamps.
export function parseCueTimestamp(text: string): number | null {
  const length = text.length;
  // Up to three fields before the fraction, each its value and digit count.
  let h = 0;
  let m = 0;
  let value = 0;
  let digits = 0;
  let fields = 0;
  let firstDigits = 0;
  let i = 0;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
    } else if (c === 58) {
      // `:` ends an hour or minute field; minutes have one or two digits.
      if (digits === 0 || fields === 2 || (fields === 1 && digits > 2)) return null;
      if (fields === 0) firstDigits = digits;
      h = m;
      m = value;
      fields++;
      value = 0;
      digits = 0;
    } else break;
  }
  if (fields === 0 || digits === 0 || digits > 2) return null;
  // Without an hour, the first field is the minutes: one or two digits.
  if (fields === 1 && firstDigits > 2) return null;
  if (fields === 1) h = 0;
  const s = value;
  if (m > 59 || s > 59) return null;
  let ms = 0;
  if (i < length) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 44) return null;
    const fraction = text.slice(i + 1);
    if (!FRACTION_RE.test(fraction)) return null;
    // Whole milliseconds: 5.56, not 5.5600000000000005.
    ms =
      fraction.length <= 3
        ? Number(fraction) * (fraction.length === 1 ? 100 : fraction.length === 2 ? 10 : 1)
        : Math.min(999, Math.round(Number(`0.${fraction}`) * 1000));
  }
  return ((h * 3600 + m * 60 + s) * 1000 + ms) / 1000;
}

const FRACTION_RE = /^\d+$/;

/// A cue timing line's start and end (the end is the first word after the
/// arrow: cue settings and SRT's `X1:` box follow it), `bad` with the
/// timestamp that cannot be read, or null when the line has no `-->`.
export function readCueTiming(line: string): { start: number; end: number } | { bad: string } | null {
  const arrow = line.indexOf('-->');
  if (arrow < 0) return null;
  const left = line.slice(0, arrow).trim();
  const right =
    line
      .slice(arrow + 3)
      .trim()
      .split(/\s+/)[0] ?? '';
  const start = parseCueTimestamp(left);
  const end = parseCueTimestamp(right);
  if (start === null) return { bad: left };
  if (end === null) return { bad: right };
  return { start, end };
}
