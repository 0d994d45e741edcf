import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbTranscript } from '../../../tests/support/arbitraries.ts';
import { parseDocument, serializeDocument } from './document.ts';

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
});
