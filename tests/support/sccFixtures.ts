/// The SCC golden inputs under tests/fixtures/formats/scc/, as the test
/// encoder (scc.ts) writes them: one evening-news programme in the three
/// caption styles, with the speaker marks live captioners type (`>>`, a
/// name, `>>>` for a new story) and characters from every 608 table.

import { encodeScc, rows, type SccCaption, type SccOptions } from './scc.ts';

/// What is said, in caption order: text as captioners type it.
export const NEWS: readonly string[] = [
  '>> MAYA CHEN: GOOD EVENING, AND WELCOME TO NIGHT DESK.',
  'TONIGHT: THE HARBOUR VOTE, AND WHAT IT MEANS FOR THE WEST SIDE.',
  'WITH ME ARE TOM REYES, WHO COVERS THE PORT, AND DR. INÉS ÁLVAREZ.',
  '>> TOM REYES: THANKS, MAYA. THE AUTHORITY VOTED SEVEN TO TWO ON TUESDAY NIGHT.',
  'AFTER FOUR HOURS OF DEBATE AND A WALK-OUT BY TWO MEMBERS.',
  '>> THE TWO WHO WALKED OUT SAY THE PLAN WAS RUSHED.',
  '>> INÉS, IS THAT FAIR?',
  '>> IT’S FAIR TO SAY THE PUBLIC HAD SIX WEEKS, NOT SIX MONTHS.',
  '91% OF COMMENTS WERE AGAINST IT.',
  '>> BUT THE AUTHORITY SAYS MOST OF THOSE WERE ONE FORM LETTER.',
  '[ CROSSTALK ]',
  '>> A FORM LETTER SIGNED BY 4,000 PEOPLE IS STILL 4,000 PEOPLE.',
  '>> THAT’S TRUE.',
  '>> LET’S HEAR FROM THE CHAIR, RECORDED YESTERDAY.',
  '>> WE HAVE A PORT THAT LOSES MONEY EVERY YEAR.',
  'THIS TERMINAL PAYS FOR ITSELF IN 11½ YEARS.',
  'I WON’T APOLOGIZE FOR THAT.',
  '>> ELEVEN YEARS. TOM, DOES THE MATH HOLD UP?',
  '>> THE PROJECTIONS ASSUME CARGO GROWS 3% A YEAR [ INDISCERNIBLE ]',
  'WHICH IT HASN’T DONE SINCE 2009.',
  '>> AND NOBODY HAS PRICED THE TRUCK TRAFFIC —',
  '1,200 TRUCKS A DAY PAST TWO SCHOOLS.',
  '♪ ♪',
  '>>> IN OTHER NEWS, THE CAFÉ ON PIER 9 CLOSES AFTER 40 YEARS.',
  'THE OWNER, JOSÉ PEÑA, SAYS RENT TRIPLED.',
  '>> WE SERVED COFFEE AT 50¢ UNTIL 1998. “NO MORE,” HE SAID.',
  '>> MAYA CHEN: A LOSS FOR THE WATERFRONT.',
  '>> TOM REYES: A LAWSUIT ON THE VOTE IS ALMOST CERTAIN. FILED BY FRIDAY.',
  '>> THAT’S NEWS. THANK YOU BOTH.',
  '>> THANK YOU FOR HAVING ME.',
  '>> THAT’S NIGHT DESK. GOOD NIGHT.',
];

export interface SccFixture {
  name: string;
  options: SccOptions;
  captions: SccCaption[];
}

/// Captions of `NEWS`, a line of speech each, `gap` seconds apart from `from`.
function captions(from: number, gap: number): SccCaption[] {
  return NEWS.map((text, i) => ({ start: from + i * gap, lines: rows(text) }));
}

export const SCC_FIXTURES: readonly SccFixture[] = [
  // Pop-on, drop-frame timecode past the hour (a programme at 01:00:00;00).
  { name: 'pop-on.scc', options: { style: 'pop-on' }, captions: captions(3600 + 1.5, 3.2) },
  // Roll-up, three rows, non-drop timecode.
  {
    name: 'roll-up.scc',
    options: { style: 'roll-up', rollRows: 3, dropFrame: false },
    captions: captions(10, 4.6),
  },
  // Paint-on, drop-frame, through a ten-minute boundary (no frames dropped there).
  { name: 'paint-on.scc', options: { style: 'paint-on' }, captions: captions(9 * 60 + 40, 3.4) },
];

export function sccFixtureText(fixture: SccFixture): string {
  return encodeScc(fixture.captions, fixture.options);
}
