import { execFile } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseTeamLink } from '../../src/core/team/link.ts';
import { verifyToken } from '../../src/server/tokens.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const run = promisify(execFile);

function team(args: string[], env: Record<string, string>) {
  return run(process.execPath, ['--import', 'tsx', 'src/server/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
  });
}

describe('npm run team -- invite', { timeout: 30_000 }, () => {
  const env = {
    TEAM_SECRET: 'invite-test-secret',
    TEAM_PORT: '4555',
    TEAM_APP_URL: 'https://desk.example/app/',
  };

  it('prints a link to the app that opens the document with a token signed by the server’s secret', async () => {
    const { stdout } = await team(
      ['invite', 'evening-talk', '--role', 'viewer', '--name', 'Maya', '--days', '3'],
      env,
    );
    const url = stdout.trim();
    expect(url.startsWith('https://desk.example/app/#team=')).toBe(true);
    const link = parseTeamLink(url)!;
    expect(link).toMatchObject({ server: 'ws://127.0.0.1:4555', doc: 'evening-talk' });
    const claims = await verifyToken('invite-test-secret', link.token);
    expect(claims).toMatchObject({ doc: 'evening-talk', role: 'viewer', name: 'Maya' });
    expect(claims.exp - Date.now() / 1000).toBeGreaterThan(2.9 * 86_400);
    await expect(verifyToken('another-secret', link.token)).rejects.toThrow(/not issued/);
  });

  it('refuses a bad role or document with a usage message and exit code 2', async () => {
    await expect(
      team(['invite', 'evening-talk', '--role', 'owner', '--name', 'M'], env),
    ).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--role must be editor or viewer/),
    });
    await expect(team(['invite', '../x', '--name', 'M'], env)).rejects.toMatchObject({ code: 2 });
  });
});
