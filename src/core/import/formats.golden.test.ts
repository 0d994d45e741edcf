/// Golden tests: each input under tests/fixtures/formats/<format id>/ opens
/// (through `openTranscriptText`, as the app opens files) as that format
/// (`formats.ts`), to exactly the transcript in its `.expected.json`. In rttm/, each transcript there gets
/// the speakers of interview.rttm laid over it. UPDATE_GOLDEN=1 rewrites
/// the goldens (see tests/unit/golden.ts).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS_DIR, expectGolden, formatFixtures } from '../../../tests/unit/golden.ts';
import { checkTranscript } from '../format/document.ts';
import { openTranscriptText } from './detect.ts';
import { RTTM_ALONE_MESSAGE, overlayRttm } from './vendors/rttm.ts';

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
  const rttm = readFileSync(join(FORMATS_DIR, 'rttm', 'interview.rttm'), 'utf8');
  for (const fixture of fixtures.filter((f) => f.format === 'rttm' && !f.name.endsWith('.rttm'))) {
    it(`rttm/${fixture.name} + interview.rttm`, () => {
      const opened = openTranscriptText(fixture.text, fixture.name);
      if (!opened.ok) throw new Error(opened.message);
      const result = overlayRttm(opened.transcript, rttm);
      if (!result.ok) throw new Error(result.message);
      expect(checkTranscript(result.transcript).ok).toBe(true);
      expectGolden(result.transcript, fixture.golden);
    });
  }

  it('an RTTM file opened alone gets the message', () => {
    for (const fixture of fixtures.filter((f) => f.name.endsWith('.rttm'))) {
      expect(openTranscriptText(fixture.text, fixture.name)).toEqual({
        ok: false,
        message: RTTM_ALONE_MESSAGE,
      });
      expect(openTranscriptText(fixture.text)).toEqual({ ok: false, message: RTTM_ALONE_MESSAGE });
    }
  });
});
