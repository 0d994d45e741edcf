import { useSession } from '../appContext.ts';

/// Shows only one speaker's blocks, or only unassigned ones, by a style rule:
/// one change for the browser instead of a redraw of every block.
export function BlockFilterStyle() {
  const filter = useSession((s) => s.filter);
  if (filter.kind === 'all') return null;
  const keep =
    filter.kind === 'unassigned'
      ? '.unassigned'
      : filter.kind === 'attention'
        ? '.attention'
        : `[data-speaker="${CSS.escape(filter.speakerId)}"]`;
  return <style>{`.transcript .block:not(${keep}) { display: none; }`}</style>;
}
