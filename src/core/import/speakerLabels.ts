/// Speaker rosters for importers of formats that label speakers: machine
/// labels (`SPEAKER_00`, `spk_0`, `A`, `0`, `Speaker 1`) become "Speaker 1",
/// "Speaker 2", ... in order of first appearance, ready to rename; names
/// (`Roger Bingham`, `JOHN SMITH`) keep their name, title-cased when written
/// in capitals. Every entry gets role `other`.

import { LIMITS } from '../format/schema.ts';
import { SPEAKER_PREFIX, importedId } from '../ids.ts';
import type { Speaker } from '../transcript.ts';
import { titleCase } from './captions/archive.ts';

// Labels that number or letter a voice rather than name it: `SPEAKER_00`,
// `speaker 1`, `Speaker A`, `spk_0`, `spkr2`, `S1`, `0`, and the BBC's
// `F_S12` / `M_S3` (gender and number). Single capitals (`A`) are checked
// apart, case-sensitively.
const GENERIC_LABEL_RE =
  /^(?:(?:speaker|spk|spkr|s)[ _-]?\d{1,4}|speaker[ _-]?[a-z]|\d{1,4}|[fmu]_s\d{1,4})$/i;

/// True for a label that numbers or letters a voice (`SPEAKER_00`, `spk_0`,
/// `A`, `0`, `Speaker 1`), false for a name. A single letter counts only as
/// a capital (`A`, `B`), as diarization services write them.
export function isGenericLabel(label: string): boolean {
  const t = label.trim();
  return /^[A-Z]$/.test(t) || GENERIC_LABEL_RE.test(t);
}

/// How a roster treats a label: `auto` decides with `isGenericLabel`;
/// `generic` for formats whose labels are always machine labels (AssemblyAI
/// letters, Deepgram numbers, pyannote ids).
export type LabelKind = 'auto' | 'generic';

/// The display form of a personal name: whitespace collapsed, title-cased
/// when it has no lowercase letter and every word is letters (`JOHN SMITH` →
/// `John Smith`; `FEE016` stays), cut to the longest name a file may hold.
export function displayName(label: string): string {
  let name = label.replace(/\s+/g, ' ').trim();
  if (
    !/\p{Ll}/u.test(name) &&
    /^[\p{L}\p{M}'’.-]+(?: [\p{L}\p{M}'’.-]+)*$/u.test(name) &&
    /\p{Lu}.*\p{Lu}/u.test(name)
  ) {
    name = titleCase(name);
  }
  return name.length > LIMITS.name ? name.slice(0, LIMITS.name).trimEnd() : name;
}

export interface RosterOptions {
  /// Speakers already in the document: their ids are not handed out again,
  /// their names are matched by name labels, and "Speaker N" numbering skips
  /// the names they use.
  existing?: readonly Speaker[];
}

/// Hands out speaker ids for labels, building the roster as it goes.
export class SpeakerRoster {
  /// New speakers, in order of first appearance.
  readonly speakers: Speaker[] = [];
  private readonly byKey = new Map<string, string>();
  private readonly takenIds = new Set<string>();
  private readonly takenNames = new Set<string>();
  private nextId = 0;
  private nextNumber = 0;
  private readonly existingCount: number;

  constructor(options: RosterOptions = {}) {
    const existing = options.existing ?? [];
    this.existingCount = existing.length;
    for (const speaker of existing) {
      this.takenIds.add(speaker.id);
      this.takenNames.add(speaker.name.toLowerCase());
      const key = `n:${speaker.name.replace(/\s+/g, ' ').trim().toLowerCase()}`;
      if (!this.byKey.has(key)) this.byKey.set(key, speaker.id);
    }
  }

  /// The speaker id for `label`, adding a roster entry on first use; null
  /// for a missing or blank label (the block stays unassigned), and once
  /// the roster is as large as a file may hold.
  id(label: string | number | null | undefined, kind: LabelKind = 'auto'): string | null {
    if (label === null || label === undefined) return null;
    // Most calls repeat a label just seen (a speaker's next word or cue).
    if (label === this.lastLabel && kind === this.lastKind) return this.lastId;
    const id = this.lookUp(label, kind);
    this.lastLabel = label;
    this.lastKind = kind;
    this.lastId = id;
    return id;
  }

  private lastLabel: string | number | undefined;
  private lastKind: LabelKind | undefined;
  private lastId: string | null = null;

  private lookUp(label: string | number, kind: LabelKind): string | null {
    const text = (typeof label === 'number' ? String(label) : label).replace(/\s+/g, ' ').trim();
    if (text === '') return null;
    const generic = kind === 'generic' || isGenericLabel(text);
    const key = `${generic ? 'g' : 'n'}:${text.toLowerCase()}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    if (this.speakers.length + this.existingCount >= LIMITS.speakers) return null;
    const id = this.freshId();
    const name = generic ? this.freshNumberedName() : displayName(text);
    this.speakers.push({ id, name, role: 'other' });
    this.takenNames.add(name.toLowerCase());
    this.byKey.set(key, id);
    return id;
  }

  private freshId(): string {
    let id: string;
    do id = importedId(SPEAKER_PREFIX, ++this.nextId);
    while (this.takenIds.has(id));
    this.takenIds.add(id);
    return id;
  }

  private freshNumberedName(): string {
    let name: string;
    do name = `Speaker ${++this.nextNumber}`;
    while (this.takenNames.has(name.toLowerCase()));
    return name;
  }
}
