/// `npm run team -- invite <document-id|*> --role editor|viewer --name Maya [--days 30]`:
/// prints a team link signed with the server's secret.

import { parseArgs } from 'node:util';
import { EVERY_DOCUMENT, isDocumentId, isTeamRole } from '../core/team/claims.ts';
import { buildTeamLink } from '../core/team/link.ts';
import { publicServerUrl, type TeamConfig } from './config.ts';
import { loadSecret } from './secret.ts';
import { mintToken } from './tokens.ts';

export const INVITE_USAGE = `Usage: npm run team -- invite <document-id|*> --role editor|viewer --name <name> [--days 30]

Prints a link that opens the document (or, with *, the team library and every
document) for one person. Signed with the server's secret, so run it with the
same TEAM_DATA or TEAM_SECRET as the server.`;

export async function invite(args: string[], config: TeamConfig): Promise<string> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      role: { type: 'string', default: 'editor' },
      name: { type: 'string' },
      days: { type: 'string', default: '30' },
    },
  });
  const doc = positionals[0];
  const days = Number(values.days);
  if (positionals.length !== 1 || !doc || !(doc === EVERY_DOCUMENT || isDocumentId(doc)))
    throw new UsageError('Give one document id (letters, digits, - and _, 8 to 64) or *.');
  if (!isTeamRole(values.role)) throw new UsageError('--role must be editor or viewer.');
  if (!values.name) throw new UsageError('--name is required: colleagues see it beside the caret.');
  if (!(days > 0)) throw new UsageError('--days must be a positive number.');
  const secret = loadSecret(config.dataDir, config.secret);
  const token = await mintToken(secret, { doc, role: values.role, name: values.name, days });
  return buildTeamLink(config.appUrl, { server: publicServerUrl(config), doc, token });
}

export class UsageError extends Error {}
