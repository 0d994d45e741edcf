/// TV News Archive page addresses: `https://archive.org/details/<id>`, with
/// or without a clip (`/start/<s>/end/<e>`), and the clip link of a turn.

export interface ArchiveAddress {
  identifier: string;
  start?: number;
  end?: number;
}

const ADDRESS_RE =
  /^https?:\/\/(?:www\.)?archive\.org\/details\/([A-Za-z0-9][A-Za-z0-9._-]{2,99})(?:\/start\/(\d+(?:\.\d+)?)\/end\/(\d+(?:\.\d+)?))?\/?(?:[?#].*)?$/;

/// The identifier (and clip) of an Archive page address; null for any other
/// text, so a user's paste is checked before it is kept.
export function parseArchiveAddress(text: string): ArchiveAddress | null {
  const m = ADDRESS_RE.exec(text.trim());
  if (!m) return null;
  const address: ArchiveAddress = { identifier: m[1]! };
  if (m[2] !== undefined && m[3] !== undefined) {
    address.start = Number(m[2]);
    address.end = Number(m[3]);
  }
  return address;
}

/// A clip link for seconds `start` to `end` of the programme. Whole seconds,
/// widened outwards so the clip always holds the quoted words.
export function clipAddress(identifier: string, start: number, end: number): string {
  const from = Math.max(0, Math.floor(start));
  const to = Math.max(from + 1, Math.ceil(end));
  return `https://archive.org/details/${encodeURIComponent(identifier)}/start/${from}/end/${to}`;
}
