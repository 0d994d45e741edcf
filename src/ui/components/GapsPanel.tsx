import { clockAt, formatClock, formatOffset } from '../../core/clock.ts';
import { useController, useSession } from '../appContext.ts';
import { selectGap } from '../../editor/commands/gaps.ts';

const STATUS_LABEL: Record<string, string> = {
  open: 'open',
  corrected: 'corrected',
  unresolvable: 'unresolvable',
};

/// Every gap with its time, speaker, context and status. Selecting one puts
/// it in the editor, selected, so typing corrects it.
export function GapsPanel() {
  const gaps = useSession((s) => s.gaps);
  const stats = useSession((s) => s.stats);
  const speakers = useSession((s) => s.speakers);
  const startClock = useSession((s) => s.meta.startClock);
  const controller = useController();
  const names = new Map(speakers.map((s) => [s.id, s.name]));
  return (
    <section className="panel gaps" aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">Gaps</h2>
      <p className="gap-counts">
        {stats.gapsOpen} open · {stats.gapsCorrected} corrected · {stats.gapsUnresolvable} unresolvable
      </p>
      <p className="hint">
        <kbd>F8</kbd> next, <kbd>Shift+F8</kbd> previous: the gap is selected, type to correct it.{' '}
        <kbd>Alt+U</kbd> marks it unresolvable (kept as a tag in exports).
      </p>
      {gaps.length === 0 ? (
        <p className="hint">This transcript has no gaps.</p>
      ) : (
        <ul className="gap-list" aria-label="Gaps">
          {gaps.map((gap) => {
            const time =
              gap.start === null
                ? ''
                : `${gap.estimated ? '~' : ''}${startClock !== undefined ? formatClock(clockAt(startClock, gap.start)) : formatOffset(gap.start)}`;
            const who = gap.speakerId ? (names.get(gap.speakerId) ?? '') : 'Unassigned';
            return (
              <li key={gap.index} className={`gap-item ${gap.status}`}>
                <button type="button" onClick={() => controller.run(selectGap(gap.index))}>
                  <span className="gap-meta">
                    <span>{time}</span> <span>{who}</span>{' '}
                    <span className={`gap-status ${gap.status}`}>{STATUS_LABEL[gap.status]}</span>
                  </span>
                  <span className="gap-context">
                    …{gap.before}
                    <mark className={`gap gap-${gap.status}`}>{gap.text}</mark>
                    {gap.after}…
                  </span>
                  {gap.status === 'corrected' && <span className="hint">was {gap.tag}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
