/// Whom a turn talks to. A host hands the floor over by name (`jenny, what
/// has brought ...?`, `let's give jenny an opportunity ...`) or by place
/// (`in moscow, is this ...?`, `our guest in moscow`), and thanks whoever
/// just spoke (`thank you, daniel.`). The first points at the next turn, the
/// second at the previous one.
///
/// A name counts only in the positions of direct address — starting a
/// sentence before a comma, set off by commas inside a question, or after a
/// handover verb — never in running text (`as jenny said`), and never in a
/// sentence that introduces the person (`andrei lankov, director of ...` is
/// not spoken to him).

import type { People, Person } from './people.ts';
import { type Sentence, words, type Word } from './text.ts';
import { clip } from './introductions.ts';

export type AddressKind = 'name' | 'handover' | 'place' | 'thanks';

export interface Address {
  person: Person;
  kind: AddressKind;
  /// Addressed at the start of a sentence that is, or is followed by, a question.
  strong: boolean;
  /// The sentence that addresses them, clipped.
  evidence: string;
}

export interface TurnAddresses {
  /// The last hand-over in the turn: who is expected to speak next.
  next: Address | null;
  /// Who is thanked at the start of the turn: who spoke before.
  thanked: Address | null;
}

// Words that may come before a sentence-initial vocative: `so, jenny, ...`, `and jenny, ...`.
const DISCOURSE = new Set([
  'and',
  'so',
  'now',
  'well',
  'ok',
  'okay',
  'right',
  'alright',
  'first',
  'but',
  'then',
]);

// The one or two words before a name that hand the floor to it.
const HANDOVER_1 = new Set(['give', 'ask', 'bring', 'hear']);
const HANDOVER_2 = new Set([
  'go to',
  'turn to',
  'come to',
  'bring in',
  'over to',
  'back to',
  'start with',
  'begin with',
  'move to',
  'that to',
  'this to',
  'it to',
  'hear from',
]);

// `thank you, jenny`, `thanks very much, jenny town`.
const THANKS_RE =
  /^(?:(?:and|well|ok|okay|so|right) )?(?:thank you|thanks)(?: (?:very|so) much| indeed| again| both| for that)?$/;

/// A sentence-initial place (`in moscow, is this ...`), or one that names a
/// guest by where they are (`our guest in moscow`, `let's go to moscow`).
function placePatterns(place: string): { start: RegExp; inside: RegExp } {
  const p = place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    start: new RegExp(`^(?:(?:and|now|so|well|ok|let me go|let's go) )?(?:in|to|over to) ${p},`),
    inside: new RegExp(
      `\\b(?:(?:guests?|you|panelists?|colleague|friend)(?: there)? in|(?:go|turn|come|over|back) to) ${p}\\b`,
    ),
  };
}

export class AddressReader {
  private readonly places: { place: string; person: Person; start: RegExp; inside: RegExp }[];

  constructor(private readonly people: People) {
    this.places = people.places().map(([place, person]) => ({ place, person, ...placePatterns(place) }));
  }

  /// Reads a turn (`text`, normalised, cut into `sentences`) spoken by
  /// `self` (a person, or null when unknown). `skip` holds indices of
  /// sentences that introduce people.
  read(
    text: string,
    sentences: readonly Sentence[],
    self: Person | null,
    skip: ReadonlySet<number>,
  ): TurnAddresses {
    let next: Address | null = null;
    let thanked: Address | null = null;
    // Most turns name nobody: one scan of the turn decides.
    const names = this.people.mentions(text);
    const places = this.places.filter((p) => text.includes(p.place));
    if (!names && places.length === 0) return { next, thanked };

    sentences.forEach((s, i) => {
      if (skip.has(i)) return;
      const ws = names && this.people.mentions(s.text) ? words(s.text) : [];
      const evidence = clip(s.text);
      // A hand-over is strong when it is, or leads straight into, a question.
      const questionAfter = s.end === '?' || sentences[i + 1]?.end === '?';
      const found = (person: Person | null, kind: AddressKind, strong: boolean): void => {
        if (!person || (self && person.id === self.id)) return;
        if (kind === 'thanks') {
          if (i <= 1 && !thanked) thanked = { person, kind, strong, evidence };
          return;
        }
        next = { person, kind, strong, evidence };
      };

      for (let k = 0; k < ws.length; k++) {
        const w = ws[k]!;
        const nextWord = ws[k + 1];
        const person = this.people.lookup(w.text, nextWord?.text);
        if (!person) continue;
        const whole = nextWord !== undefined && person.name === `${w.text} ${nextWord.text}`;
        const last: Word = whole ? nextWord : w; // the name's last word
        const end = whole ? k + 1 : k;
        const prev = ws[k - 1];
        const lead = ws
          .slice(0, k)
          .map((x) => x.text)
          .join(' ');

        if (THANKS_RE.test(lead) && (prev?.after === ',' || prev?.after === '')) {
          found(person, 'thanks', false);
        } else if (
          (k === 0 || (k === 1 && DISCOURSE.has(prev!.text) && prev!.after === ',')) &&
          (last.after.startsWith(',') || (end === ws.length - 1 && s.end === '?'))
        ) {
          // `jenny, thank you.` thanks; any other `jenny, ...` hands over.
          const rest = ws
            .slice(end + 1, end + 3)
            .map((x) => x.text)
            .join(' ');
          if (/^(?:thank you|thanks)\b/.test(rest)) found(person, 'thanks', false);
          else found(person, 'name', questionAfter);
        } else if (prev?.after === ',' && (end === ws.length - 1 || last.after.startsWith(','))) {
          // `what do you think, jenny?`, `and you, jenny, do you agree?`,
          // `over to you, jenny.` A statement's closing `, ruth abernathy`
          // is more often an apposition (`the mayor, ruth abernathy.`).
          if (s.end === '?' || prev.text === 'you') found(person, 'name', s.end === '?');
        } else if (prev && prev.after === '') {
          const one = prev.text;
          const two = k >= 2 && ws[k - 2]!.after === '' ? `${ws[k - 2]!.text} ${one}` : '';
          if (HANDOVER_1.has(one) || HANDOVER_2.has(two)) found(person, 'handover', false);
        }
        if (whole) k++;
      }

      for (const place of places) {
        if (place.start.test(s.text)) found(place.person, 'place', questionAfter);
        else if (place.inside.test(s.text)) found(place.person, 'place', false);
      }
    });
    return { next, thanked };
  }
}
