import type { ProgrammeMeta } from '../transcript';
import { channelsFor } from './channels';
import { AMBIGUOUS_ZONES, zoneOffset } from './zones';

/// A TV News Archive item identifier proposed from a programme header:
/// `<CHANNEL>_<YYYYMMDD>_<HHMMSS>_<Title>`, the date and time being the UTC
/// start (`LINKTV_20230919_123000_France_24` for `France 24 LINKTV
/// September 19, 2023 5:30am PDT`).
export type IdentifierProposal =
  | {
      identifier: string;
      /// False when a part was guessed; `doubts` says which, for the user.
      certain: boolean;
      doubts: string[];
    }
  | { identifier: null; reason: string };

const PACIFIC = new Set(['PST', 'PDT']);

export function proposeArchiveIdentifier(meta: ProgrammeMeta): IdentifierProposal {
  if (!meta.date || meta.startClock === undefined) {
    return { identifier: null, reason: 'The header has no date and start time.' };
  }
  const offset = zoneOffset(meta.timeZone);
  if (offset === null) {
    return {
      identifier: null,
      reason: meta.timeZone
        ? `The time zone ${meta.timeZone} is not one the Archive uses, so the UTC start is unknown.`
        : 'The header has no time zone, so the UTC start is unknown.',
    };
  }
  const doubts: string[] = [];
  let channel = meta.channel;
  if (!channel) {
    const choice = channelsFor(meta.network);
    if (!choice) {
      return {
        identifier: null,
        reason: meta.network
          ? `The Archive channel for ${meta.network} is not known.`
          : 'The header names no network.',
      };
    }
    channel = pickChannel(choice.codes, meta.timeZone);
    const others = choice.codes.filter((c) => c !== channel);
    if (others.length > 0) {
      doubts.push(
        `${meta.network} could also be channel ${others.join(' or ')}${choice.note ? `; ${choice.note}` : ''}.`,
      );
    } else if (choice.note) doubts.push(`${channel} is assumed: ${choice.note}.`);
  }
  if (AMBIGUOUS_ZONES.has((meta.timeZone ?? '').toUpperCase())) {
    doubts.push(`${meta.timeZone} can mean two time zones; the Archive's meaning is assumed.`);
  }
  const utc = utcStart(meta.date, meta.startClock, offset);
  if (!utc) return { identifier: null, reason: `The date ${meta.date} is not a calendar date.` };
  const title = identifierTitle(meta.title);
  const identifier = [channel, utc, ...(title ? [title] : [])].join('_');
  return { identifier, certain: doubts.length === 0, doubts };
}

/// `W` feeds are the West Coast recordings, shown in Pacific time; the
/// same network shown in Eastern time is its main feed.
function pickChannel(codes: readonly string[], zone: string | undefined): string {
  const west = codes.find((c) => c.endsWith('W'));
  const main = codes.find((c) => !c.endsWith('W'));
  if (west && main) return PACIFIC.has((zone ?? '').toUpperCase()) ? west : main;
  return codes[0]!;
}

/// `YYYYMMDD_HHMMSS` of the UTC start, or null for an impossible date.
export function utcStart(date: string, startClock: number, offsetMinutes: number): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const local = new Date(Date.UTC(y, mo - 1, d));
  if (local.getUTCFullYear() !== y || local.getUTCMonth() !== mo - 1 || local.getUTCDate() !== d) return null;
  const at = new Date(Date.UTC(y, mo - 1, d, 0, startClock - offsetMinutes));
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}_` +
    `${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}00`
  );
}

/// The title part: words joined by underscores, keeping letters and digits
/// (`Inside Story` -> `Inside_Story`, `The O'Reilly Factor` ->
/// `The_OReilly_Factor`); none for an untitled programme.
function identifierTitle(title: string | undefined): string {
  if (!title || /^\[untitled\]$/i.test(title.trim())) return '';
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9\s]/g, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .join('_');
}
