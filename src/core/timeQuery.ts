/// What a user types to go to a place in the programme: a clock time as
/// the captions give it (`5:31 pm`, `17:31`), or an offset from the start
/// as the turn headers show it (`01:02:03`, `+62:03`, `+90` minutes).

import { clockDistance, parseClock } from './clock.ts';

export type TimeQuery = { ok: true; seconds: number } | { ok: false; message: string };

const OFFSET_RE = /^\+?\s*(?:(\d+):)?(\d{1,2}):(\d{2})$/;
const MINUTES_RE = /^\+\s*(\d+)$/;
const CLOCK_24_RE = /^(\d{1,2})[:.](\d{2})$/;

/// Seconds from programme start for `text`. `startClock` (minutes after
/// midnight) turns clock times into offsets; a programme that runs past
/// midnight counts on into the next day. `h:mm:ss` is always an offset;
/// `hh:mm` is a 24-hour clock time when the start clock is known, else an
/// offset in minutes and seconds; `+N` is N minutes in.
export function parseTimeQuery(text: string, startClock?: number): TimeQuery {
  const input = text.trim().toLowerCase();
  if (input === '') return { ok: false, message: 'Type a time, such as 5:31 pm or 00:12:30.' };

  const twelveHour = parseClock(input);
  if (twelveHour !== null) return fromClock(twelveHour, startClock, input);
  if (/[ap]\.?m\.?$/.test(input)) return { ok: false, message: `"${text.trim()}" is not a clock time.` };

  const minutes = MINUTES_RE.exec(input);
  if (minutes) return { ok: true, seconds: Number(minutes[1]) * 60 };

  const clock24 = CLOCK_24_RE.exec(input);
  if (clock24 && startClock !== undefined && !input.startsWith('+')) {
    const hour = Number(clock24[1]);
    const minute = Number(clock24[2]);
    if (hour > 23 || minute > 59) return { ok: false, message: `"${text.trim()}" is not a clock time.` };
    return fromClock(hour * 60 + minute, startClock, input);
  }

  const offset = OFFSET_RE.exec(input);
  if (offset) {
    const [h, m, s] = [Number(offset[1] ?? 0), Number(offset[2]), Number(offset[3])];
    if (s > 59 || (offset[1] !== undefined && m > 59)) {
      return { ok: false, message: `"${text.trim()}" is not a time: minutes and seconds go up to 59.` };
    }
    return { ok: true, seconds: h * 3600 + m * 60 + s };
  }
  return {
    ok: false,
    message: `"${text.trim()}" is not a time. Type a clock time (5:31 pm) or an offset from the start (00:12:30).`,
  };
}

function fromClock(minutes: number, startClock: number | undefined, input: string): TimeQuery {
  if (startClock === undefined) {
    return {
      ok: false,
      message: `This transcript has no clock times, so "${input}" cannot be found: type an offset such as 00:12:30.`,
    };
  }
  return { ok: true, seconds: clockDistance(startClock, minutes) * 60 };
}
