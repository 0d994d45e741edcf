import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../core/format/document.ts';

// The CLI runs as a user would run it: a child process through tsx.
const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'tests/fixtures/cli');
const work = mkdtempSync(join(tmpdir(), 'caption-desk-convert-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function convert(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync('npx', ['tsx', 'src/cli/convert.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const archive = join(fixtures, 'inside-story.txt');
const damaged = join(fixtures, 'damaged.json');
const notOurs = join(fixtures, 'not-ours.json');

describe('npm run convert', { timeout: 60_000 }, () => {
  it('prints usage for --help and exits 2 on bad usage', () => {
    const help = convert('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: npm run convert -- <input...> --to json|txt');

    const none = convert('--to', 'txt');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('convert: no input files');

    const badMode = convert(archive, '--to', 'txt', '--timestamps', 'sometimes');
    expect(badMode.status).toBe(2);
    expect(badMode.stderr).toContain('--timestamps must be one of none, clock, offset, not "sometimes"');
  });

  it('converts Archive caption text to a Caption Desk file on stdout', () => {
    const run = convert(archive, '--to', 'json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const opened = parseDocument(run.stdout);
    if (!opened.ok) throw new Error(opened.message);
    const words = opened.transcript.blocks.flatMap((b) => b.spans.map((s) => s.text)).join('');
    expect(words).toContain('north korea and russia');
    expect(words).toContain('markets fell sharply');
    expect(opened.transcript.meta.source).toBe('inside-story.txt');
  });

  it('exports clean text with timestamps, and json -> txt matches txt directly', () => {
    const direct = convert(archive, '--to', 'txt', '--timestamps', 'clock');
    expect(direct.status).toBe(0);
    expect(direct.stdout).toMatch(/^\[5:30 am\] /);
    expect(direct.stdout).toContain('north korea and russia');
    expect(direct.stdout).toContain('\n\n* * *\n\n');
    expect(direct.stdout).not.toContain('Uploaded by TV Archive');

    const saved = join(work, 'inside-story.json');
    expect(convert(archive, '-o', saved).status).toBe(0);
    const again = convert(saved, '--to', 'txt', '--timestamps', 'clock');
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(direct.stdout);
  });

  it('fails a damaged file with the message on stderr and exit 1', () => {
    const run = convert(damaged, '--to', 'txt');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'The transcript is damaged: blocks[0].speakerId "s9" is not in the speaker list.',
    );
  });

  it('converts a batch into a folder, keeps going past bad files and lists every failure', () => {
    const truncated = join(work, 'truncated.json');
    writeFileSync(truncated, '{\n  "format": "caption-desk",\n  "version": 1,');
    const latin1 = join(work, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])); // "café" in Latin-1
    const out = join(work, 'batch');

    const inputs = [archive, damaged, notOurs, truncated, latin1, join(work, 'missing.txt')];
    const run = convert(...inputs, '--to', 'txt', '-o', out);
    expect(run.status).toBe(1);
    expect(readFileSync(join(out, 'inside-story.txt'), 'utf8')).toContain('north korea and russia');
    expect(existsSync(join(out, 'damaged.txt'))).toBe(false);
    expect(run.stderr).toContain(`[1/6] ${archive} -> ${join(out, 'inside-story.txt')}`);

    const summary = run.stderr.slice(run.stderr.indexOf('5 of 6 files failed:'));
    expect(summary.split('\n').slice(0, 6)).toEqual([
      '5 of 6 files failed:',
      `  ${damaged}: The transcript is damaged: blocks[0].speakerId "s9" is not in the speaker list.`,
      `  ${notOurs}: This JSON file is not a Caption Desk transcript (missing "format": "caption-desk").`,
      `  ${truncated}: This file is not JSON (unexpected end at line 3, column 16).`,
      `  ${latin1}: This file is not valid UTF-8 text. Save it as UTF-8 and open it again.`,
      expect.stringContaining(`  ${join(work, 'missing.txt')}: Cannot read this file (ENOENT`),
    ]);
  });

  it('never overwrites an input file', () => {
    const folder = join(work, 'in-place');
    expect(convert(archive, '--to', 'json', '-o', `${folder}/`).status).toBe(0);
    const input = join(folder, 'inside-story.json');
    const before = readFileSync(input, 'utf8');
    const run = convert(input, '--to', 'json', '-o', folder);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('is one of the inputs');
    expect(readFileSync(input, 'utf8')).toBe(before);
  });
});
