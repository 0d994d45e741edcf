/// Team tokens: HS256 JWTs carrying `TeamClaims`, signed with the server's
/// secret. A refused token says why in words a person can act on, because the
/// reason travels to the client and is shown there.

import { SignJWT, errors, jwtVerify } from 'jose';
import { EVERY_DOCUMENT, isDocumentId, isTeamRole, type TeamClaims } from '../core/team/claims.ts';

export const DAY_SECONDS = 24 * 60 * 60;

/// A refusal with a reason for the person (`reason` is what Hocuspocus sends
/// to the client as the permission-denied message).
export class TeamRefusal extends Error {
  readonly reason: string;
  constructor(reason: string) {
    super(reason);
    this.reason = reason;
  }
}

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export interface MintRequest {
  doc: string;
  role: TeamClaims['role'];
  name: string;
  /// Days the token is valid; default 30.
  days?: number;
}

export function mintToken(secret: string, request: MintRequest): Promise<string> {
  const days = request.days ?? 30;
  const exp = Math.floor(Date.now() / 1000) + Math.round(days * DAY_SECONDS);
  return signClaims(secret, { doc: request.doc, role: request.role, name: request.name, exp });
}

/// Signs claims as they are (tests use it for expired tokens).
export function signClaims(secret: string, claims: TeamClaims): Promise<string> {
  return new SignJWT({ doc: claims.doc, role: claims.role, name: claims.name })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt()
    .setExpirationTime(claims.exp)
    .sign(key(secret));
}

/// The claims of a valid token, or a `TeamRefusal` saying what is wrong.
export async function verifyToken(secret: string, token: string | null | undefined): Promise<TeamClaims> {
  if (!token) throw new TeamRefusal('No access token: open the transcript from a team link.');
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key(secret), { algorithms: ['HS256'] }));
  } catch (error) {
    throw new TeamRefusal(refusalFor(error));
  }
  const { doc, role, name, exp } = payload;
  if (
    typeof doc !== 'string' ||
    !(doc === EVERY_DOCUMENT || isDocumentId(doc)) ||
    !isTeamRole(role) ||
    typeof name !== 'string' ||
    typeof exp !== 'number'
  ) {
    throw new TeamRefusal('This link’s token is not a team token: ask for a new link.');
  }
  return { doc, role, name, exp };
}

function refusalFor(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'This link has expired: ask for a new one.';
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return 'This link was not issued by this team server (its signature does not match).';
  return 'This link’s token is damaged or incomplete: copy the whole link again.';
}
