/// What a team token grants. Tokens are HMAC-signed JWTs (HS256) minted by the
/// team server with its secret; the client never verifies them (it has no
/// secret) and reads them only to show the user's own name and role.

export type TeamRole = 'editor' | 'viewer';

/// The document a token opens: a document id, or `*` for a desk token that
/// opens, lists and creates every document on the server.
export const EVERY_DOCUMENT = '*';

export interface TeamClaims {
  /// A document id (`isDocumentId`) or `EVERY_DOCUMENT`.
  doc: string;
  role: TeamRole;
  /// The display name colleagues see beside this person's caret.
  name: string;
  /// Expiry, seconds since the epoch (the JWT `exp` claim).
  exp: number;
}

export const TEAM_ROLES: readonly TeamRole[] = ['editor', 'viewer'];

export function isTeamRole(value: unknown): value is TeamRole {
  return value === 'editor' || value === 'viewer';
}

export function canWrite(role: TeamRole): boolean {
  return role === 'editor';
}

/// Document ids are URL-safe so they travel in links and Hocuspocus document
/// names unescaped; the server refuses any other name.
export function isDocumentId(value: string): boolean {
  return /^[A-Za-z0-9_-]{8,64}$/.test(value);
}

/// Whether claims open a given document.
export function grants(claims: Pick<TeamClaims, 'doc'>, documentId: string): boolean {
  return claims.doc === EVERY_DOCUMENT || claims.doc === documentId;
}
