import type { SourceLink } from '../transcript.ts';
import { clipAddress, parseArchiveAddress } from './archiveAddress.ts';

/// The Archive identifier of a source, when it is an Archive page.
export function archiveIdentifier(link: SourceLink | undefined): string | null {
  return link ? (parseArchiveAddress(link.address)?.identifier ?? null) : null;
}

/// The link to seconds `start` to `end` of the programme: an Archive clip
/// (`/start/<s>/end/<e>`, whole seconds holding the words), or for any other
/// address a media fragment (`#t=<s>,<e>`, which players and browsers read).
/// Undefined without a source, or for an address that is not http(s): a
/// link is only ever built, never fetched, and must be safe to click.
export function turnLink(link: SourceLink | undefined, start: number, end: number): string | undefined {
  if (!link) return undefined;
  const offset = link.offset ?? 0;
  const identifier = archiveIdentifier(link);
  if (identifier) return clipAddress(identifier, offset + start, offset + end);
  const address = webAddress(link.address);
  if (!address) return undefined;
  const from = Math.max(0, Math.floor(offset + start));
  const to = Math.max(from + 1, Math.ceil(offset + end));
  return `${address.replace(/#.*$/, '')}#t=${from},${to}`;
}

/// An http(s) address with nothing in it that could break out of a link
/// (spaces, quotes, angle brackets), else null.
export function webAddress(text: string): string | null {
  const address = text.trim();
  return /^https?:\/\/[^\s"'<>\\`]+$/i.test(address) ? address : null;
}
