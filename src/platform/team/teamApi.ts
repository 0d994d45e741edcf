import { isDocumentId } from '../../core/team/claims.ts';
import type { LibraryEntry } from '../../core/team/library.ts';
import { parseTeamLink, teamHttpUrl, type TeamLink } from '../../core/team/link.ts';

/// The team server's HTTP API, as the app asks it: the library a token sees,
/// and links for a document being shared. Nothing here runs until the user
/// shares or opens a team link.

/// A failure with a message for the user (the server's own, when it gave one).
export class TeamApiError extends Error {}

async function call<T>(server: string, path: string, token: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(teamHttpUrl(server, path), {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new TeamApiError(`The team server at ${server} does not answer.`);
  }
  const json = (await response.json().catch(() => null)) as { error?: unknown } | null;
  if (!response.ok) {
    const reason = typeof json?.error === 'string' ? json.error : `it answered ${response.status}`;
    throw new TeamApiError(`The team server refused: ${reason}`);
  }
  return json as T;
}

/// The documents this token opens, newest change first. Every field is
/// checked: the answer comes from the network and is shown as text only.
export async function fetchLibrary(server: string, token: string): Promise<LibraryEntry[]> {
  const entries = await call<unknown>(server, '/api/library', token);
  if (!Array.isArray(entries)) throw new TeamApiError('The team server sent a library that is not a list.');
  return entries.filter((e): e is LibraryEntry => isEntry(e)).sort((a, b) => b.updatedAt - a.updatedAt);
}

/// Tokens for a document being shared: one that edits and one that reads.
export async function shareTokens(
  server: string,
  token: string,
  doc: string,
  name?: string,
): Promise<{ editor: string; viewer: string }> {
  const tokens = await call<{ editor?: unknown; viewer?: unknown }>(server, '/api/share', token, {
    doc,
    ...(name ? { name } : {}),
  });
  if (typeof tokens?.editor !== 'string' || typeof tokens.viewer !== 'string') {
    throw new TeamApiError('The team server sent no links.');
  }
  return { editor: tokens.editor, viewer: tokens.viewer };
}

/// A new document id: 16 URL-safe random characters.
export function newDocumentId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const id = Array.from(bytes, (b) => alphabet[b & 63]).join('');
  if (!isDocumentId(id)) throw new Error('document id');
  return id;
}

const DESK_KEY = 'caption-desk:team-desk';

/// The desk link (a server and a token that opens every document) this
/// browser remembers, only when the user asked it to.
export function rememberedDesk(): TeamLink | null {
  try {
    return parseTeamLink(localStorage.getItem(DESK_KEY) ?? '');
  } catch {
    return null;
  }
}

export function rememberDesk(link: TeamLink | null): void {
  try {
    if (link)
      localStorage.setItem(
        DESK_KEY,
        `#${new URLSearchParams({ team: link.server, doc: link.doc, token: link.token })}`,
      );
    else localStorage.removeItem(DESK_KEY);
  } catch {
    // Storage refused (private mode): nothing is remembered.
  }
}

function isEntry(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const x = e as Record<string, unknown>;
  const p = x['progress'] as Record<string, unknown> | undefined;
  return (
    typeof x['doc'] === 'string' &&
    isDocumentId(x['doc']) &&
    typeof x['title'] === 'string' &&
    typeof x['network'] === 'string' &&
    typeof x['date'] === 'string' &&
    Array.isArray(x['present']) &&
    x['present'].every((n) => typeof n === 'string') &&
    typeof x['updatedAt'] === 'number' &&
    typeof p === 'object' &&
    p !== null &&
    ['turns', 'reviewed', 'openGaps', 'unassigned'].every((k) => typeof p[k] === 'number')
  );
}
