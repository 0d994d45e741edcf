/// Everyone a suggestion can point at: the roster's speakers and the
/// candidates the introductions add. One table answers "who is `jenny`?",
/// "who is `in moscow`?" and "who is the host?", and keeps a name that the
/// roster already has from becoming a second, duplicate candidate.

import type { Role, Speaker } from '../transcript.ts';
import type { Introduction } from './introductions.ts';
import { displayName, firstName, isPersonName } from './names.ts';
import type { CandidateSpeaker, SuggestedSpeaker } from './types.ts';

export interface Person {
  /// `speaker:s3` or `candidate:andrei lankov`: one person, however reached.
  id: string;
  target: SuggestedSpeaker;
  /// Lowercase full name.
  name: string;
  role: Role;
  /// Set for roster speakers.
  speakerId?: string;
}

/// Keys of generic candidates, for voices whose role is known and name is not.
const GENERIC_NAMES: Partial<Record<Role, string>> = { host: 'Host', reporter: 'Reporter' };

export class People {
  private readonly roster: Person[] = [];
  private readonly rosterById = new Map<string, Person>();
  private readonly candidateList: CandidateSpeaker[] = [];
  private readonly candidatePeople = new Map<string, Person>();
  private readonly rosterByName = new Map<string, Person>();
  // Lookup words: a first name or a whole name → the person, or null when
  // two people share it (then neither is suggested by it).
  private readonly byWord = new Map<string, Person | null>();
  private readonly byPlace = new Map<string, Person | null>();
  // Built on first use, once every introduction has been read.
  private mentionRe: RegExp | null | undefined;

  constructor(speakers: readonly Speaker[]) {
    for (const s of speakers) {
      const person: Person = {
        id: `speaker:${s.id}`,
        target: { speakerId: s.id },
        name: s.name.toLowerCase().replace(/\s+/g, ' ').trim(),
        role: s.role,
        speakerId: s.id,
      };
      this.roster.push(person);
      this.rosterById.set(s.id, person);
      if (!this.rosterByName.has(person.name)) this.rosterByName.set(person.name, person);
      if (isPersonName(s.name)) this.index(person);
    }
  }

  /// The person an introduction names: a roster speaker with that name (or,
  /// when the roster has only a first name, `Sami` for `sami zeidan`, and no
  /// one else shares it), else a candidate, made on first sight.
  introduce(intro: Introduction, blockId: string): Person {
    const known = this.candidatePeople.has(intro.name)
      ? undefined
      : (this.rosterByName.get(intro.name) ?? this.rosterByFirstName(intro.name));
    if (known) {
      if (intro.location) this.place(intro.location, known);
      return known;
    }
    const key = intro.name;
    let person = this.candidatePeople.get(key);
    if (!person) {
      const candidate: CandidateSpeaker = {
        key,
        name: displayName(intro.name),
        role: intro.role,
        evidence: { blockId, text: intro.evidence },
      };
      if (intro.affiliation !== undefined) candidate.affiliation = intro.affiliation;
      if (intro.location !== undefined) candidate.location = intro.location;
      this.candidateList.push(candidate);
      person = { id: `candidate:${key}`, target: { candidateKey: key }, name: key, role: intro.role };
      this.candidatePeople.set(key, person);
      this.index(person);
      this.mentionRe = undefined;
    } else {
      // Seen again (a sign-off after an introduction): fill what was missing.
      const candidate = this.candidateList.find((c) => c.key === key)!;
      if (candidate.affiliation === undefined && intro.affiliation !== undefined)
        candidate.affiliation = intro.affiliation;
      if (candidate.location === undefined && intro.location !== undefined)
        candidate.location = intro.location;
    }
    if (intro.location) this.place(intro.location, person);
    return person;
  }

  private rosterByFirstName(name: string): Person | undefined {
    const first = firstName(name);
    if (first === name) return undefined;
    const matches = this.roster.filter((p) => p.name === first && isPersonName(p.name));
    return matches.length === 1 ? matches[0] : undefined;
  }

  private index(person: Person): void {
    for (const key of new Set([person.name, firstName(person.name)])) {
      const seen = this.byWord.get(key);
      if (seen === undefined) this.byWord.set(key, person);
      else if (seen !== null && seen.id !== person.id) this.byWord.set(key, null);
    }
  }

  private place(location: string, person: Person): void {
    const seen = this.byPlace.get(location);
    if (seen === undefined) this.byPlace.set(location, person);
    else if (seen !== null && seen.id !== person.id) this.byPlace.set(location, null);
  }

  /// The one person called `word` (a first name) or `word next` (a whole
  /// name), or null.
  lookup(word: string, next?: string): Person | null {
    if (next !== undefined) {
      const whole = this.byWord.get(`${word} ${next}`);
      if (whole) return whole;
    }
    return this.byWord.get(word) ?? null;
  }

  /// True when `text` contains a word by which someone can be addressed.
  /// One scan of the text: the gate before the addressing rules look closer.
  mentions(text: string): boolean {
    if (this.mentionRe === undefined) {
      const keys = [...this.byWord.entries()].filter(([, p]) => p !== null).map(([k]) => k);
      this.mentionRe =
        keys.length === 0
          ? null
          : new RegExp(
              `(?<![\\p{L}'-])(?:${keys
                .sort((a, b) => b.length - a.length)
                .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
                .join('|')})(?![\\p{L}'-])`,
              'u',
            );
    }
    return this.mentionRe !== null && this.mentionRe.test(text);
  }

  /// Places where exactly one person was introduced, with that person.
  places(): [string, Person][] {
    const out: [string, Person][] = [];
    for (const [place, person] of this.byPlace) if (person) out.push([place, person]);
    return out;
  }

  speaker(id: string): Person | undefined {
    return this.rosterById.get(id);
  }

  /// Who fills `role` when the captions say only the role (`this report`,
  /// `welcome to the show`): the one roster speaker with it (for host, an
  /// anchor when there is no host), else (for host) the one candidate with
  /// it, else a generic candidate named after the role. Null when several
  /// qualify.
  byRole(role: 'host' | 'reporter', blockId: string, evidence: string): Person | null {
    const pick = (list: Person[]): Person | null | undefined =>
      list.length === 1 ? list[0] : list.length > 1 ? null : undefined;
    let found = pick(this.roster.filter((p) => p.role === role));
    if (found === undefined && role === 'host') found = pick(this.roster.filter((p) => p.role === 'anchor'));
    // A named host candidate (`i'm sami zeidan and this is ...`) is the
    // programme's host; reporters differ from package to package, so a
    // reporter candidate is never taken for an unnamed one.
    if (found === undefined && role === 'host')
      found = pick([...this.candidatePeople.values()].filter((p) => p.role === role));
    if (found !== undefined) return found;
    const key = `role:${role}`;
    let person = this.candidatePeople.get(key);
    if (!person) {
      this.candidateList.push({
        key,
        name: GENERIC_NAMES[role]!,
        role,
        evidence: { blockId, text: evidence },
      });
      person = { id: `candidate:${key}`, target: { candidateKey: key }, name: key, role };
      this.candidatePeople.set(key, person);
    }
    return person;
  }

  candidates(): CandidateSpeaker[] {
    return this.candidateList;
  }
}
