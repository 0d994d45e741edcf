/// The times of words in a block's text, kept as the block's `times`
/// attribute rather than as a mark per word: a day of speech-to-text output
/// has 130,000 timed words, and a mark each would mean 130,000 elements on
/// screen (seconds to open). Kept true through edits by the word-times
/// plugin (plugin.ts).
///
/// A flat array, four numbers per timed run: `from` and `to` (character
/// offsets into the block's text), `start` and `end` (seconds from programme
/// start; `end` is NO_END for an anchor, such as a minute line, that gives
/// only a start). Runs are in order and never overlap. Never mutated: a
/// change makes a new array, so identity tells whether a command set it.
export type WordTimes = readonly number[];

export const NO_END = -1;
const STRIDE = 4;

export interface TimedRun {
  from: number;
  to: number;
  start: number;
  end: number | null;
}

export function timedRuns(times: WordTimes | null): TimedRun[] {
  const runs: TimedRun[] = [];
  if (!times) return runs;
  for (let i = 0; i < times.length; i += STRIDE) {
    const end = times[i + 3]!;
    runs.push({ from: times[i]!, to: times[i + 1]!, start: times[i + 2]!, end: end === NO_END ? null : end });
  }
  return runs;
}

/// The runs as a `times` value: null when there are none.
export function wordTimes(runs: readonly TimedRun[]): WordTimes | null {
  if (runs.length === 0) return null;
  const times: number[] = [];
  for (const run of runs) times.push(run.from, run.to, run.start, run.end ?? NO_END);
  return times;
}

export function sameTimes(a: WordTimes | null, b: WordTimes | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/// The start time of the run that begins exactly at `offset`, if any.
export function startAt(times: WordTimes | null, offset: number): number | null {
  if (!times) return null;
  for (let i = 0; i < times.length; i += STRIDE) {
    if (times[i] === offset) return times[i + 2]!;
    if (times[i]! > offset) break;
  }
  return null;
}

/// Runs moved by `shift` characters (for text appended after other text).
export function shiftRuns(runs: readonly TimedRun[], shift: number): TimedRun[] {
  return runs.map((r) => ({ ...r, from: r.from + shift, to: r.to + shift }));
}

/// `value` as word times for a text of `size` characters, when it is one:
/// runs in order, inside the text, not overlapping, with times that are
/// numbers of seconds. Null for anything else (times read from the
/// clipboard can come from anywhere).
export function parseWordTimes(value: unknown, size: number): WordTimes | null {
  if (!Array.isArray(value) || value.length === 0 || value.length % STRIDE !== 0) return null;
  let previous = 0;
  for (let i = 0; i < value.length; i += STRIDE) {
    const [from, to, start, end] = value.slice(i, i + STRIDE) as unknown[];
    if (!Number.isInteger(from) || !Number.isInteger(to)) return null;
    if ((from as number) < previous || (to as number) <= (from as number) || (to as number) > size)
      return null;
    if (typeof start !== 'number' || !Number.isFinite(start) || start < 0) return null;
    if (typeof end !== 'number' || !(end === NO_END || (Number.isFinite(end) && end >= 0))) return null;
    previous = to as number;
  }
  return value.slice() as number[];
}
