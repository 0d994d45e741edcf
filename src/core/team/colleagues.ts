/// A colleague in the open shared document, as the timeline strip shows
/// them: at the time of the turn that holds their caret.
export interface Colleague {
  /// Their awareness client id: the same person in two tabs is two.
  id: number;
  name: string;
  /// `#rrggbb`, their caret's colour.
  color: string;
  /// Seconds from programme start; null when their turn has no time.
  time: number | null;
  /// `time` as the strip says it: the programme clock (*5:42 pm*) when the
  /// programme's start is known, else the offset.
  at: string;
}

/// What the strip draws from the list: the same key, nothing to redraw.
export function colleaguesKey(colleagues: readonly Colleague[]): string {
  return colleagues.map((c) => `${c.id}|${c.name}|${c.color}|${c.at}`).join('\n');
}
