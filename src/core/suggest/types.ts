/// What `suggestSpeakers` hands to the UI. Suggestions are advice shown next
/// to a turn; nothing here changes the transcript. Every suggestion carries
/// the caption text it rests on, so a user can judge it at a glance.

import type { Role } from '../transcript.ts';

/// Where a suggestion or candidate came from: the block and the few words
/// that gave it away (trimmed, as the captions have them: lowercase).
export interface Evidence {
  blockId: string;
  text: string;
}

/// A person the captions name but the roster does not have yet. A user
/// accepts one by adding it to the roster (name, role) and then assigning.
export interface CandidateSpeaker {
  /// Stable within one run: the lowercase name (`andrei lankov`), or
  /// `role:host` / `role:reporter` for a voice whose role is known and name
  /// is not (the importer names such speakers `Host`, `Reporter` too).
  key: string;
  /// Title case, as the importer writes names: `Andrei Lankov`.
  name: string;
  role: Role;
  /// What the introduction said after the name: `director of the ...`.
  affiliation?: string;
  /// Where the introduction placed them (`in moscow, andrey baklanov, ...`),
  /// lowercase; lets a later `our guest in moscow` point at them.
  location?: string;
  evidence: Evidence;
}

export type SuggestedSpeaker = { speakerId: string } | { candidateKey: string };

export type Confidence = 'high' | 'medium';

/// A suggested speaker for one unassigned block (speakerId null). At most
/// one per block; blocks without a suggestion are simply absent.
export interface TurnSuggestion {
  blockId: string;
  speaker: SuggestedSpeaker;
  /// Short, shown to the user: `Addressed by name in the previous turn: "jenny, what has brought…"`.
  reason: string;
  confidence: Confidence;
}

/// A role the captions suggest for a roster speaker whose role says
/// otherwise (the importer can only guess roles from prefix counts).
export interface RoleSuggestion {
  speakerId: string;
  role: Role;
  reason: string;
}

export interface Suggestions {
  candidates: CandidateSpeaker[];
  turns: TurnSuggestion[];
  roles: RoleSuggestion[];
}
