/// Speaker suggestions from the caption text alone (no audio): who the
/// programme introduces, and who probably speaks each unassigned turn. The
/// rules are in docs/suggestions.md; each lives in its own file here:
///
/// - `introductions.ts`: candidates from guest introductions, host sign-ons,
///   reporter sign-offs and `X reports.`;
/// - `addressing.ts`: hand-overs by name or place (→ next turn) and thanks
///   (→ previous turn);
/// - `rolePhrases.ts`: greetings (→ host), throws to a report (→ reporter), short
///   follow-up questions (→ the last answer's speaker);
/// - `people.ts`: one table of roster speakers and candidates.
///
/// Pure and deterministic: the same transcript gives the same suggestions.
/// Each block's text is normalised and cut into sentences once; the work is
/// linear in the text.

import type { Block, Transcript } from '../transcript.ts';
import { AddressReader, type Address } from './addressing.ts';
import { isFollowUp, isGreeting, isReportIntro } from './rolePhrases.ts';
import { clip, IntroductionReader, type Introduction } from './introductions.ts';
import { displayName } from './names.ts';
import { People, type Person } from './people.ts';
import { normalize, sentences, type Sentence } from './text.ts';
import type { Confidence, RoleSuggestion, Suggestions, TurnSuggestion } from './types.ts';

export type {
  CandidateSpeaker,
  Confidence,
  Evidence,
  RoleSuggestion,
  SuggestedSpeaker,
  Suggestions,
  TurnSuggestion,
} from './types.ts';

interface Turn {
  block: Block;
  /// Normalised text (see `normalize`).
  text: string;
  sentences: Sentence[];
  /// The roster speaker, when assigned.
  speaker: Person | null;
  intros: { intro: Introduction; person: Person }[];
}

/// Rule order for one block: when two rules suggest different people with
/// the same confidence, the lower number wins. A turn's own words beat what
/// its neighbours say about it; a name beats a role.
const PRIORITY = {
  self: 0,
  announced: 1,
  addressed: 2,
  report: 3,
  thanked: 4,
  introducer: 5,
  greeting: 6,
  followUp: 7,
  asker: 8,
} as const;

interface Proposal {
  person: Person;
  reason: string;
  confidence: Confidence;
  priority: number;
}

// How far after a throw to a report its sign-off is looked for (turns).
const PACKAGE_LOOKAHEAD = 40;

const isHostRole = (p: Person | null): boolean => p !== null && (p.role === 'host' || p.role === 'anchor');

function quote(text: string): string {
  return `"${text}"`;
}

export function suggestSpeakers(t: Transcript): Suggestions {
  const people = new People(t.speakers);
  const oneWordNames = new Set(
    t.speakers.map((s) => s.name.toLowerCase().trim()).filter((name) => name !== '' && !name.includes(' ')),
  );
  const reader = new IntroductionReader(t.meta.network, oneWordNames);

  // Read every turn once; introductions first, so that hand-overs can find
  // the people introduced anywhere in the programme.
  const turns: Turn[] = t.blocks.map((block) => {
    const text = normalize(spokenText(block));
    const ss = sentences(text);
    const speaker = block.speakerId === null ? null : (people.speaker(block.speakerId) ?? null);
    const intros = reader
      .read(text, ss)
      .map((intro) => ({ intro, person: people.introduce(intro, block.id) }));
    return { block, text, sentences: ss, speaker, intros };
  });

  const proposals = new Map<number, Proposal>();
  const propose = (
    i: number,
    person: Person | null,
    reason: string,
    confidence: Confidence,
    priority: number,
  ) => {
    const turn = turns[i];
    if (!person || !turn || turn.block.speakerId !== null || turn.sentences.length === 0) return;
    const seen = proposals.get(i);
    if (seen) {
      const better =
        (confidence === 'high' && seen.confidence === 'medium') ||
        (confidence === seen.confidence && priority < seen.priority);
      if (!better) return;
    }
    proposals.set(i, { person, reason, confidence, priority });
  };
  // The nearest turn with words before / after `i` (sound-only turns such
  // as `[laughter]` are stepped over), or -1.
  const spoken = (i: number, step: 1 | -1): number => {
    for (let j = i + step, n = 0; j >= 0 && j < turns.length && n < 3; j += step, n++) {
      if (turns[j]!.sentences.length > 0) return j;
    }
    return -1;
  };

  const roles = new Map<string, RoleSuggestion>();
  const suggestRole = (speaker: Person | null, role: RoleSuggestion['role'], reason: string): void => {
    if (!speaker?.speakerId || speaker.role !== 'other' || roles.has(speaker.speakerId)) return;
    roles.set(speaker.speakerId, { speakerId: speaker.speakerId, role, reason });
  };

  const addresses = new AddressReader(people);

  turns.forEach((turn, i) => {
    const { block, text, sentences: ss, speaker } = turn;
    if (ss.length === 0) return;
    const host = speaker === null || isHostRole(speaker);

    // What the turn says about people, itself included.
    const introduced = new Set<number>();
    let announced = false;
    for (const { intro, person } of turn.intros) {
      const evidence = quote(intro.evidence);
      if (intro.kind === 'self') {
        propose(i, person, `Names themself: ${evidence}`, 'high', PRIORITY.self);
        if (speaker && speaker.id === person.id)
          suggestRole(speaker, intro.role, `Names themself: ${evidence}`);
      } else if (intro.kind === 'next') {
        announced = true;
        propose(
          spoken(i, 1),
          person,
          `Announced at the end of the previous turn: ${evidence}`,
          'high',
          PRIORITY.announced,
        );
      } else {
        introduced.add(intro.sentence);
        const role = intro.role === 'reporter' ? 'reporter' : 'guest';
        suggestRole(person, role, `Introduced as ${clip(intro.affiliation ?? role, 60)}`);
      }
    }
    if (introduced.size > 0) {
      const first = turn.intros.find((x) => x.intro.kind === 'guest')!.intro;
      const reason = `Introduces the guests, as a host does: ${quote(first.evidence)}`;
      if (speaker) suggestRole(speaker, 'host', reason);
      else propose(i, people.byRole('host', block.id, first.evidence), reason, 'medium', PRIORITY.introducer);
    }

    // Hand-overs and thanks. A known non-host's turn (a guest answering) is
    // not read for hand-overs: guests name each other in argument. An
    // unknown speaker's address counts when it is plainly a hand-over: a
    // name or place that opens a question, or a hand-over verb.
    const { next, thanked } = addresses.read(text, ss, speaker, introduced);
    if (next && host && (speaker !== null || next.strong || next.kind === 'handover')) {
      const confidence = next.strong && speaker !== null ? 'high' : 'medium';
      propose(spoken(i, 1), next.person, addressReason(next), confidence, PRIORITY.addressed);
      // Handing the floor to a guest is the host's job.
      if (speaker === null && !isHostRole(next.person)) {
        const asker = people.byRole('host', block.id, next.evidence);
        const reason = `Hands the floor to ${displayName(next.person.name)}, as a host does: ${quote(next.evidence)}`;
        propose(i, asker, reason, 'medium', PRIORITY.asker);
      }
    }
    if (thanked) {
      propose(
        spoken(i, -1),
        thanked.person,
        `Thanked in the next turn: ${quote(thanked.evidence)}`,
        'medium',
        PRIORITY.thanked,
      );
    }

    if (host && isGreeting(ss[0]!, t.meta.title)) {
      const evidence = clip(ss[0]!.text);
      propose(
        i,
        people.byRole('host', block.id, evidence),
        `Greets the audience: ${quote(evidence)}`,
        'medium',
        PRIORITY.greeting,
      );
    }

    const last = ss[ss.length - 1]!;
    if (host && !announced && isReportIntro(last)) {
      const j = spoken(i, 1);
      if (j >= 0) {
        const evidence = clip(last.text);
        const reporter = signedOffReporter(turns, j) ?? people.byRole('reporter', block.id, evidence);
        propose(j, reporter, `Follows a throw to a report: ${quote(evidence)}`, 'medium', PRIORITY.report);
      }
    }
  });

  // Follow-up questions carry the previous answer's speaker over, known or
  // suggested; in order, so that a chain of follow-ups carries it on.
  turns.forEach((turn, i) => {
    if (!isHostRole(turn.speaker) || !isFollowUp(turn.sentences)) return;
    const before = spoken(i, -1);
    const after = spoken(i, 1);
    if (before < 0 || after < 0 || proposals.has(after)) return;
    const previous = turns[before]!.speaker ?? proposals.get(before)?.person ?? null;
    if (!previous || previous.id === turn.speaker!.id || isHostRole(previous)) return;
    propose(
      after,
      previous,
      `Short follow-up to the previous answer: ${quote(clip(turn.sentences[0]!.text))}`,
      'medium',
      PRIORITY.followUp,
    );
  });

  const result: TurnSuggestion[] = [];
  const used = new Set<string>();
  [...proposals.entries()]
    .sort((a, b) => a[0] - b[0])
    .forEach(([i, p]) => {
      result.push({
        blockId: turns[i]!.block.id,
        speaker: p.person.target,
        reason: p.reason,
        confidence: p.confidence,
      });
      if ('candidateKey' in p.person.target) used.add(p.person.target.candidateKey);
    });
  // Generic candidates (`Host`, `Reporter`) exist only for the suggestions
  // that use them; named ones are worth showing on their own.
  const candidates = people.candidates().filter((c) => !c.key.startsWith('role:') || used.has(c.key));
  return { candidates, turns: result, roles: [...roles.values()] };
}

/// The words of a block without its sound spans (`[laughter]`, `♪`): a
/// turn of only sounds has no sentences, and the rules step over it.
function spokenText(block: Block): string {
  let text = '';
  for (const span of block.spans) text += span.sound ? ' ' : span.text;
  return text;
}

function addressReason(a: Address): string {
  const evidence = quote(a.evidence);
  switch (a.kind) {
    case 'place':
      return `Addressed by place in the previous turn: ${evidence}`;
    case 'handover':
      return `Handed the floor in the previous turn: ${evidence}`;
    default:
      return `Addressed by name in the previous turn: ${evidence}`;
  }
}

/// The reporter who signs off the package that starts at turn `from`: the
/// first reporter sign-off before a host or anchor speaks again.
function signedOffReporter(turns: readonly Turn[], from: number): Person | null {
  const end = Math.min(turns.length, from + PACKAGE_LOOKAHEAD);
  for (let j = from; j < end; j++) {
    const turn = turns[j]!;
    if (j > from && isHostRole(turn.speaker)) return null;
    const signOff = turn.intros.find((x) => x.intro.kind === 'self' && x.intro.role === 'reporter');
    if (signOff) return signOff.person;
  }
  return null;
}
