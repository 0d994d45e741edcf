/// Accuracy of the truecaser (`src/core/casing`) on properly cased public-domain
/// speeches: `tests/fixtures/casing/` (State of the Union addresses, works of the
/// U.S. Government; see the README there).
///
///   npm run eval:case                 (the held-out test set)
///   npm run eval:case -- --set dev    (the set the rules were tuned on)
///   npm run eval:case -- --misses 40  (also list the most frequent misses)
///
/// Each speech is lowercased, and separately upper-cased, cased again, and
/// compared with the original word by word (words split at white space, so
/// punctuation travels with its word). Word accuracy: words exactly as in the
/// original. F1 on words that should be capitalized: a word with a capital
/// in the original is a positive; a hit is an output word with a capital that
/// equals the original exactly. The baseline capitalizes sentence starts only.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCaseLexicon } from '../src/core/casing/lexicon.ts';
import { Truecaser } from '../src/core/casing/truecase.ts';
import { sentenceStartsOnly } from '../src/core/casing/baseline.ts';

interface Score {
  words: number;
  correct: number;
  tp: number;
  fp: number;
  fn: number;
  misses: Map<string, number>;
}

function score(original: string, cased: string, misses: Map<string, number>): Score {
  const gold = original.split(/\s+/).filter(Boolean);
  const out = cased.split(/\s+/).filter(Boolean);
  if (gold.length !== out.length) throw new Error('the casing changed the number of words');
  const s: Score = { words: gold.length, correct: 0, tp: 0, fp: 0, fn: 0, misses };
  gold.forEach((g, i) => {
    const o = out[i]!;
    const goldCap = /\p{Lu}/u.test(g);
    const outCap = /\p{Lu}/u.test(o);
    if (g === o) s.correct++;
    else misses.set(`${o} -> ${g}`, (misses.get(`${o} -> ${g}`) ?? 0) + 1);
    if (goldCap && outCap && g === o) s.tp++;
    else {
      if (outCap) s.fp++;
      if (goldCap) s.fn++;
    }
  });
  return s;
}

function add(a: Score, b: Score): Score {
  return {
    words: a.words + b.words,
    correct: a.correct + b.correct,
    tp: a.tp + b.tp,
    fp: a.fp + b.fp,
    fn: a.fn + b.fn,
    misses: a.misses,
  };
}

function line(name: string, s: Score): string {
  const precision = s.tp / (s.tp + s.fp);
  const recall = s.tp / (s.tp + s.fn);
  const f1 = (2 * precision * recall) / (precision + recall);
  return `${name.padEnd(34)} words ${String(s.words).padStart(6)}  accuracy ${((100 * s.correct) / s.words).toFixed(2)} %  capitals P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { set: { type: 'string', default: 'test' }, misses: { type: 'string', default: '0' } },
  });
  const dir = join('tests/fixtures/casing', values.set!);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const caser = new Truecaser({ lexicon: await loadCaseLexicon() });
  const empty = (): Score => ({ words: 0, correct: 0, tp: 0, fp: 0, fn: 0, misses: new Map() });
  const totals = { lower: empty(), upper: empty(), baseLower: empty(), baseUpper: empty() };
  const started = performance.now();
  let casedWords = 0;
  for (const file of files) {
    const original = readFileSync(join(dir, file), 'utf8').trim();
    const lower = original.toLowerCase();
    const upper = original.toUpperCase();
    totals.lower = add(totals.lower, score(original, caser.apply(lower), totals.lower.misses));
    totals.upper = add(totals.upper, score(original, caser.apply(upper), totals.upper.misses));
    totals.baseLower = add(
      totals.baseLower,
      score(original, sentenceStartsOnly(lower), totals.baseLower.misses),
    );
    totals.baseUpper = add(
      totals.baseUpper,
      score(original, sentenceStartsOnly(upper), totals.baseUpper.misses),
    );
    casedWords += 2 * original.split(/\s+/).length;
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`Set "${values.set}": ${files.join(', ')}\n`);
  process.stdout.write(`${line('lowercased, truecased', totals.lower)}\n`);
  process.stdout.write(`${line('upper-cased, truecased', totals.upper)}\n`);
  process.stdout.write(`${line('lowercased, sentence starts only', totals.baseLower)}\n`);
  process.stdout.write(`${line('upper-cased, sentence starts only', totals.baseUpper)}\n`);
  process.stdout.write(`(${Math.round(casedWords / seconds)} words a second, baselines included)\n`);
  const n = Number(values.misses);
  if (n > 0) {
    const top = [...totals.lower.misses].sort((a, b) => b[1] - a[1]).slice(0, n);
    process.stdout.write(`\nMost frequent misses (lowercased; output -> original):\n`);
    for (const [miss, count] of top) process.stdout.write(`  ${String(count).padStart(4)}  ${miss}\n`);
  }
}

await main();
