/// `npm run team`: starts the team server (see README, "Team server").
/// `npm run team -- invite ...`: prints a team link (invite.ts).

import { readConfig, publicServerUrl } from './config.ts';
import { INVITE_USAGE, UsageError, invite } from './invite.ts';
import { loadSecret } from './secret.ts';
import { createTeamServer } from './server.ts';
import { DATABASE_FILE } from './store.ts';

async function main(args: string[]): Promise<void> {
  const config = readConfig();
  if (args[0] === 'invite') {
    try {
      console.log(await invite(args.slice(1), config));
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      console.error(INVITE_USAGE);
      process.exitCode = error instanceof UsageError ? 2 : 1;
    }
    return;
  }
  if (args.length > 0) {
    console.error(`Unknown command: ${args.join(' ')}\n${INVITE_USAGE}`);
    process.exitCode = 2;
    return;
  }
  const secret = loadSecret(config.dataDir, config.secret);
  const { server } = createTeamServer(config, secret);
  await server.listen();
  console.log(`Team server listening on ${publicServerUrl(config)} (HTTP API on the same port)`);
  console.log(
    `Data: ${config.dataDir}/${DATABASE_FILE}${config.secret ? '' : ` (secret in ${config.dataDir}/secret)`}`,
  );
  console.log(
    config.redisUrl
      ? `Sharing documents through Redis at ${config.redisUrl}`
      : 'Single process (no REDIS_URL)',
  );
  console.log('Invite someone: npm run team -- invite <document-id|*> --role editor --name <name>');
}

await main(process.argv.slice(2));
