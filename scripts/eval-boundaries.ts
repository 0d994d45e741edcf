/// How programme boundary detection does on ten Archive pages of different
/// networks, zones and endings, written here with known boundaries:
///
///   npx tsx scripts/eval-boundaries.ts
///
/// Each page is built in the Archive layout (header, minute lines, `>>`
/// turns), read with the real importer, and the detected start and end are
/// compared with where the programme really begins and ends.

import { formatClock } from '../src/core/clock.ts';
import { detectBoundaries } from '../src/core/boundaries/detect.ts';
import { importArchive } from '../src/core/import/captions/archive.ts';
import { blockText } from '../src/core/transcript.ts';

interface Page {
  network: string;
  title: string;
  zone: string;
  /// Start clock, minutes after midnight; the slot is `slot` minutes.
  start: number;
  slot: number;
  /// What the page shows of the previous programme before this one.
  before: 'sign-off' | 'talk' | 'nothing';
  /// How the host closes.
  close: string | null;
  /// What follows in the page's extra minutes.
  after: 'music' | 'opening' | 'talk' | 'nothing';
}

const PAGES: Page[] = [
  {
    network: 'LINKTV',
    title: 'France 24',
    zone: 'PDT',
    start: 330,
    slot: 30,
    before: 'nothing',
    close: 'from the entire team here, goodbye.',
    after: 'music',
  },
  {
    network: 'Al Jazeera',
    title: 'Inside Story',
    zone: 'AST',
    start: 210,
    slot: 30,
    before: 'sign-off',
    close: "and that's all for this edition of inside story. goodbye for now.",
    after: 'opening',
  },
  {
    network: 'CNN',
    title: 'Anderson Cooper 360',
    zone: 'PST',
    start: 1020,
    slot: 60,
    before: 'nothing',
    close: 'thanks for watching. the news continues.',
    after: 'opening',
  },
  {
    network: 'FOX News',
    title: 'The Five',
    zone: 'EST',
    start: 1020,
    slot: 60,
    before: 'talk',
    close: "that's it for us. see you tomorrow.",
    after: 'talk',
  },
  {
    network: 'BBC News',
    title: 'The Context',
    zone: 'BST',
    start: 1380,
    slot: 30,
    before: 'sign-off',
    close: null,
    after: 'music',
  },
  {
    network: 'MSNBC',
    title: 'Hardball',
    zone: 'PDT',
    start: 960,
    slot: 60,
    before: 'nothing',
    close: 'good night.',
    after: 'nothing',
  },
  {
    network: 'PBS',
    title: 'Newsline',
    zone: 'PDT',
    start: 1080,
    slot: 30,
    before: 'nothing',
    close: null,
    after: 'talk',
  },
  {
    network: 'CSPAN',
    title: 'Washington Journal',
    zone: 'EDT',
    start: 420,
    slot: 180,
    before: 'nothing',
    close: 'join us again tomorrow morning.',
    after: 'opening',
  },
  {
    network: 'Bloomberg',
    title: 'Bloomberg Markets',
    zone: 'EDT',
    start: 600,
    slot: 60,
    before: 'sign-off',
    close: 'until next time.',
    after: 'music',
  },
  {
    network: 'ABC',
    title: 'World News Tonight',
    zone: 'PDT',
    start: 1110,
    slot: 30,
    before: 'nothing',
    close: 'i hope you have a good night. from all of us here, good night.',
    after: 'opening',
  },
];

const TALK = [
  'the committee met again today to discuss the budget',
  'officials say the talks will continue next week',
  'we have a lot to get through so let us begin',
  'the question is what happens to the families now',
  'there is no easy answer to that question',
  'our correspondent has been following the story',
  'the numbers tell a different story',
  'we will come back to that in a moment',
];
const FIRST = 'hello and welcome to the programme. here are the headlines.';
const NEXT_OPENING = 'good evening and welcome to the late edition.';
const NEXT_TALK = 'the storm moved east overnight and crews are still out.';

function sentence(i: number): string {
  return `${TALK[i % TALK.length]}.`;
}

/// The page's text, and the first words of the programme and of what follows.
function pageText(p: Page): { text: string; first: string; next: string | null } {
  const extra = 1; // the Archive's minute past the slot
  const minutes: string[][] = Array.from({ length: p.slot + extra }, () => []);
  if (p.before === 'sign-off') minutes[0]!.push(">> that's all from us tonight. thanks for watching.");
  if (p.before === 'talk') minutes[0]!.push('>> and the weather will stay dry for the weekend.');
  minutes[0]!.push(`>> ${FIRST}`);
  for (let m = 1; m < p.slot - 1; m++) minutes[m]!.push(`>> ${sentence(m)} ${sentence(m + 3)}`);
  if (p.close) minutes[p.slot - 1]!.push(`>> ${p.close}`);
  else minutes[p.slot - 1]!.push(`>> ${sentence(p.slot)}`);
  const next =
    p.after === 'music'
      ? `♪♪ ${NEXT_TALK}`
      : p.after === 'opening'
        ? NEXT_OPENING
        : p.after === 'talk'
          ? NEXT_TALK
          : null;
  if (next) minutes[p.slot]!.push(`>> ${next}`);
  const lines = ['Skip to main content', '', headerLine(p), ''];
  minutes.forEach((texts, m) => lines.push(formatClock(p.start + m), texts.join(' ')));
  return { text: lines.join('\n'), first: FIRST, next };
}

function headerLine(p: Page): string {
  const range = `${formatClock(p.start).replace(' ', '')}-${formatClock(p.start + p.slot + 1).replace(' ', '')}`;
  return `tv\u00a0\u00a0${p.title}\u00a0\u00a0${p.network}\u00a0\u00a0June 3, 2024 ${range} ${p.zone}`;
}

let found = 0;
let missed = 0;
let wrong = 0;
const rows: string[] = [];
for (const page of PAGES) {
  const { text, first, next } = pageText(page);
  const t = importArchive(text);
  const turns = t.blocks.map((b) => ({ text: blockText(b), start: b.start }));
  const startIndex = turns.findIndex((turn) => turn.text.includes(first));
  const expectedStart = startIndex > 0 ? startIndex : null;
  const expectedEnd = next ? turns.findIndex((turn) => turn.text.includes(next)) : null;
  const got = detectBoundaries(turns, t.meta);
  const verdicts: string[] = [];
  for (const [side, expected, boundary] of [
    ['start', expectedStart, got.start],
    ['end', expectedEnd, got.end],
  ] as const) {
    if (expected === null && boundary === null) continue;
    if (expected !== null && boundary?.index === expected) {
      found++;
      verdicts.push(`${side} found (${boundary.reason})`);
    } else if (expected !== null && boundary === null) {
      missed++;
      verdicts.push(`${side} MISSED`);
    } else {
      wrong++;
      verdicts.push(
        `${side} FALSE at ${boundary?.index} (${boundary?.reason}; expected ${expected ?? 'none'})`,
      );
    }
  }
  rows.push(
    `${page.network.padEnd(11)} ${page.title.padEnd(20)} ${verdicts.join(', ') || 'no boundary, none found'}`,
  );
}
console.log(rows.join('\n'));
console.log(`\nboundaries found ${found}, missed ${missed}, false ${wrong}`);
