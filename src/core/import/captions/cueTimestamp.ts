/// Cue timestamps of WebVTT and SRT, read the lenient way browsers' and
/// subtitle tools' parsers read them (formats.md, "Lenient cue timings"):
/// `hh:mm:ss.ttt` and every variant people's files have, namely one- or
/// two-digit fields (`0:0:1.5`), hours of any number of digits, a missing
/// hour (`01:02.500`), a comma or a point before the fraction, a fraction of
/// any number of digits (`.5` is half a second; past milliseconds it is
/// rounded) or none at all. Minutes and seconds stay below 60: `00:60:00`
/// has no reading.

const TIMESTAMP_RE = /^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d+))?$/;

/// Seconds of a cue timestamp, or null when no reading makes sense of it.
export function parseCueTimestamp(text: string): number | null {
  const m = TIMESTAMP_RE.exec(text);
  if (!m || Number(m[2]) > 59 || Number(m[3]) > 59) return null;
  const fraction = m[4] ?? '';
  // Whole milliseconds: 5.56, not 5.5600000000000005.
  const ms = fraction === '' ? 0 : Math.min(999, Math.round(Number(`0.${fraction}`) * 1000));
  const whole = (m[1] === undefined ? 0 : Number(m[1]) * 3600) + Number(m[2]) * 60 + Number(m[3]);
  return (whole * 1000 + ms) / 1000;
}

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
