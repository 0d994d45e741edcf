import type { Role } from '../core/transcript.ts';

/// Colours that stay distinct from each other and readable (at least 4.5:1
/// against white) as text; speakers without a chosen colour take them in
/// roster order.
export const SPEAKER_PALETTE = [
  '#1f5fbf',
  '#b0421b',
  '#2d7a32',
  '#8a3ab9',
  '#a3331f',
  '#0f6e75',
  '#8a5a00',
  '#b0266b',
  '#4a5a6a',
  '#5b4bb7',
];

/// A speaker's colour: the chosen one, or the palette's for its number
/// (`core/speakerNumbers.ts`), so it stays when others leave the roster.
export function speakerColor(speaker: { color?: string }, number: number): string {
  return speaker.color ?? SPEAKER_PALETTE[(number - 1) % SPEAKER_PALETTE.length]!;
}

export const ROLE_LABELS: Record<string, string> = {
  host: 'host',
  anchor: 'anchor',
  guest: 'guest',
  reporter: 'reporter',
  interviewee: 'interviewee',
  narrator: 'narrator',
  other: 'other',
} satisfies Record<Role, string>;
