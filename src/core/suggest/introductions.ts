/// People a programme names for the viewer: guests introduced with a title
/// (`in moscow, andrey baklanov, vice president of ...`), a host signing on
/// (`i'm sami zeidan and this is inside story`), a reporter signing off (`for
/// counterpoint, i am daniel okafor in port ellery`) or introduced before a
/// package (`daniel okafor reports.`).
///
/// Every pattern is anchored on structure a caption keeps even in lowercase
/// — a lead-in phrase, commas around the name, a title word after it, the
/// end of a sentence — and the name itself must pass `isName`. Names in
/// running text (`he met vladimir putin`) are never candidates: the rules
/// only fire where the programme itself says who someone is.

import type { Role } from '../transcript.ts';
import { AFFILIATION_CUES, isName, isNameText } from './names.ts';
import type { Sentence } from './text.ts';

export type IntroductionKind =
  /// A guest (or a studio reporter) presented by the host: the turn is the host's.
  | 'guest'
  /// The speaker of this very turn names themself.
  | 'self'
  /// A reporter announced at the end of the turn: the next turn is theirs.
  | 'next';

export interface Introduction {
  kind: IntroductionKind;
  /// Lowercase, single-spaced.
  name: string;
  role: Role;
  affiliation?: string;
  location?: string;
  /// The sentence that says it, clipped for display, and its index in the turn.
  evidence: string;
  sentence: number;
}

// A name word inside a pattern: never a joining word, so a greedy name
// slot cannot swallow the `and` of `i'm sami and this is ...`.
const N = "(?!(?:and|in|at|from|for|of|with|this|reporting|reports|has|is)\\b)\\p{L}[\\p{L}'-]*";
// A place of one to three words (`moscow`, `port ellery`, `washington d.c.`),
// none a joining word: `joining us from geneva is ...` stops at `is`.
const P = "(?!(?:is|are|was|by|and|now|with|who|joins|joining|for|to|reporting)\\b)\\p{L}[\\p{L}'.-]*";
const PLACE = `(${P}(?: ${P}){0,2})`;

/// Words a turn uses when it presents guests. Without one of them a bare
/// `name, title.` sentence is not taken for an introduction (a report could
/// say `vladimir putin, russia's president.`), unless a place leads it.
const GUEST_CONTEXT_RE =
  /\b(?:guests?|joining (?:us|me)|joined (?:now )?by|with (?:us|me)|panel(?:ists?)?|welcome (?:to )?(?:you|both|all))\b/;

/// Phrases after which the names of guests follow.
const LEAD_IN_RE = new RegExp(
  '(?:^| )(?:' +
    [
      `(?:also )?joining (?:us|me)(?: (?:now|today|tonight|again|live))*(?: (?:from|in) ${PLACE})?(?: (?:now|today|tonight))?,?(?: (?:is|are))?[:,]?`,
      `(?:here )?with (?:us|me)(?: (?:now|today|tonight|here|in the studio))*(?: (?:from|in) ${PLACE})?,? (?:is|are)[:,]?`,
      `(?:we're|we are|i'm|i am) (?:now |also )?joined(?: now)?(?: (?:from|in) ${PLACE})? by[:,]?`,
      `(?:our|my) (?:guests?|panel)(?: (?:today|tonight|this evening|this week|are|is))*[:,]?`,
      `(?:let me introduce|please welcome|let me welcome|i'd like to welcome)(?: you to)?[:,]?`,
    ].join('|') +
    ') ',
  'u',
);

/// The start of one `name, title` entry: optional `and` and place, the name,
/// then a comma or a preposition leading to an organisation.
const ENTRY_RE = new RegExp(
  `^(?:(?:and|also|plus|now|finally|next|then) )?(?:(?:in|from) ${PLACE}, )?(${N}(?: ${N}){1,3})(, | (?:from|of|at|with) )`,
  'u',
);

/// Where one entry's title may end and the next entry begin.
const ENTRY_BOUNDARY_RE = /(?:; |,? and |, )/g;

/// Words that make a would-be title a clause: `vladimir putin, russia's
/// president, said ...` is reporting, not an introduction.
const VERBS = new Set(
  'is are was were said says say told tells has have had will would did does do met meets went goes made makes'.split(
    ' ',
  ),
);

// How far into a title a cue word must appear, and how long a title may be.
const CUE_WITHIN = 8;
const MAX_TITLE_WORDS = 30;

/// The title after a name, if it reads like one: a cue word near its start,
/// no finite verb, not too long. A trailing relative clause (`who has ...`)
/// is cut off first.
function titleOf(raw: string): string | null {
  const text = raw
    .replace(/,? (?:who|which|where|whose) .*$/, '')
    .replace(/[,;:\s-]+$/, '')
    .trim();
  if (text === '') return null;
  const ws = text.split(' ').map((w) => w.replace(/^[^\p{L}]+|[^\p{L}-]+$/gu, ''));
  if (ws.length > MAX_TITLE_WORDS) return null;
  if (ws.some((w) => VERBS.has(w))) return null;
  if (
    !ws
      .slice(0, CUE_WITHIN)
      .some((w) => AFFILIATION_CUES.has(w) || (w === 'think' && text.includes('think tank')))
  )
    return null;
  return text;
}

/// True when a title presents a reporter rather than a guest: `our
/// correspondent in kyiv`, `our diplomatic editor`.
function isReporterTitle(title: string): boolean {
  return /^(?:our|the network's|al jazeera's|bbc's|cnn's) (?:[\p{L}-]+ ){0,2}(?:correspondent|reporter|editor)\b/u.test(
    title,
  );
}

/// Parses `andrei lankov, director of ... . in washington, jenny town, senior
/// fellow ...` style lists from `rest` (one sentence or its tail after a
/// lead-in). Entries are separated by `;`, `, and`, `and` or `,` followed by a
/// new name and title; the first entry must start at `rest`'s start.
function parseEntries(
  rest: string,
  leadPlace: string | undefined,
  out: Introduction[],
  evidence: string,
  sentence: number,
): void {
  let pos = 0;
  let place = leadPlace;
  for (let guard = 0; guard < 20; guard++) {
    const m = ENTRY_RE.exec(rest.slice(pos));
    if (!m) return;
    const name = m[2]!;
    if (!isNameText(name, 2, 3)) return;
    if (m[1] !== undefined) place = m[1];
    const titleStart = pos + m[0].length;
    // The title runs to the next entry (a boundary followed by a valid
    // entry with its own title) or to the end of the sentence.
    let titleEnd = rest.length;
    let next = -1;
    ENTRY_BOUNDARY_RE.lastIndex = titleStart;
    for (let b = ENTRY_BOUNDARY_RE.exec(rest); b; b = ENTRY_BOUNDARY_RE.exec(rest)) {
      const after = b.index + b[0].length;
      const e = ENTRY_RE.exec(rest.slice(after));
      if (e && isNameText(e[2]!, 2, 3) && titleOf(rest.slice(after + e[0].length)) !== null) {
        titleEnd = b.index;
        next = after;
        break;
      }
    }
    const sep = m[3]!.trim();
    const raw = rest.slice(titleStart, titleEnd);
    const title = titleOf(sep === ',' ? raw : `${sep} ${raw}`);
    if (title === null) return;
    const intro: Introduction = {
      kind: 'guest',
      name,
      role: isReporterTitle(title) ? 'reporter' : 'guest',
      affiliation: title,
      evidence,
      sentence,
    };
    if (place !== undefined) intro.location = place;
    out.push(intro);
    if (next < 0) return;
    pos = next;
    place = undefined;
  }
}

/// `our correspondent daniel okafor`, `our diplomatic editor in kyiv, jane
/// doe`: a reporter named after the title.
const TITLED_REPORTER_RE = new RegExp(
  `(?:^| )our (?:[\\p{L}-]+ ){0,2}(?:correspondent|reporter|editor)(?: in ${PLACE})?,? (${N}(?: ${N}){1,2})(?=$|,| (?:reports|joins|is|has|who|in|from|there|live|now)\\b)`,
  'u',
);

// Self-introductions. A host: `i'm sami zeidan and this is ...`, `hello,
// i'm sami.`, `welcome to inside story, i'm sami zeidan.`
const HOST_SIGN_ON_RES: readonly RegExp[] = [
  new RegExp(
    `(?:^|, |\\band )i(?:'m| am) (${N}(?: ${N}){0,2}),?(?: -)? (?:and )?(?:this is|welcome|you're watching|you are watching|in for)\\b`,
    'u',
  ),
  new RegExp(
    `^(?:hello|hi|good (?:morning|afternoon|evening))(?: and welcome| everyone| everybody| again)?,? i(?:'m| am) (${N}(?: ${N}){0,2})$`,
    'u',
  ),
  new RegExp(`^welcome (?:back )?(?:to|back to) [^,]{1,40}, i(?:'m| am) (${N}(?: ${N}){0,2})$`, 'u'),
];

// A reporter: `for counterpoint, i am daniel okafor in port ellery`, `i'm
// daniel okafor, reporting from ...`.
const REPORTER_SIGN_OFF_RES: readonly RegExp[] = [
  new RegExp(
    `(?:^|, )(?:for|from) [^,]{1,40}, i(?:'m| am) (${N}(?: ${N}){1,2})(?: (?:in|at|from|reporting from) ${PLACE})?$`,
    'u',
  ),
  new RegExp(`(?:^|, )i(?:'m| am) (${N}(?: ${N}){1,2}),? reporting(?: live)? (?:from|for|in)\\b`, 'u'),
];
// Only as the last sentence of a turn: `i'm daniel okafor in port ellery.`
const LAST_SENTENCE_SIGN_OFF_RE = new RegExp(
  `^i(?:'m| am) (${N}(?: ${N}){1,2}),? (?:in|from) ${PLACE}$`,
  'u',
);

/// Networks whose name a reporter says in the `name, network, place.`
/// sign-off. The programme's own network (from the header) is added.
const NETWORKS = [
  'al jazeera',
  'bbc news',
  'bbc',
  'cnn',
  'france 24',
  'dw',
  'dw news',
  'sky news',
  'abc news',
  'nbc news',
  'cbs news',
  'fox news',
  'pbs',
  'npr',
  'itv news',
  'euronews',
  'reuters',
  'trt world',
  'cgtn',
];

/// `daniel okafor reports.`, `... has this report.`, `... sent this report
/// from port ellery.`: the verb phrase at the end of a turn's last sentence.
const REPORTS_RE = new RegExp(
  ` (?:reports|has (?:this|that|the|more|our)(?: (?:report|story|details))?|sent (?:us )?(?:this|that) report|filed (?:this|that) report)(?: from ${PLACE})?$`,
  'u',
);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/// Reads the introductions in one turn. Sign-offs and `X reports` count only
/// at the end of a turn.
export class IntroductionReader {
  private readonly networkSignOff: RegExp;

  /// `network`: the programme's network, for `name, network, place.`
  /// sign-offs. `oneWordNames`: lowercase one-word roster names (`sami`);
  /// only these may sign on alone (`i'm sami and this is ...`), since a
  /// single word after `i'm` is far more often a mood (`i'm worried and this
  /// is why`) than a name.
  constructor(
    network?: string,
    private readonly oneWordNames: ReadonlySet<string> = new Set(),
  ) {
    const names = new Set(NETWORKS);
    if (network) names.add(network.toLowerCase());
    const alternatives = [...names].sort((a, b) => b.length - a.length).map(escape);
    this.networkSignOff = new RegExp(
      `^(${N}(?: ${N}){1,2}), (?:${alternatives.join('|')}),(?: (?:in|from))? ${PLACE}$`,
      'u',
    );
  }

  /// `text` is the whole turn (normalised), `sentences` its sentences.
  /// Cheap substring tests gate each pattern: most turns of a long
  /// programme introduce nobody, and this runs on every one of them.
  read(text: string, sentences: readonly Sentence[]): Introduction[] {
    const out: Introduction[] = [];
    if (sentences.length === 0) return out;
    const guestContext = GUEST_CONTEXT_RE.test(text);
    const leadIns = guestContext || LEAD_IN_GATE_RE.test(text);
    const titles = text.includes('correspondent') || text.includes('reporter') || text.includes('editor');
    const selves = text.includes("i'm ") || text.includes('i am ');
    const last = sentences.length - 1;
    for (let i = 0; i <= last; i++) {
      const t = sentences[i]!.text;
      const before = out.length;

      // Guests after a lead-in, or as bare `name, title` sentences.
      if (leadIns) {
        const lead = LEAD_IN_RE.exec(t);
        if (lead) {
          const place = lead.slice(1).find((g) => g !== undefined);
          parseEntries(t.slice(lead.index + lead[0].length), place, out, clip(t), i);
        }
      }
      if (out.length === before && (guestContext || PLACE_START_RE.test(t))) {
        const bare = ENTRY_RE.exec(t);
        if (bare && (guestContext || bare[1] !== undefined)) parseEntries(t, undefined, out, clip(t), i);
      }

      if (titles) {
        const m = TITLED_REPORTER_RE.exec(t);
        if (m && isNameText(m[2]!, 2, 3)) {
          const intro: Introduction = {
            kind: 'guest',
            name: m[2]!,
            role: 'reporter',
            evidence: clip(t),
            sentence: i,
          };
          if (m[1] !== undefined) intro.location = m[1];
          out.push(intro);
        }
      }

      if (selves && (t.includes("i'm ") || t.includes('i am '))) {
        const host = capturedName(HOST_SIGN_ON_RES, t, 1);
        if (host !== null && (host.includes(' ') || this.oneWordNames.has(host)))
          out.push({ kind: 'self', name: host, role: 'host', evidence: clip(t), sentence: i });
        // Sign-offs close a package: the last sentence, or the one before a
        // short closing line.
        if (i >= last - 1) {
          const reporter =
            capturedName(REPORTER_SIGN_OFF_RES, t, 2) ??
            (i === last ? capturedName([LAST_SENTENCE_SIGN_OFF_RE], t, 2) : null);
          if (reporter !== null)
            out.push({ kind: 'self', name: reporter, role: 'reporter', evidence: clip(t), sentence: i });
        }
      }
      if (i === last && t.includes(', ')) {
        const reporter = capturedName([this.networkSignOff], t, 2);
        if (reporter !== null)
          out.push({ kind: 'self', name: reporter, role: 'reporter', evidence: clip(t), sentence: i });
      }

      if (i === last && REPORTS_GATE_RE.test(t)) {
        const m = REPORTS_RE.exec(t);
        const name = m ? nameBefore(t.slice(0, m.index)) : null;
        if (name !== null) out.push({ kind: 'next', name, role: 'reporter', evidence: clip(t), sentence: i });
      }
    }
    return out;
  }
}

/// The name captured (group 1) by the first of `patterns` that matches `text`
/// with a valid name of `min` to 3 words, or null.
function capturedName(patterns: readonly RegExp[], text: string, min: number): string | null {
  for (const re of patterns) {
    const m = re.exec(text);
    if (m && isNameText(m[1]!, min, 3)) return m[1]!;
  }
  return null;
}

// Gates for the patterns above.
const LEAD_IN_GATE_RE = /joining|joined|with (?:us|me)|guest|panel|introduce|welcome/;
const PLACE_START_RE = /^(?:(?:and|also|plus|now|finally|next|then) )?(?:in|from) /;
const REPORTS_GATE_RE = / (?:reports|has|sent|filed)(?: |$)/;

/// The longest name of two or three words that ends `text`
/// (`as our correspondent daniel okafor` → `daniel okafor`), or null.
function nameBefore(text: string): string | null {
  const ws = text.split(' ');
  for (let k = 3; k >= 2; k--) {
    if (ws.length < k) continue;
    const tail = ws.slice(ws.length - k);
    if (isName(tail, 2, 3)) return tail.join(' ');
  }
  return null;
}

const MAX_EVIDENCE = 90;

/// A sentence cut to display length at a word boundary, with `…`.
export function clip(text: string, max = MAX_EVIDENCE): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > max / 2 ? cut : max)}…`;
}
