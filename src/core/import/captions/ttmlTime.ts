/// TTML time expressions (TTML 2 §10.3.1, the same in TTML 1 and IMSC 1):
///
/// - clock time `hh:mm:ss`, `hh:mm:ss.fraction`, `hh:mm:ss:frames` and
///   `hh:mm:ss:frames.subframes` (hours of any number of digits; one-digit
///   fields are read too, as players do);
/// - offset time: a count, an optional fraction and a metric, `h`, `m`,
///   `s`, `ms`, `f` (frames) or `t` (ticks): `12.5s`, `300f`, `90000t`.
///
/// Frames count at the effective frame rate (`ttp:frameRate`, default 30,
/// times `ttp:frameRateMultiplier`, e.g. `1000 1001` for 29.97), sub-frames
/// at `ttp:subFrameRate` per frame, ticks at `ttp:tickRate` (when missing:
/// the frame rate times the sub-frame rate if a frame rate is given, else
/// 1). SMPTE time bases with dropped frames are read as media time.

export interface TimeParameters {
  /// Effective frames per second.
  frameRate: number;
  subFrameRate: number;
  tickRate: number;
}

export const DEFAULT_TIME_PARAMETERS: TimeParameters = { frameRate: 30, subFrameRate: 1, tickRate: 1 };

function positive(text: string | undefined): number | null {
  if (text === undefined) return null;
  const n = Number(text.trim());
  return Number.isFinite(n) && n > 0 ? n : null;
}

/// The time parameters of a `<tt>` element's attributes (prefixes removed:
/// `frameRate`, `frameRateMultiplier`, `subFrameRate`, `tickRate`). Values
/// that cannot be read fall back to the defaults.
export function timeParameters(attributes: Readonly<Record<string, string>>): TimeParameters {
  const base = positive(attributes['frameRate']);
  const multiplier = /^\s*(\d+)\s+(\d+)\s*$/.exec(attributes['frameRateMultiplier'] ?? '');
  const ratio = multiplier && Number(multiplier[2]) > 0 ? Number(multiplier[1]) / Number(multiplier[2]) : 1;
  const frameRate = (base ?? DEFAULT_TIME_PARAMETERS.frameRate) * (ratio > 0 ? ratio : 1);
  const subFrameRate = positive(attributes['subFrameRate']) ?? 1;
  const tickRate = positive(attributes['tickRate']) ?? (base !== null ? frameRate * subFrameRate : 1);
  return { frameRate, subFrameRate, tickRate };
}

const CLOCK_RE = /^(\d+):(\d{1,2}):(\d{1,2})(?:(\.\d*)|:(\d+)(?:\.(\d+))?)?$/;
const OFFSET_RE = /^(\d+(?:\.\d*)?|\.\d+)(h|ms|m|s|f|t)$/;

/// Seconds of a time expression, to the millisecond; null when it is not one.
export function parseTimeExpression(text: string, params: TimeParameters): number | null {
  const t = text.trim();
  const clock = CLOCK_RE.exec(t);
  let seconds: number;
  if (clock) {
    const minutes = Number(clock[2]);
    const secs = Number(clock[3]);
    if (minutes > 59 || secs > 60) return null;
    seconds = Number(clock[1]) * 3600 + minutes * 60 + secs;
    if (clock[4] !== undefined && clock[4].length > 1) seconds += Number(`0${clock[4]}`);
    if (clock[5] !== undefined) {
      const frames = Number(clock[5]) + (clock[6] === undefined ? 0 : Number(clock[6]) / params.subFrameRate);
      seconds += frames / params.frameRate;
    }
  } else {
    const offset = OFFSET_RE.exec(t);
    if (!offset) return null;
    const count = Number(offset[1]);
    const unit = offset[2]!;
    const per =
      unit === 'h'
        ? 3600
        : unit === 'm'
          ? 60
          : unit === 's'
            ? 1
            : unit === 'ms'
              ? 0.001
              : unit === 'f'
                ? 1 / params.frameRate
                : 1 / params.tickRate;
    seconds = count * per;
  }
  return Number.isFinite(seconds) ? Math.round(seconds * 1000) / 1000 : null;
}
