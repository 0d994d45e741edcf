import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbTranscript } from '../../../tests/support/arbitraries.ts';
import { GAP_MODES, SPEAKER_LABELS } from './spanText.ts';
import { escapeXml, exportTtml } from './ttml.ts';
import { transcriptCues } from './cueSplit.ts';

// imsc (the IMSC reference renderer's parser, CommonJS, no types): only what
// we use. `fromXML` reads a document, reporting to the handler; each media
// time event is a moment the shown captions change, and `generateISD` gives
// what is shown then as a tree of regions, bodies, divs, p, spans and brs.
interface IsdElement {
  kind: string;
  text?: string;
  contents?: IsdElement[];
}
interface ImscDoc {
  getMediaTimeEvents(): number[];
}
interface Handler {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  fatal(message: string): void;
}
// The package's main module also loads its HTML renderer, which needs a
// browser; the parser and the ISD generator are taken on their own.
const require = createRequire(import.meta.url);
const imsc = {
  ...(require('imsc/src/main/js/doc.js') as {
    fromXML(xml: string, handler: Handler): ImscDoc | null;
  }),
  ...(require('imsc/src/main/js/isd.js') as {
    generateISD(doc: ImscDoc, offset: number, handler: Handler): { contents: IsdElement[] };
  }),
};

/// What imsc makes of a document: its complaints (anything above info), and
/// the text shown at each moment captions change, empty moments left out.
function imscRead(xml: string): { issues: string[]; shown: { time: number; text: string }[] } {
  const issues: string[] = [];
  const complain = (message: string) => issues.push(message);
  const handler: Handler = { info: () => {}, warn: complain, error: complain, fatal: complain };
  const doc = imsc.fromXML(xml, handler);
  if (doc === null) return { issues: [...issues, 'no document'], shown: [] };
  const shown: { time: number; text: string }[] = [];
  const textOf = (e: IsdElement): string =>
    e.kind === 'br' ? ' ' : (e.text ?? '') + (e.contents ?? []).map(textOf).join('');
  for (const time of doc.getMediaTimeEvents()) {
    const isd = imsc.generateISD(doc, time, handler);
    const text = isd.contents.map(textOf).join(' ').replace(/\s+/g, ' ').trim();
    if (text !== '') shown.push({ time: Math.round(time * 1000) / 1000, text });
  }
  return { issues, shown };
}

const unescape = (text: string) =>
  text.replace(/&(lt|gt|amp);/g, (_m, name: string) => (name === 'lt' ? '<' : name === 'gt' ? '>' : '&'));

describe('TTML export', () => {
  it('passes imsc: no warnings or errors, and every cue shows its text at its start', () => {
    fc.assert(
      fc.property(
        arbTranscript,
        fc.record({ gaps: fc.constantFrom(...GAP_MODES), speakers: fc.constantFrom(...SPEAKER_LABELS) }),
        (t, opts) => {
          const xml = exportTtml(t, opts);
          const { issues, shown } = imscRead(xml);
          expect(issues).toEqual([]);
          const cues = transcriptCues(t, { ...opts, escape: escapeXml, markUnnamedTurns: true });
          expect(shown).toEqual(
            cues.map((cue) => ({
              time: cue.start / 1000,
              text: unescape(cue.lines.join(' ')).replace(/\s+/g, ' ').trim(),
            })),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('escapes text, names and titles: markup in a transcript stays text', () => {
    const xml = exportTtml({
      meta: { title: 'A <b> & "c"' },
      speakers: [{ id: 's1', name: 'Ann <i>&amp;</i>', role: 'host' }],
      blocks: [
        {
          id: 'b1',
          speakerId: 's1',
          start: 1,
          estimated: false,
          spans: [{ text: '</p><p begin="0s">injected ]]> &lt; \uD800x' }],
        },
      ],
    });
    expect(xml).toContain('<ttm:title>A &lt;b&gt; &amp; "c"</ttm:title>');
    expect(xml).toContain('<ttm:name type="full">Ann &lt;i&gt;&amp;amp;&lt;/i&gt;</ttm:name>');
    expect(xml).toContain('&lt;/p&gt;&lt;p begin="0s"&gt;injected ]]&gt; &amp;lt; \uFFFDx</p>');
    const { issues, shown } = imscRead(xml);
    expect(issues).toEqual([]);
    expect(shown).toEqual([{ time: 1, text: '</p><p begin="0s">injected ]]> &lt; \uFFFDx' }]);
  });
});
