import { isPersonName } from '../suggest/names.ts';
import type { CandidateSpeaker } from '../suggest/types.ts';
import type { ProgrammeMeta, Speaker } from '../transcript.ts';
import { personKey, type Appearance, type DirectoryPerson } from './person.ts';

/// The directory records a transcript gives: every roster speaker with a
/// person's name, and every person its captions introduce (with what the
/// introduction said), as appearing in this programme. Roles and labels
/// (`Reporter`, `The Speaker`) are not people and are left out.
export function recordsFromTranscript(
  speakers: readonly Speaker[],
  candidates: readonly CandidateSpeaker[],
  meta: ProgrammeMeta,
  today: string,
): DirectoryPerson[] {
  const appearance: Appearance = {
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.network ? { network: meta.network } : {}),
    ...(meta.date ? { date: meta.date } : {}),
  };
  const seen = meta.date ?? today;
  const byKey = new Map<string, DirectoryPerson>();
  const add = (name: string, role: Speaker['role'], affiliation?: string) => {
    const clean = name.replace(/\s+/g, ' ').trim();
    if (!clean || !isPersonName(clean)) return;
    const key = personKey(clean);
    const known = byKey.get(key);
    if (known) {
      if (!known.affiliation && affiliation) known.affiliation = affiliation;
      return;
    }
    byKey.set(key, {
      id: `p-${key.replace(/[^a-z0-9]+/g, '-')}`,
      name: clean,
      role,
      ...(affiliation ? { affiliation } : {}),
      aliases: [],
      appearances: [appearance],
      firstSeen: seen,
      lastSeen: seen,
    });
  };
  for (const s of speakers) add(s.name, s.role);
  for (const c of candidates) if (!c.key.startsWith('role:')) add(c.name, c.role, c.affiliation);
  return [...byKey.values()];
}
