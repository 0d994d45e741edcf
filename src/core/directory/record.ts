import { isPersonName } from '../suggest/names.ts';
import type { CandidateSpeaker } from '../suggest/types.ts';
import type { ProgrammeMeta, Speaker } from '../transcript.ts';
import { personKey, type Appearance, type DirectoryPerson } from './person.ts';

/// The directory records a transcript gives: every roster speaker the user
/// has named (see `namedSpeakers`), with what the captions' introductions
/// say about them (affiliation, and the role when the roster has none), as
/// appearing in this programme. People the captions introduce but the user
/// never put in the roster are not recorded: the directory holds the desk's
/// own names, not the suggester's guesses.
export function recordsFromTranscript(
  speakers: readonly Speaker[],
  candidates: readonly CandidateSpeaker[],
  meta: ProgrammeMeta,
  today: string,
): DirectoryPerson[] {
  const appearance = appearanceOf(meta);
  const seen = meta.date ?? today;
  const introduced = new Map<string, CandidateSpeaker>();
  for (const c of candidates) if (!c.key.startsWith('role:')) introduced.set(personKey(c.name), c);
  const byKey = new Map<string, DirectoryPerson>();
  for (const s of speakers) {
    const name = s.name.replace(/\s+/g, ' ').trim();
    if (!isDirectoryName(name)) continue;
    const key = personKey(name);
    if (byKey.has(key)) continue;
    const intro = introduced.get(key);
    const role = s.role === 'other' && intro ? intro.role : s.role;
    byKey.set(key, {
      id: `p-${key.replace(/[^a-z0-9]+/g, '-')}`,
      name,
      role,
      ...(intro?.affiliation ? { affiliation: intro.affiliation } : {}),
      aliases: [],
      appearances: [appearance],
      firstSeen: seen,
      lastSeen: seen,
    });
  }
  return [...byKey.values()];
}

/// The programme a transcript is, as the directory tells programmes apart.
export function appearanceOf(meta: ProgrammeMeta): Appearance {
  return {
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.network ? { network: meta.network } : {}),
    ...(meta.date ? { date: meta.date } : {}),
  };
}

/// The roster speakers a user has named: a full name (two words or more),
/// or any name that is not the one the importer gave that speaker (a caption
/// prefix such as `Sami` stays out until the user confirms or changes it,
/// so that a first name in the directory never stands for two people).
export function namedSpeakers(
  speakers: readonly Speaker[],
  imported: readonly { id: string; name: string }[],
): Speaker[] {
  const importedName = new Map(imported.map((s) => [s.id, s.name]));
  return speakers.filter(
    (s) => isDirectoryName(s.name) && (s.name.trim().includes(' ') || importedName.get(s.id) !== s.name),
  );
}

/// Generic labels (`SPEAKER_00`, `Speaker 1`, `Unknown`, `S1`) and roles
/// (`Host`, `The Speaker`) are nobody's name.
export function isDirectoryName(name: string): boolean {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean || /[\d_]/.test(clean) || !isPersonName(clean)) return false;
  return !personKey(clean)
    .split(' ')
    .some((w) => GENERIC_WORDS.has(w));
}

const GENERIC_WORDS = new Set(
  (
    'unknown unidentified unnamed unclear inaudible anonymous various multiple several other others ' +
    'interviewer interviewee participant respondent moderator panelist panellist audience member ' +
    'off-camera offscreen off-screen background spk'
  ).split(' '),
);
