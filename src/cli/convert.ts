/// `npm run convert -- <input...> --to json|txt [-o out] [--timestamps ...]`
///
/// Converts caption text and Caption Desk files from the command line with
/// the same code the app uses to open and export them. Bad files are
/// reported and skipped; the exit code is 1 if any failed, 2 for bad usage.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportPlainText } from '../core/export/text.ts';
import type { PlainTextOptions } from '../core/export/text.ts';
import { UnsaveableTranscriptError, serializeDocument } from '../core/format/document.ts';
import {
  MAX_FILE_BYTES,
  UTF16_MESSAGE,
  fileTooLargeMessage,
  openTranscriptText,
  textProblem,
} from '../core/import/detect.ts';
import type { Transcript } from '../core/transcript.ts';

const USAGE = `Usage: npm run convert -- <input...> --to json|txt [options]

Converts transcripts with the same code Caption Desk uses to open and export
them. Inputs are Caption Desk files (.json) or caption text (Internet Archive
TV page text, or plain paragraphs); the kind is decided from the content.

Options:
  --to json|txt          Output: Caption Desk file (json) or clean text (txt).
                         Default: taken from the extension of -o.
  -o, --out <path>       Output file, or a folder that receives <name>.<ext>
                         for each input (created if missing). Several inputs
                         need a folder. Default: standard output.
  --timestamps <mode>    txt only: none (default), clock ([5:31 am]) or
                         offset ([00:01:23]). Estimated times show as [~...].
  --speakers <mode>      txt only: name-and-role (default), name or none.
  --merge-turns          txt only: join consecutive turns of one speaker.
  -h, --help             Show this help.

Exit status: 0 when every file converted, 1 when any failed (each is named on
standard error), 2 for a usage error.
`;

type Target = 'json' | 'txt';

interface Settings {
  inputs: string[];
  to: Target;
  out: { kind: 'stdout' } | { kind: 'file'; path: string } | { kind: 'folder'; path: string };
  text: PlainTextOptions;
}

class UsageError extends Error {}

function main(argv: string[]): number {
  let settings: Settings | 'help';
  try {
    settings = readSettings(argv);
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof TypeError)) throw error;
    // parseArgs reports unknown options as TypeError with a readable message.
    process.stderr.write(`convert: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (settings === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }

  const failed: { input: string; message: string }[] = [];
  const written = new Map<string, string>();
  const inputPaths = new Set(settings.inputs.map((input) => resolve(input)));
  const progress = settings.out.kind !== 'stdout';

  settings.inputs.forEach((input, index) => {
    const prefix = settings.inputs.length > 1 ? `[${index + 1}/${settings.inputs.length}] ` : '';
    const fail = (message: string) => {
      failed.push({ input, message });
      process.stderr.write(`${prefix}${input}: ${message}\n`);
    };

    const opened = openFile(input);
    if (!opened.ok) return fail(opened.message);
    const rendered = render(opened.transcript, settings);
    if (!rendered.ok) return fail(rendered.message);

    if (settings.out.kind === 'stdout') {
      process.stdout.write(rendered.text);
      return;
    }
    const target =
      settings.out.kind === 'file'
        ? settings.out.path
        : join(settings.out.path, `${basename(input, extname(input))}.${settings.to}`);
    const key = resolve(target);
    if (inputPaths.has(key)) return fail(`not written: ${target} is one of the inputs`);
    const earlier = written.get(key);
    if (earlier !== undefined) return fail(`not written: ${target} was already written from ${earlier}`);
    try {
      writeAtomically(target, rendered.text);
    } catch (error) {
      return fail(`could not write ${target} (${errorText(error)})`);
    }
    written.set(key, input);
    if (progress) {
      const { blocks, speakers } = opened.transcript;
      process.stderr.write(
        `${prefix}${input} -> ${target} (${count(blocks.length, 'turn')}, ${count(speakers.length, 'speaker')})\n`,
      );
    }
  });

  if (failed.length === 0) return 0;
  if (settings.inputs.length > 1) {
    process.stderr.write(`\n${failed.length} of ${settings.inputs.length} files failed:\n`);
    for (const { input, message } of failed) process.stderr.write(`  ${input}: ${message}\n`);
  }
  return 1;
}

function readSettings(argv: string[]): Settings | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      to: { type: 'string' },
      out: { type: 'string', short: 'o' },
      timestamps: { type: 'string' },
      speakers: { type: 'string' },
      'merge-turns': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError('no input files');

  const outPath = values.out;
  const to = values.to ?? (outPath === undefined ? undefined : extname(outPath).slice(1).toLowerCase());
  if (to !== 'json' && to !== 'txt') {
    throw new UsageError(
      values.to === undefined ? 'say --to json or --to txt' : `--to must be json or txt, not "${values.to}"`,
    );
  }
  const timestamps = oneOf(values.timestamps, ['none', 'clock', 'offset'] as const, '--timestamps', 'none');
  const speakers = oneOf(
    values.speakers,
    ['name-and-role', 'name', 'none'] as const,
    '--speakers',
    'name-and-role',
  );

  let out: Settings['out'] = { kind: 'stdout' };
  if (outPath !== undefined) {
    const folder = positionals.length > 1 || /[/\\]$/.test(outPath) || isFolder(outPath);
    if (folder && isFile(outPath))
      throw new UsageError(`-o ${outPath} is a file; several inputs need a folder`);
    out = folder ? { kind: 'folder', path: outPath } : { kind: 'file', path: outPath };
  } else if (positionals.length > 1) {
    throw new UsageError('several inputs need -o <folder>');
  }
  if (out.kind === 'folder') {
    try {
      mkdirSync(out.path, { recursive: true });
    } catch (error) {
      throw new UsageError(`cannot create the folder ${out.path} (${errorText(error)})`);
    }
  }

  return {
    inputs: positionals,
    to,
    out,
    text: { timestamps, speakers, mergeTurns: values['merge-turns'] === true },
  };
}

function oneOf<const T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  name: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  const found = allowed.find((a) => a === value);
  if (found === undefined)
    throw new UsageError(`${name} must be one of ${allowed.join(', ')}, not "${value}"`);
  return found;
}

type Opened = { ok: true; transcript: Transcript } | { ok: false; message: string };

function openFile(path: string): Opened {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, message: 'This is a folder, not a file.' };
    size = stat.size;
  } catch (error) {
    return { ok: false, message: `Cannot read this file (${errorText(error)}).` };
  }
  // Checked before reading, as the app does, so a huge file is never loaded.
  if (size > MAX_FILE_BYTES) return { ok: false, message: fileTooLargeMessage(size) };

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, message: `Cannot read this file (${errorText(error)}).` };
  }
  const decoded = decode(bytes);
  if (!decoded.ok) return decoded;
  const result = openTranscriptText(decoded.text, basename(path));
  return result.ok ? { ok: true, transcript: result.transcript } : result;
}

/// Strict UTF-8: a wrong byte is an error here rather than a silent U+FFFD,
/// because a batch conversion has nobody watching the text. The message says
/// what the file seems to be instead, in the words the app would use.
function decode(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  try {
    // ignoreBOM false (the default) drops a leading UTF-8 BOM.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const utf16 =
      bytes.length >= 2 &&
      ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    if (utf16) return { ok: false, message: UTF16_MESSAGE };
    return {
      ok: false,
      message: textProblem(lossy) ?? 'This file is not valid UTF-8 text. Save it as UTF-8 and open it again.',
    };
  }
}

function render(
  t: Transcript,
  settings: Settings,
): { ok: true; text: string } | { ok: false; message: string } {
  if (settings.to === 'txt') return { ok: true, text: exportPlainText(t, settings.text) };
  try {
    return { ok: true, text: serializeDocument(t) };
  } catch (error) {
    if (error instanceof UnsaveableTranscriptError) return { ok: false, message: error.message };
    throw error;
  }
}

/// Write to a temporary name, then rename: an interrupted run never leaves a
/// half-written file where a good one was.
function writeAtomically(path: string, text: string): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

process.exitCode = main(process.argv.slice(2));
