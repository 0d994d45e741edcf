/// Golden tests: each input under tests/fixtures/formats/<format id>/ opens
/// (through `openTranscriptText`, as the app opens files) as that format
/// (`formats.ts`), to exactly the transcript in its `.expected.json`. In
/// rttm/, each transcript there gets the speaker turns of interview.rttm,
/// opened the same way, laid over it. UPDATE_GOLDEN=1 rewrites the goldens
/// (see tests/unit/golden.ts).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS_DIR, expectGolden, formatFixtures } from '../../../tests/unit/golden.ts';
import { checkTranscript } from '../format/document.ts';
import { openTranscriptText } from './detect.ts';
import { RTTM_ALONE_MESSAGE, overlaySpeakerTurns, parseRttm } from './vendors/rttm.ts';

const fixtures = formatFixtures();

describe('importers match their goldens', () => {
  for (const fixture of fixtures.filter((f) => f.format !== 'rttm')) {
    it(`${fixture.format}/${fixture.name}`, () => {
      const result = openTranscriptText(fixture.text, fixture.name);
      if (!result.ok) throw new Error(result.message);
      expect(result.format).toBe(fixture.format);
      expect(checkTranscript(result.transcript).ok).toBe(true);
      expectGolden(result.transcript, fixture.golden);
    });
  }
});

describe('RTTM over a transcript matches its golden', () => {
  const rttm = openTranscriptText(readFileSync(join(FORMATS_DIR, 'rttm', 'interview.rttm'), 'utf8'));
  if (rttm.ok || rttm.kind !== 'speaker-turns') throw new Error('interview.rttm gave no speaker turns');
  for (const fixture of fixtures.filter((f) => f.format === 'rttm' && !f.name.endsWith('.rttm'))) {
    it(`rttm/${fixture.name} + interview.rttm`, () => {
      const opened = openTranscriptText(fixture.text, fixture.name);
      if (!opened.ok) throw new Error(opened.message);
      const result = overlaySpeakerTurns(opened.transcript, rttm.turns);
      if (!result.ok) throw new Error(result.message);
      expect(checkTranscript(result.transcript).ok).toBe(true);
      expectGolden(result.transcript, fixture.golden);
    });
  }

  it('an RTTM file opened alone gives its speaker turns, and the message for callers that cannot use them', () => {
    for (const fixture of fixtures.filter((f) => f.name.endsWith('.rttm'))) {
      const parsed = parseRttm(fixture.text);
      if (!parsed.ok) throw new Error(parsed.message);
      expect(parsed.turns.length).toBeGreaterThan(1);
      const expected = {
        ok: false,
        kind: 'speaker-turns',
        turns: parsed.turns,
        format: 'rttm',
        message: RTTM_ALONE_MESSAGE,
      };
      expect(openTranscriptText(fixture.text, fixture.name)).toEqual(expected);
      expect(openTranscriptText(fixture.text)).toEqual(expected);
    }
  });
});
