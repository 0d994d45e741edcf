/// Who may open which document: `onAuthenticate` checks the document name,
/// the token and the connection limit, and opens viewers read-only, so that
/// Hocuspocus itself refuses their updates (it answers them with a negative
/// SyncStatus and never applies them).

import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { canWrite, grants, isDocumentId, type TeamClaims } from '../core/team/claims.ts';
import type { TeamLimits } from './config.ts';
import { TeamRefusal, verifyToken } from './tokens.ts';

/// What a connection carries in its Hocuspocus context.
export interface TeamContext {
  claims: TeamClaims;
}

export class TeamAccess implements Extension {
  extensionName = 'TeamAccess';

  constructor(
    private readonly secret: string,
    private readonly limits: TeamLimits,
  ) {}

  async onAuthenticate({
    token,
    documentName,
    connectionConfig,
    instance,
  }: onAuthenticatePayload): Promise<TeamContext> {
    if (!isDocumentId(documentName))
      throw new TeamRefusal('This is not a team document name (letters, digits, - and _, 8 to 64).');
    const claims = await verifyToken(this.secret, token);
    if (!grants(claims, documentName))
      throw new TeamRefusal('This link opens another transcript, not this one.');
    const connected = instance.documents.get(documentName)?.getConnectionsCount() ?? 0;
    if (connected >= this.limits.connectionsPerDocument)
      throw new TeamRefusal(
        `This transcript already has ${connected} people connected, the most the server allows. Try again later.`,
      );
    connectionConfig.readOnly = !canWrite(claims.role);
    return { claims };
  }
}
