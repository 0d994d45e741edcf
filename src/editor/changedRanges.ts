import type { StepMap } from 'prosemirror-transform';
import type { Transaction } from 'prosemirror-state';

/// Past this many steps (a replace-all, say) mapping every range through
/// every later step costs more than looking at the whole document.
const MAX_STEPS = 200;

/// The ranges of the final document that `transactions` changed, for
/// plugins that re-check only what an edit touched. Returns null when the
/// whole document should be checked.
export function changedRanges(transactions: readonly Transaction[]): Array<[number, number]> | null {
  const maps: StepMap[] = [];
  for (const tr of transactions) if (tr.docChanged) maps.push(...tr.mapping.maps);
  if (maps.length > MAX_STEPS) return null;
  const ranges: Array<[number, number]> = [];
  maps.forEach((map, i) => {
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      let from = newStart;
      let to = newEnd;
      for (let j = i + 1; j < maps.length; j++) {
        from = maps[j]!.map(from, -1);
        to = maps[j]!.map(to, 1);
      }
      ranges.push([Math.min(from, to), Math.max(from, to)]);
    });
  });
  return ranges;
}
