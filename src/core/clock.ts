/// Wall-clock and offset formatting. Clock times are minutes after midnight
/// (as the caption page gives them); offsets are seconds from programme start.

const DAY_MINUTES = 24 * 60;

/// English month names, as programme headers and citations write them.
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/// Parses `5:31 am`, `5:31am`, `12:00 PM` into minutes after midnight.
export function parseClock(text: string): number | null {
  const m = /^\s*(\d{1,2}):(\d{2})\s*([ap])\.?m\.?\s*$/i.exec(text);
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour < 1 || hour > 12 || minute > 59) return null;
  const pm = m[3]!.toLowerCase() === 'p';
  return ((hour % 12) + (pm ? 12 : 0)) * 60 + minute;
}

/// `5:31 am` for a clock in minutes after midnight (any value; wraps days).
export function formatClock(minutes: number): string {
  const m = ((Math.floor(minutes) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  const hour24 = Math.floor(m / 60);
  const hour12 = hour24 % 12 === 0 ? 12 : hour24 % 12;
  return `${hour12}:${String(m % 60).padStart(2, '0')} ${hour24 < 12 ? 'am' : 'pm'}`;
}

/// Minutes from `from` forward to `to` on a 24-hour clock (0 ... 1439).
export function clockDistance(from: number, to: number): number {
  return (((to - from) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
}

/// `01:02:03` (hours always shown, so offsets sort and align). Negative
/// offsets get a leading minus.
export function formatOffset(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const total = Math.floor(Math.abs(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${sign}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/// The wall-clock minute a block at `offsetSeconds` falls in, when the
/// programme start clock is known.
export function clockAt(startClock: number, offsetSeconds: number): number {
  return startClock + Math.floor(offsetSeconds / 60);
}

/// `5:30 am to 5:42 am` for a programme `durationSeconds` long, or offsets
/// (`00:00:00 to 00:12:00`) when its start clock is not known.
export function formatProgrammeSpan(startClock: number | undefined, durationSeconds: number): string {
  return startClock === undefined
    ? `${formatOffset(0)} to ${formatOffset(durationSeconds)}`
    : `${formatClock(startClock)} to ${formatClock(startClock + Math.ceil(durationSeconds / 60))}`;
}

/// The programme time at `offsetSeconds` from programme start, to the
/// second: the clock (`8:01:05 am`) when the start clock is known, else the
/// offset (`00:01:05`), as the page shows turns.
export function formatProgrammeTime(startClock: number | undefined, offsetSeconds: number): string {
  if (startClock === undefined) return formatOffset(offsetSeconds);
  const day = DAY_MINUTES * 60;
  const total = ((Math.floor(startClock * 60 + offsetSeconds) % day) + day) % day;
  const hour24 = Math.floor(total / 3600);
  const hour12 = hour24 % 12 === 0 ? 12 : hour24 % 12;
  const mm = String(Math.floor((total % 3600) / 60)).padStart(2, '0');
  const ss = String(total % 60).padStart(2, '0');
  return `${hour12}:${mm}:${ss} ${hour24 < 12 ? 'am' : 'pm'}`;
}
