/// Golden files for importer tests. A golden is a Caption Desk saved file
/// (`serializeDocument`), so it reads one span per line and opens in the app.
/// Run the tests with UPDATE_GOLDEN=1 to rewrite goldens from the current
/// output instead of comparing — then review every changed file by eye.

import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { parseDocument, serializeDocument } from '../../src/core/format/document.ts';
import type { Transcript } from '../../src/core/transcript.ts';

export const FORMATS_DIR = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));

export const UPDATING = process.env['UPDATE_GOLDEN'] === '1';

/// `actual` must equal the transcript in the golden file at `path`.
export function expectGolden(actual: Transcript, path: string): void {
  if (UPDATING) {
    writeFileSync(path, serializeDocument(actual));
    return;
  }
  if (!existsSync(path)) {
    throw new Error(`No golden file ${path}; run with UPDATE_GOLDEN=1 to write it, then review it.`);
  }
  const expected = parseDocument(readFileSync(path, 'utf8'));
  if (!expected.ok) throw new Error(`${path}: ${expected.message}`);
  expect(actual).toEqual(expected.transcript);
}

export interface Fixture {
  /// The folder under tests/fixtures/formats, named for the format's id in
  /// src/core/import/formats.ts: `webvtt`, `whisperx-json`, ...
  format: string;
  /// File name of the input, e.g. `interview.vtt`.
  name: string;
  path: string;
  /// Where its golden lives: the name with `.expected.json` for the extension.
  golden: string;
  text: string;
}

/// Every input file under tests/fixtures/formats (goldens aside), by folder.
export function formatFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const format of readdirSync(FORMATS_DIR).sort()) {
    for (const name of readdirSync(join(FORMATS_DIR, format)).sort()) {
      if (name.endsWith('.expected.json')) continue;
      const path = join(FORMATS_DIR, format, name);
      const golden = join(FORMATS_DIR, format, `${basename(name, extname(name))}.expected.json`);
      out.push({ format, name, path, golden, text: readFileSync(path, 'utf8') });
    }
  }
  return out;
}
