import type { Block, Speaker, Transcript } from '../../src/core/transcript.ts';

/// A small transcript for editor tests: `n` blocks of plain text, times one
/// minute apart, the first speakers from `speakers` in turn.
export function makeTranscript(
  n: number,
  options: { speakers?: Speaker[]; gapEvery?: number } = {},
): Transcript {
  const speakers = options.speakers ?? [
    { id: 's1', name: 'Sami', role: 'host' },
    { id: 's2', name: 'Jenny Town', role: 'guest' },
  ];
  const blocks: Block[] = [];
  for (let i = 0; i < n; i++) {
    const spans: Block['spans'] = [{ text: `block ${i} says hello` }];
    if (options.gapEvery && i % options.gapEvery === 0) {
      spans.push({ text: ' ' }, { text: '[indiscernible]', gap: { tag: '[indiscernible]', status: 'open' } });
      spans.push({ text: ' and more' });
    }
    blocks.push({
      id: `b${i + 1}`,
      speakerId: speakers.length ? speakers[i % speakers.length]!.id : null,
      start: i * 60,
      estimated: false,
      spans,
    });
  }
  return { meta: { title: 'Test programme', startClock: 330 }, speakers, blocks };
}
