import { useSession } from '../appContext.ts';

/// Where the review stands: blocks reviewed, gaps open, blocks without a speaker.
export function ReviewProgress() {
  const stats = useSession((s) => s.stats);
  if (stats.blocks === 0) return null;
  return (
    <div className="review-progress">
      <progress max={stats.blocks} value={stats.reviewed} aria-label="Turns reviewed" />
      <span role="status" aria-live="polite" aria-label="Review progress">
        {stats.reviewed} of {stats.blocks} reviewed · {stats.gapsOpen} {stats.gapsOpen === 1 ? 'gap' : 'gaps'}{' '}
        open · {stats.unassigned} without speaker
      </span>
    </div>
  );
}
