/// Writes a generated Archive transcript page, e.g. for trying the app by hand
/// or for the benchmark:
///
///   npx tsx scripts/generate-archive.ts --hours 10 -o /tmp/ten-hours.txt
///   npx tsx scripts/generate-archive.ts --hours 0.5 --seed 7 --wpm 150   (to stdout)

import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { countCaptionWords, generateArchiveTranscript } from '../tests/support/archive-generator.ts';

const USAGE = 'usage: generate-archive --hours <n> [--seed <n>] [--wpm <n>] [-o <file>]';

interface CliOptions {
  hours: number;
  seed: number;
  wpm: number;
  out: string | undefined;
}

function parseCli(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      hours: { type: 'string' },
      seed: { type: 'string', default: '1' },
      wpm: { type: 'string', default: '90' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || values.hours === undefined) exitWithUsage(values.help ? 0 : 2);
  return {
    hours: positiveNumber('--hours', values.hours),
    seed: Math.trunc(positiveNumber('--seed', values.seed, true)),
    wpm: positiveNumber('--wpm', values.wpm),
    out: values.out,
  };
}

function positiveNumber(name: string, text: string, allowZero = false): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || (value === 0 && !allowZero)) {
    console.error(`${name} must be a positive number, got "${text}"`);
    exitWithUsage(2);
  }
  return value;
}

function exitWithUsage(code: number): never {
  (code === 0 ? console.log : console.error)(USAGE);
  process.exit(code);
}

function main(): void {
  const options = parseCli(process.argv.slice(2));
  const text = generateArchiveTranscript({
    hours: options.hours,
    seed: options.seed,
    wordsPerMinute: options.wpm,
  });
  if (options.out === undefined) {
    process.stdout.write(text);
    return;
  }
  writeFileSync(options.out, text);
  const words = countCaptionWords(text);
  // To stderr, so the summary never mixes into a page written to stdout.
  console.error(
    `wrote ${options.out}: ${options.hours} h, ~${words} words, ${Buffer.byteLength(text)} bytes`,
  );
}

main();
