/// A short supplement for the programmes Caption Desk serves (U.S. broadcast
/// news, hearings): institutions whose names are also ordinary English words,
/// so the dictionary cannot say which spelling wins (`congress` and
/// `Congress` are both entries), and a few multi-word names the lexicons lack.
/// Kept short on purpose: everything else comes from the lexicons, the roster
/// and the captions. Each entry is cased wherever it stands.

export const CIVIC_WORDS: readonly string[] = [
  'Congress',
  'Senate',
  'Democrats',
  'Democrat',
  'Republicans',
  'Republican',
  'Capitol',
  'Pentagon',
  'God',
  'Bible',
];

export const CIVIC_PHRASES: readonly string[] = [
  'White House',
  'Supreme Court',
  'Wall Street',
  'Middle East',
  'Social Security',
  'Al Qaida',
  'Al Qaeda',
  'Affordable Care Act',
  'Border Patrol',
  'Silicon Valley',
  'Pearl Harbor',
];
