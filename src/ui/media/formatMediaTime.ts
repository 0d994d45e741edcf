/// Media time as the media bar shows it, to a tenth: `1:05.3`, `1:23:45.6`.
export function formatMediaTime(seconds: number): string {
  // Rounded once, so 59.96 s is 1:00.0 and never 0:60.0.
  const tenths = Math.round(Math.max(0, Number.isFinite(seconds) ? seconds : 0) * 10);
  const h = Math.floor(tenths / 36000);
  const m = Math.floor((tenths % 36000) / 600);
  const s = ((tenths % 600) / 10).toFixed(1).padStart(4, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
