import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exportTranscript } from '../core/export/index.ts';
import { parseDocument, serializeDocument } from '../core/format/document.ts';
import { openTranscriptText } from '../core/import/detect.ts';

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
const exportsFolder = join(root, 'tests/fixtures/exports');
const nightDesk = join(exportsFolder, 'night-desk.json');
const golden = (name: string) => readFileSync(join(exportsFolder, name), 'utf8');
const damaged = join(fixtures, 'damaged.json');

describe('npm run convert', { timeout: 120_000 }, () => {
  it('prints usage for --help and exits 2 on bad usage', () => {
    const help = convert('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain(
      'Usage: npm run convert -- <input...> --to json|txt|md|docx|srt|vtt|ttml|csv',
    );
    expect(help.stdout).toContain('--gaps <mode>');

    const none = convert('--to', 'txt');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('convert: no input files');

    const badMode = convert(archive, '--to', 'txt', '--timestamps', 'sometimes');
    expect(badMode.status).toBe(2);
    expect(badMode.stderr).toContain('--timestamps must be one of none, clock, offset, not "sometimes"');

    const badGaps = convert(archive, '--to', 'vtt', '--gaps', 'tidy');
    expect(badGaps.status).toBe(2);
    expect(badGaps.stderr).toContain('--gaps must be one of keep, mark, clean, not "tidy"');

    const badFormat = convert(archive, '--to', 'pdf');
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toContain(
      '--to must be one of json, txt, md, docx, srt, vtt, ttml, csv, not "pdf"',
    );

    const folderToStdout = convert(exportsFolder, '--to', 'txt');
    expect(folderToStdout.status).toBe(2);
    expect(folderToStdout.stderr).toContain('several inputs or a folder need -o <folder>');
  });

  it('writes every text format exactly as the app exports it, with the gap option', () => {
    const cases: [args: string[], goldenName: string][] = [
      [['--to', 'txt', '--timestamps', 'offset', '--gaps', 'mark'], 'night-desk.mark.txt'],
      [
        ['--to', 'md', '--timestamps', 'none', '--gaps', 'clean', '--speakers', 'name'],
        'night-desk.clean.md',
      ],
      [['--to', 'srt'], 'night-desk.srt'],
      [['--to', 'vtt', '--gaps', 'mark', '--speakers', 'name-and-role'], 'night-desk.mark.vtt'],
      [['--to', 'ttml'], 'night-desk.ttml'],
      [['--to', 'csv', '--gaps', 'clean'], 'night-desk.clean.csv'],
    ];
    for (const [args, name] of cases) {
      const run = convert(nightDesk, ...args);
      expect(run.stderr, name).toBe('');
      expect(run.status, name).toBe(0);
      expect(run.stdout, name).toBe(golden(name));
    }
  });

  it('writes a Word document to a file, the format taken from the extension', () => {
    const target = join(work, 'night desk.docx');
    const run = convert(nightDesk, '-o', target);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`${nightDesk} -> ${target}`);
    const bytes = readFileSync(target);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.length).toBeGreaterThan(2000);
  });

  it('converts a folder into a folder, with progress, and lists the files that failed', () => {
    const input = join(work, 'folder-in');
    mkdirSync(input);
    copyFileSync(nightDesk, join(input, 'b-night-desk.json'));
    copyFileSync(archive, join(input, 'a-inside-story.txt'));
    copyFileSync(damaged, join(input, 'c-damaged.json'));
    writeFileSync(join(input, '.hidden'), 'not a transcript');
    mkdirSync(join(input, 'sub'));
    const out = join(work, 'folder-out');

    const run = convert(input, '--to', 'vtt', '--gaps', 'clean', '-o', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `[1/3] ${join(input, 'a-inside-story.txt')} -> ${join(out, 'a-inside-story.vtt')}`,
    );
    expect(run.stderr).toContain(
      `[2/3] ${join(input, 'b-night-desk.json')} -> ${join(out, 'b-night-desk.vtt')}`,
    );
    expect(run.stderr).toContain(`[3/3] ${join(input, 'c-damaged.json')}: The transcript is damaged`);
    expect(run.stderr).toContain(
      `1 of 3 files failed:\n  ${join(input, 'c-damaged.json')}: The transcript is damaged`,
    );
    expect(readFileSync(join(out, 'b-night-desk.vtt'), 'utf8')).toBe(
      convert(nightDesk, '--to', 'vtt', '--gaps', 'clean').stdout,
    );
    expect(readFileSync(join(out, 'a-inside-story.vtt'), 'utf8')).toMatch(
      /^WEBVTT - Inside Story\n\n00:00:00\.000 --> /,
    );
    expect(existsSync(join(out, 'c-damaged.vtt'))).toBe(false);
  });

  it('--capitalize restores capitalization in every text format, exactly as the app exports it', async () => {
    const plain = convert(archive, '--to', 'txt');
    for (const to of ['txt', 'srt', 'vtt', 'md', 'csv'] as const) {
      const run = convert(archive, '--to', to, '--capitalize');
      expect(run.status, to).toBe(0);
      const opened = openTranscriptText(readFileSync(archive, 'utf8'), 'inside-story.txt');
      if (!opened.ok) throw new Error(opened.message);
      expect(run.stdout, to).toBe(await exportTranscript(opened.transcript, to, { capitalize: true }));
    }
    const cased = convert(archive, '--to', 'txt', '--capitalize').stdout;
    expect(cased.toLowerCase()).toBe(plain.stdout.toLowerCase());
    expect(cased).not.toBe(plain.stdout);
    expect(cased).toMatch(/^\p{Lu}/mu);
    // json is the document itself: left as it is.
    expect(convert(archive, '--to', 'json', '--capitalize').stdout).toBe(
      convert(archive, '--to', 'json').stdout,
    );
  });

  it('--links adds each turn’s clip; turns outside the programme stay out unless --outside', () => {
    const opened = parseDocument(readFileSync(nightDesk, 'utf8'));
    if (!opened.ok) throw new Error(opened.message);
    const t = opened.transcript;
    const [first, second, third] = t.blocks;
    t.meta.link = { address: 'https://archive.org/details/CNNW_20240106_010000_Night_Desk' };
    t.meta.bounds = { start: { turn: second!.id, reason: 'sign-off' } };
    const file = join(work, 'bounded.json');
    writeFileSync(file, serializeDocument(t));
    const csv = convert(file, '--to', 'csv', '--links');
    expect(csv.status).toBe(0);
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]).toMatch(/,clock,link$/);
    expect(lines[1]).toMatch(
      /,https:\/\/archive\.org\/details\/CNNW_20240106_010000_Night_Desk\/start\/\d+\/end\/\d+$/,
    );
    const all = convert(file, '--to', 'csv', '--outside');
    const allLines = all.stdout.trim().split('\r\n');
    expect(allLines[0]).toMatch(/,clock$/);
    // The first turn, before the start line, is the one left out.
    expect(allLines.length - lines.length).toBe(1);
    const text = (b: typeof first) => b!.spans.map((s) => s.text).join('');
    expect(all.stdout).toContain(text(first).split(' ')[0]);
    expect(allLines[2]).toContain(text(second).split(' ')[0]);
    expect(lines[1]).toContain(text(second).split(' ')[0]);
    expect(lines[2]).toContain(text(third).split(' ')[0]);
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
    // The programme heading, underlined, then the first turn.
    expect(direct.stdout).toMatch(/^Inside Story · .*5:30 am.*\n=+\n\n\[5:30 am\] /);
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
    // JSON in no transcript format at all (the importers learn new ones).
    const unknown = join(work, 'unknown.json');
    writeFileSync(unknown, '{ "rows": [1, 2, 3] }\n');
    const out = join(work, 'batch');

    const inputs = [archive, damaged, unknown, truncated, latin1, join(work, 'missing.txt')];
    const run = convert(...inputs, '--to', 'txt', '-o', out);
    expect(run.status).toBe(1);
    expect(readFileSync(join(out, 'inside-story.txt'), 'utf8')).toContain('north korea and russia');
    expect(existsSync(join(out, 'damaged.txt'))).toBe(false);
    expect(run.stderr).toContain(`[1/6] ${archive} -> ${join(out, 'inside-story.txt')}`);

    // Latin-1 text is read, as the app reads it, and says how.
    expect(run.stderr).toContain(
      `[5/6] ${latin1} -> ${join(out, 'latin1.txt')} (1 turn, 0 speakers; read as Windows-1252)`,
    );
    expect(readFileSync(join(out, 'latin1.txt'), 'utf8')).toBe('café\n');

    const summary = run.stderr.slice(run.stderr.indexOf('4 of 6 files failed:'));
    expect(summary.split('\n').slice(0, 5)).toEqual([
      '4 of 6 files failed:',
      `  ${damaged}: The transcript is damaged: blocks[0].speakerId "s9" is not in the speaker list.`,
      expect.stringContaining(`  ${unknown}: This JSON file is not a`),
      `  ${truncated}: This Caption Desk file is damaged and cannot be read: unexpected end at line 3, column 16.`,
      expect.stringContaining(`  ${join(work, 'missing.txt')}: Cannot read this file (ENOENT`),
    ]);
  });

  it('reads UTF-16 and Windows-1252 files as the app does, and refuses an RTTM file alone', () => {
    const text = 'Müller: “good evening” from the café.\n';
    const units = (order: 'le' | 'be') =>
      Buffer.from(
        [...text].flatMap((c) => {
          const u = c.charCodeAt(0);
          return order === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff];
        }),
      );
    const inputs = {
      utf16: join(work, 'utf16.txt'),
      utf16be: join(work, 'utf16be.txt'),
      cp1252: join(work, 'cp1252.srt'),
      rttm: join(work, 'alone.rttm'),
    };
    writeFileSync(inputs.utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), units('le')]));
    writeFileSync(inputs.utf16be, units('be')); // no byte-order mark
    writeFileSync(
      inputs.cp1252,
      Buffer.concat([
        Buffer.from('1\n00:00:01,000 --> 00:00:04,000\nM'),
        Buffer.from([0xdc, 0x4c, 0x4c, 0x45, 0x52, 0x3a, 0x20, 0x93]), // ÜLLER: “
        Buffer.from('caf'),
        Buffer.from([0xe9, 0x94]), // é”
        Buffer.from('\n'),
      ]),
    );
    writeFileSync(inputs.rttm, 'SPEAKER news 1 0.000 5.290 <NA> <NA> SPEAKER_00 <NA> <NA>\n');
    const out = join(work, 'encodings');

    const run = convert(...Object.values(inputs), '--to', 'txt', '--speakers', 'name', '-o', out);
    expect(run.status).toBe(1);
    for (const name of ['utf16', 'utf16be']) {
      expect(run.stderr).toMatch(
        new RegExp(`${name}\\.txt -> .*${name}\\.txt \\(1 turn, \\d speakers?\\)\\n`),
      );
      expect(readFileSync(join(out, `${name}.txt`), 'utf8')).toContain('“good evening” from the café.');
    }
    expect(run.stderr).toContain(
      `${inputs.cp1252} -> ${join(out, 'cp1252.txt')} (1 turn, 1 speaker; read as Windows-1252)`,
    );
    expect(readFileSync(join(out, 'cp1252.txt'), 'utf8')).toBe('Müller: “café”\n');
    expect(run.stderr).toContain(
      `  ${inputs.rttm}: This is a speaker-turn file (RTTM) with no words. Open the transcript first, then add the RTTM file to it.`,
    );

    // To standard output, the note goes to standard error on its own.
    const single = convert(inputs.cp1252, '--to', 'txt', '--speakers', 'name');
    expect(single.status).toBe(0);
    expect(single.stdout).toBe('Müller: “café”\n');
    expect(single.stderr).toBe(`${inputs.cp1252}: read as Windows-1252\n`);
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
