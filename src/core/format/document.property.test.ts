import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbId, arbSeconds, arbText, arbTranscript } from '../../../tests/support/arbitraries.ts';
import { parseDocument, serializeDocument } from './document.ts';
import { originalFromTranscript } from './original.ts';
import type { Original } from './original.ts';

/// An original with its own roster (ids unique, block speakers from it), or
/// without one; text may be empty or awkward.
const arbOriginal: fc.Arbitrary<Original> = fc
  .uniqueArray(fc.record({ id: arbId, name: arbText(30) }, { noNullPrototype: true }), {
    selector: (s) => s.id,
    maxLength: 4,
  })
  .chain((speakers) =>
    fc.record(
      {
        speakers: fc.constant(speakers),
        blocks: fc.uniqueArray(
          fc.record(
            {
              id: arbId,
              speakerId:
                speakers.length === 0
                  ? fc.constant(null)
                  : fc.option(fc.constantFrom(...speakers.map((s) => s.id)), { nil: null }),
              start: fc.option(arbSeconds, { nil: null }),
              text: arbText(60),
            },
            { noNullPrototype: true },
          ),
          { selector: (b) => b.id, maxLength: 8 },
        ),
      },
      { requiredKeys: speakers.length === 0 ? ['blocks'] : ['speakers', 'blocks'], noNullPrototype: true },
    ),
  );

describe('saved file properties', () => {
  it('any valid transcript survives serialize -> parse exactly', () => {
    fc.assert(
      fc.property(arbTranscript, (t) => {
        const result = parseDocument(serializeDocument(t));
        if (!result.ok) throw new Error(result.message);
        expect(result.transcript).toStrictEqual(t);
      }),
      { numRuns: 300 },
    );
  });

  it('serialize is idempotent: save, reopen, save gives the same bytes', () => {
    fc.assert(
      fc.property(arbTranscript, (t) => {
        const first = serializeDocument(t, { savedAt: '2024-01-01T00:00:00Z' });
        const reopened = parseDocument(first);
        if (!reopened.ok) throw new Error(reopened.message);
        expect(serializeDocument(reopened.transcript, { savedAt: '2024-01-01T00:00:00Z' })).toBe(first);
      }),
      { numRuns: 300 },
    );
  });

  it('the output is JSON that any parser reads to the same value', () => {
    fc.assert(
      fc.property(arbTranscript, (t) => {
        const parsed = JSON.parse(serializeDocument(t)) as { transcript: unknown };
        expect(parsed.transcript).toStrictEqual(t);
      }),
      { numRuns: 100 },
    );
  });

  it('any transcript with any original survives serialize -> parse, and saves the same bytes again', () => {
    fc.assert(
      fc.property(arbTranscript, arbOriginal, (t, original) => {
        const first = serializeDocument(t, { original });
        const result = parseDocument(first);
        if (!result.ok) throw new Error(result.message);
        expect(result.transcript).toStrictEqual(t);
        expect(result.original).toStrictEqual(original);
        expect(serializeDocument(result.transcript, { original: result.original! })).toBe(first);
      }),
      { numRuns: 200 },
    );
  });

  it('the original taken from any valid transcript saves and reopens', () => {
    fc.assert(
      fc.property(arbTranscript, (t) => {
        const original = originalFromTranscript(t);
        const result = parseDocument(serializeDocument(t, { original }));
        if (!result.ok) throw new Error(result.message);
        expect(result.original).toStrictEqual(original);
      }),
      { numRuns: 100 },
    );
  });
});
