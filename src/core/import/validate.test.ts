import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbTranscript } from '../../../tests/support/arbitraries.ts';
import { checkTranscript } from '../format/document.ts';
import { LIMITS } from '../format/schema.ts';
import type { Transcript } from '../transcript.ts';
import { isValidTranscript } from './validate.ts';

const good: Transcript = {
  meta: { title: 'News', source: 'a.vtt', startClock: 330, date: '2024-05-01' },
  speakers: [{ id: 's1', name: 'Ann', role: 'anchor', color: '#aabbcc' }],
  blocks: [
    {
      id: 'b1',
      speakerId: 's1',
      start: 1.5,
      estimated: false,
      story: true,
      spans: [
        { text: 'Hello', time: { start: 1.5, end: 2 } },
        { text: ' ' },
        { text: '[inaudible]', gap: { tag: '[inaudible]', status: 'open' }, time: { start: 2 } },
        { text: '♪', sound: true },
      ],
    },
    { id: 'b2', speakerId: null, start: null, estimated: true, reviewed: true, spans: [] },
  ],
};

/// Paths to every object and array inside `value`, for damaging one.
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [at];
  const out: (string | number)[][] = [at];
  for (const [key, child] of Object.entries(value)) {
    out.push(...paths(child, [...at, Array.isArray(value) ? Number(key) : key]));
  }
  return out;
}

function damage(t: Transcript, path: (string | number)[], replacement: unknown, remove: boolean): unknown {
  const copy = structuredClone(t) as unknown as Record<string | number, unknown>;
  if (path.length === 0) return replacement;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove) delete node[last];
  else node[last] = replacement;
  return copy;
}

const weird = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    '',
    'x'.repeat(LIMITS.id + 1),
    -0,
    NaN,
    Infinity,
    1.5,
    -1,
    2880,
    true,
    [],
    {},
    '2024-02-31',
    '#12345',
    'other',
    'open',
    's1',
    'b1',
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

describe('isValidTranscript', () => {
  it('accepts a transcript with every field', () => {
    expect(isValidTranscript(good)).toBe(true);
  });

  it('accepts every generated valid transcript, as the schema does', () => {
    fc.assert(
      fc.property(arbTranscript, (t) => {
        expect(checkTranscript(t).ok).toBe(true);
        expect(isValidTranscript(t)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never says yes where the schema says no, however a transcript is damaged', () => {
    const base = fc.oneof(fc.constant(good), arbTranscript);
    fc.assert(
      fc.property(
        base.chain((t) => fc.tuple(fc.constant(t), fc.constantFrom(...paths(t)), weird, fc.boolean())),
        ([t, path, replacement, remove]) => {
          const damaged = damage(t, path, replacement, remove);
          if (isValidTranscript(damaged)) expect(checkTranscript(damaged).ok).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('refuses duplicate ids and unknown speakers', () => {
    const twice = structuredClone(good);
    twice.blocks[1]!.id = 'b1';
    expect(isValidTranscript(twice)).toBe(false);
    const unknown = structuredClone(good);
    unknown.blocks[0]!.speakerId = 's9';
    expect(isValidTranscript(unknown)).toBe(false);
    const speakers = structuredClone(good);
    speakers.speakers.push({ id: 's1', name: 'Bo', role: 'guest' });
    expect(isValidTranscript(speakers)).toBe(false);
  });
});
