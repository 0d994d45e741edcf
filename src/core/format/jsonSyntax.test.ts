import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './jsonSyntax.ts';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('findJsonSyntaxError', () => {
  it('agrees with JSON.parse on valid JSON', () => {
    fc.assert(
      fc.property(fc.json(), fc.constantFrom(0, 2, '\t'), (json, indent) => {
        expect(findJsonSyntaxError(JSON.stringify(JSON.parse(json), null, indent))).toBeNull();
      }),
    );
  });

  it('agrees with JSON.parse on damaged JSON', () => {
    const damaged = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', '\\', '\n', 'x', '01', '-', '{', ':'),
      )
      .map(([json, at, insert]) => {
        const i = at % (json.length + 1);
        return json.slice(0, i) + insert + json.slice(i + (insert === '' ? 1 : 0));
      });
    fc.assert(
      fc.property(damaged, (text) => {
        expect(findJsonSyntaxError(text) === null).toBe(parses(text));
      }),
      { numRuns: 500 },
    );
  });

  it('survives nesting that would overflow a recursive parser', () => {
    expect(findJsonSyntaxError('['.repeat(200_000))).toEqual({
      line: 1,
      column: 200_001,
      problem: 'unexpected end',
    });
  });

  it('counts columns in characters, so an emoji is one', () => {
    expect(findJsonSyntaxError('{"a": "😀" x}')).toEqual({
      line: 1,
      column: 11,
      problem: 'expected "," or "}", found character "x"',
    });
  });
});
