/// A diff of two sequences of small integers (interned words), fast on long
/// texts with scattered edits: the shape of a transcript after a correction
/// pass (130,000 words, thousands of small changes).
///
/// Common prefixes and suffixes are matched first. Then each range tries
/// Myers' O(ND) greedy algorithm with a small budget: it finds a longest
/// common subsequence, and is quick when the range differs little. A range
/// that would cost more is split by patience diff (Bram Cohen's; as in
/// `git diff --patience`): items that occur exactly once in each side are
/// anchors; the longest run of anchors in the same order on both sides
/// (longest increasing subsequence) is kept as matched, and the ranges
/// between anchors are diffed the same way. Myers comes first because
/// unique items can mislead: in `0 0 0 39` against `39 0 0 0 0` the only
/// anchor is 39, and matching it would give up the three 0s. A range with
/// no unique items gets Myers with the full budget; one that would cost
/// more still is left unmatched (reported as replaced), which is correct,
/// only coarser.
///
/// Never an O(n·m) table, and no recursion (ranges go on a stack), so a
/// 24-hour transcript cannot overflow the call stack.

/// Work allowed for one Myers run, in steps of its inner loop.
const MYERS_BUDGET = 4_000_000;
/// Work allowed for the first try on every range: all ranges up to a few
/// hundred items fit, and a long range that does not costs little to try.
const FIRST_TRY_BUDGET = 200_000;

/// For each index of `a`, the index of `b` it is matched to, or -1. Matched
/// pairs are equal and strictly increasing on both sides (a common
/// subsequence). `vocabulary` is one more than the largest item.
export function matchSequences(a: ArrayLike<number>, b: ArrayLike<number>, vocabulary: number): Int32Array {
  const matchOfA = new Int32Array(a.length).fill(-1);
  // Scratch tables indexed by item, reset after each range.
  const countA = new Int32Array(vocabulary);
  const countB = new Int32Array(vocabulary);
  const positionB = new Int32Array(vocabulary);

  const stack: number[] = [0, a.length, 0, b.length];
  while (stack.length > 0) {
    let b1 = stack.pop()!;
    let b0 = stack.pop()!;
    let a1 = stack.pop()!;
    let a0 = stack.pop()!;

    while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) matchOfA[a0++] = b0++;
    while (a0 < a1 && b0 < b1 && a[a1 - 1] === b[b1 - 1]) matchOfA[--a1] = --b1;
    if (a0 === a1 || b0 === b1) continue;

    if (myers(a, b, a0, a1, b0, b1, matchOfA, FIRST_TRY_BUDGET)) continue;
    const anchors = uniqueAnchors(a, b, a0, a1, b0, b1, countA, countB, positionB);
    if (anchors.length === 0) {
      myers(a, b, a0, a1, b0, b1, matchOfA, MYERS_BUDGET);
      continue;
    }
    // Ranges between anchors, pushed so that they are all independent.
    let pa = a0;
    let pb = b0;
    for (let k = 0; k < anchors.length; k += 2) {
      const i = anchors[k]!;
      const j = anchors[k + 1]!;
      matchOfA[i] = j;
      if (pa < i || pb < j) stack.push(pa, i, pb, j);
      pa = i + 1;
      pb = j + 1;
    }
    if (pa < a1 || pb < b1) stack.push(pa, a1, pb, b1);
  }
  return matchOfA;
}

/// Items occurring once in a[a0..a1) and once in b[b0..b1), as pairs
/// `[i, j, i, j, ...]` forming the longest chain increasing on both sides.
function uniqueAnchors(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  countA: Int32Array,
  countB: Int32Array,
  positionB: Int32Array,
): number[] {
  for (let i = a0; i < a1; i++) countA[a[i]!]!++;
  for (let j = b0; j < b1; j++) {
    const x = b[j]!;
    countB[x]!++;
    positionB[x] = j;
  }
  const is: number[] = [];
  const js: number[] = [];
  for (let i = a0; i < a1; i++) {
    const x = a[i]!;
    if (countA[x] === 1 && countB[x] === 1) {
      is.push(i);
      js.push(positionB[x]!);
    }
  }
  for (let i = a0; i < a1; i++) countA[a[i]!] = 0;
  for (let j = b0; j < b1; j++) countB[b[j]!] = 0;
  if (is.length === 0) return [];

  // Longest increasing subsequence of js (patience sorting, O(k log k)).
  const tails: number[] = []; // index into js of the smallest tail of each length
  const previous = new Int32Array(js.length);
  for (let k = 0; k < js.length; k++) {
    const v = js[k]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (js[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    previous[k] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = k;
  }
  const chain: number[] = new Array<number>(tails.length * 2);
  let k = tails[tails.length - 1]!;
  for (let n = tails.length - 1; n >= 0; n--) {
    chain[2 * n] = is[k]!;
    chain[2 * n + 1] = js[k]!;
    k = previous[k]!;
  }
  return chain;
}

/// Myers' greedy shortest edit script on a[a0..a1) and b[b0..b1), writing
/// the matches it finds into `matchOfA`. Leaves the range unmatched, and
/// returns false, when the edit distance is too large for `budget`.
function myers(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  matchOfA: Int32Array,
  budget: number,
): boolean {
  const n = a1 - a0;
  const m = b1 - b0;
  const max = Math.min(n + m, Math.floor(budget / (n + m)));
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // Snapshots of v per d, for the way back: O(D²) memory, small by budget.
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return false;

  // Walk back from (n, m) through the snapshots, recording diagonals.
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const snapshot = trace[d]!; // v as it stood before round d, indices -d-1..d+1
    const at = (k: number) => snapshot[k + d + 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    // The snake after the step from (previousX, previousY).
    const startX = down ? previousX : previousX + 1;
    const startY = down ? previousY + 1 : previousY;
    while (x > startX && y > startY) {
      x--;
      y--;
      matchOfA[a0 + x] = b0 + y;
    }
    x = previousX;
    y = previousY;
  }
  // The first snake, from (0, 0).
  while (x > 0 && y > 0) {
    x--;
    y--;
    matchOfA[a0 + x] = b0 + y;
  }
  return true;
}
