/// `npm run convert -- <input...> --to json|txt|md|docx|srt|vtt|ttml|csv [-o out] [options]`
///
/// Converts caption text and Caption Desk files from the command line with
/// the same code the app uses to open and export them. Inputs may be files
/// or folders (every file directly inside, in name order). Bad files are
/// reported and skipped; the exit code is 1 if any failed, 2 for bad usage.
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, GAP_MODES, SPEAKER_LABELS, exportTranscript } from '../core/export/index.ts';
import type { ExportFormatId, ExportOptions } from '../core/export/index.ts';
import { UnsaveableTranscriptError } from '../core/format/document.ts';
import { MAX_FILE_BYTES, fileTooLargeMessage, openTranscriptText } from '../core/import/detect.ts';
import { decodeText, encodingNote } from '../core/text/decode.ts';
import type { Transcript } from '../core/transcript.ts';

const FORMAT_IDS = [
  'json',
  'txt',
  'md',
  'docx',
  'srt',
  'vtt',
  'ttml',
  'csv',
] as const satisfies readonly ExportFormatId[];

const USAGE = `Usage: npm run convert -- <input...> --to ${FORMAT_IDS.join('|')} [options]

Converts transcripts with the same code Caption Desk uses to open and export
them. Inputs are files or folders (every file directly inside a folder, in
name order); the kind of each file is decided from its content.

Output formats (--to):
  json   Caption Desk file          txt    clean text
  md     Markdown                   docx   Word document
  srt    SubRip subtitles           vtt    WebVTT captions (<v> voices)
  ttml   TTML captions, IMSC 1 text profile (speakers as ttm:agent)
  csv    one row per turn: start, end, speaker, role, text, start_seconds,
         end_seconds, estimated

Options:
  --to <format>          Output format. Default: taken from the extension of -o.
  -o, --out <path>       Output file, or a folder that receives <name>.<ext>
                         for each input (created if missing). Several inputs
                         or a folder need a folder. Default: standard output.
  --gaps <mode>          keep (default): gaps and sound tags as they stand;
                         mark: corrected gaps get "[corrected: <tag>]" after them;
                         clean: open and unresolvable gaps and sound tags left out.
                         All formats but json.
  --timestamps <mode>    txt, md, docx: none, clock ([5:31 am]) or offset
                         ([00:01:23]); estimated times show as ~. Default none
                         for txt, clock for md and docx.
  --speakers <mode>      txt, md, docx: name-and-role (default), name or none.
                         srt, vtt, ttml: name (default), name-and-role or none.
  --merge-turns          txt, md, docx: join consecutive turns of one speaker.
  --capitalize           All formats but json: restore capitalization (sentence
                         starts, I, names, places, acronyms) in the text written;
                         lowercase and ALL-CAPS captions become normal case.
  --links                csv, md, docx: a link to each turn's moment in the
                         programme's source (a Caption Desk file's source:
                         an Archive clip, or the address with #t=start,end).
  --outside              All formats but json: keep the turns outside the
                         programme's boundaries (a Caption Desk file's);
                         by default only the programme's turns are written.
  -h, --help             Show this help.

Progress goes to standard error. Exit status: 0 when every file converted, 1
when any failed (each is named on standard error, and listed again at the end
of a batch), 2 for a usage error.
`;

interface Settings {
  inputs: string[];
  to: ExportFormatId;
  extension: string;
  batch: boolean;
  out: { kind: 'stdout' } | { kind: 'file'; path: string } | { kind: 'folder'; path: string };
  options: ExportOptions;
  /// Inputs that could not be listed (an empty or unreadable folder).
  unlisted: { input: string; message: string }[];
}

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
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

  const { inputs, out } = settings;
  const failed: { input: string; message: string }[] = [];
  const written = new Map<string, string>();
  const inputPaths = new Set(inputs.map((input) => resolve(input)));
  const progress = out.kind !== 'stdout';
  const total = inputs.length + settings.unlisted.length;

  for (const { input, message } of settings.unlisted) {
    failed.push({ input, message });
    process.stderr.write(`${input}: ${message}\n`);
  }

  for (const [index, input] of inputs.entries()) {
    const prefix = settings.batch ? `[${index + 1}/${inputs.length}] ` : '';
    const fail = (message: string) => {
      failed.push({ input, message });
      process.stderr.write(`${prefix}${input}: ${message}\n`);
    };

    const opened = openFile(input);
    if (!opened.ok) {
      fail(opened.message);
      continue;
    }
    // Said on standard error with the progress line, or alone when the
    // output goes to standard output.
    const note = opened.note === null ? '' : `; ${opened.note}`;
    if (opened.note !== null && !progress) process.stderr.write(`${prefix}${input}: ${opened.note}\n`);
    const rendered = await render(opened.transcript, settings);
    if (!rendered.ok) {
      fail(rendered.message);
      continue;
    }

    if (out.kind === 'stdout') {
      if (typeof rendered.data !== 'string' && process.stdout.isTTY) {
        fail(`not written: ${settings.to} is binary; say -o <file>`);
        continue;
      }
      process.stdout.write(rendered.data);
      continue;
    }
    const target =
      out.kind === 'file'
        ? out.path
        : join(out.path, `${basename(input, extname(input))}.${settings.extension}`);
    const key = resolve(target);
    if (inputPaths.has(key)) {
      fail(`not written: ${target} is one of the inputs`);
      continue;
    }
    const earlier = written.get(key);
    if (earlier !== undefined) {
      fail(`not written: ${target} was already written from ${earlier}`);
      continue;
    }
    try {
      writeAtomically(target, rendered.data);
    } catch (error) {
      fail(`could not write ${target} (${errorText(error)})`);
      continue;
    }
    written.set(key, input);
    if (progress) {
      const { blocks, speakers } = opened.transcript;
      process.stderr.write(
        `${prefix}${input} -> ${target} (${count(blocks.length, 'turn')}, ${count(speakers.length, 'speaker')}${note})\n`,
      );
    }
  }

  if (failed.length === 0) return 0;
  if (settings.batch) {
    process.stderr.write(`\n${failed.length} of ${total} files failed:\n`);
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
      gaps: { type: 'string' },
      timestamps: { type: 'string' },
      speakers: { type: 'string' },
      'merge-turns': { type: 'boolean' },
      capitalize: { type: 'boolean' },
      links: { type: 'boolean' },
      outside: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError('no input files');

  const outPath = values.out;
  const to = (values.to ?? (outPath === undefined ? '' : extname(outPath).slice(1))).toLowerCase();
  const format = EXPORT_FORMATS.find((f) => f.id === to || f.extension === to);
  if (format === undefined) {
    const choices = FORMAT_IDS.join(', ');
    throw new UsageError(
      values.to !== undefined
        ? `--to must be one of ${choices}, not "${values.to}"`
        : outPath !== undefined && extname(outPath) !== ''
          ? `cannot tell the format from "${extname(outPath)}"; say --to (one of ${choices})`
          : `say --to (one of ${choices})`,
    );
  }
  const gaps = oneOf(values.gaps, GAP_MODES, '--gaps', 'keep');
  const timestamps =
    values.timestamps === undefined
      ? undefined
      : oneOf(values.timestamps, ['none', 'clock', 'offset'] as const, '--timestamps', 'none');
  const speakers =
    values.speakers === undefined ? undefined : oneOf(values.speakers, SPEAKER_LABELS, '--speakers', 'name');

  // Folders become the files directly inside them.
  const inputs: string[] = [];
  const unlisted: Settings['unlisted'] = [];
  let folderInput = false;
  for (const input of positionals) {
    if (!isFolder(input)) {
      inputs.push(input);
      continue;
    }
    folderInput = true;
    try {
      const files = readdirSync(input, { withFileTypes: true })
        .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
        .map((entry) => entry.name)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      if (files.length === 0) unlisted.push({ input, message: 'This folder has no files to convert.' });
      for (const name of files) inputs.push(join(input, name));
    } catch (error) {
      unlisted.push({ input, message: `Cannot list this folder (${errorText(error)}).` });
    }
  }
  const batch = positionals.length > 1 || folderInput;

  let out: Settings['out'] = { kind: 'stdout' };
  if (outPath !== undefined) {
    const folder = batch || /[/\\]$/.test(outPath) || isFolder(outPath);
    if (folder && isFile(outPath))
      throw new UsageError(`-o ${outPath} is a file; several inputs or a folder need a folder`);
    out = folder ? { kind: 'folder', path: outPath } : { kind: 'file', path: outPath };
  } else if (batch) {
    throw new UsageError('several inputs or a folder need -o <folder>');
  }
  if (out.kind === 'folder') {
    try {
      mkdirSync(out.path, { recursive: true });
    } catch (error) {
      throw new UsageError(`cannot create the folder ${out.path} (${errorText(error)})`);
    }
  }

  const options: ExportOptions = { gaps, mergeTurns: values['merge-turns'] === true };
  if (values.capitalize === true) options.capitalize = true;
  if (values.links === true) options.links = true;
  if (values.outside === true) options.outside = true;
  if (timestamps !== undefined) options.timestamps = timestamps;
  if (speakers !== undefined) options.speakers = speakers;
  return { inputs, to: format.id, extension: format.extension, batch, out, options, unlisted };
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

/// `note` says how the text was read when that was a guess ("read as
/// Windows-1252") and what the reader wants the user to know (words left
/// without times), or is null.
type Opened = { ok: true; transcript: Transcript; note: string | null } | { ok: false; message: string };

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
  // The app's decoder: UTF-8, UTF-16 and legacy text are read alike.
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const result = openTranscriptText(decoded.text, basename(path));
  if (!result.ok) return result;
  const notes = [encodingNote(decoded.encoding), result.notice].filter((n): n is string => !!n);
  return { ok: true, transcript: result.transcript, note: notes.length ? notes.join('; ') : null };
}

async function render(
  t: Transcript,
  settings: Settings,
): Promise<{ ok: true; data: string | Uint8Array } | { ok: false; message: string }> {
  try {
    return { ok: true, data: await exportTranscript(t, settings.to, settings.options) };
  } catch (error) {
    if (error instanceof UnsaveableTranscriptError) return { ok: false, message: error.message };
    throw error;
  }
}

/// Write to a temporary name, then rename: an interrupted run never leaves a
/// half-written file where a good one was.
function writeAtomically(path: string, data: string | Uint8Array): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, data);
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

process.exitCode = await main(process.argv.slice(2));
