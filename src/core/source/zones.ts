/// UTC offsets, in minutes, of the time-zone abbreviations Archive pages and
/// users write. An abbreviation that means two zones is listed under the one
/// the Archive uses, and `AMBIGUOUS_ZONES` says so (an identifier built from
/// it is only a guess).

export const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  UTC: 0,
  GMT: 0,
  BST: 60,
  WET: 0,
  WEST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  // Arabia Standard Time: Al Jazeera's pages (`3:30am AST` is 00:30 UTC).
  AST: 180,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
};

/// `AST` is also Atlantic Standard Time (UTC-4); `CST` also China (UTC+8);
/// `IST` is India, Ireland or Israel and is not listed at all.
export const AMBIGUOUS_ZONES: ReadonlySet<string> = new Set(['AST', 'CST']);

export function zoneOffset(zone: string | undefined): number | null {
  if (!zone) return null;
  return ZONE_OFFSETS[zone.toUpperCase()] ?? null;
}
