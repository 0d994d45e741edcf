import { isTeamRole, type TeamClaims } from '../../core/team/claims.ts';

/// What a team token says about its holder (role, name, document), read
/// without checking the signature: the client has no secret, and the server
/// checks every connection. Null when the token is not a readable JWT.
export function readTokenClaims(token: string): TeamClaims | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const value = JSON.parse(json) as Partial<TeamClaims>;
    if (!isTeamRole(value.role) || typeof value.doc !== 'string') return null;
    return {
      doc: value.doc,
      role: value.role,
      name: typeof value.name === 'string' ? value.name : '',
      exp: typeof value.exp === 'number' ? value.exp : 0,
    };
  } catch {
    return null;
  }
}
