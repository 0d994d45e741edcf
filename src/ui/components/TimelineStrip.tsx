import { useEffect, useRef, type CSSProperties } from 'react';
import { formatOffset } from '../../core/clock.ts';
import type { Colleague } from '../../core/team/colleagues.ts';
import type { Timeline } from '../../editor/queries/timeline.ts';
import { useActions, useController, useSession } from '../appContext.ts';

const HEIGHT = 22;
const UNASSIGNED = '#cfcbc3';
const GAP = '#b07800';

/// Who speaks when across the whole programme, and where gaps are still
/// open. Click to jump there, or type a time (the button beside it, Alt+J,
/// which is also the way there from the keyboard). Drawn on a canvas:
/// thousands of segments would be thousands of elements. In a shared
/// document, each colleague is a mark in their colour at the time of the
/// turn holding their caret, and a button under the strip ("Maya at
/// 5:42 am") that goes there.
export function TimelineStrip() {
  const timeline = useSession((s) => s.timeline);
  const colleagues = useSession((s) => s.colleagues);
  const controller = useController();
  const actions = useActions();
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const draw = () => paint(el, timeline, colleagues);
    draw();
    const observer = new ResizeObserver(draw);
    observer.observe(el);
    return () => observer.disconnect();
  }, [timeline, colleagues]);

  if (timeline.segments.length === 0) return null;
  return (
    <div className="timeline">
      <canvas
        ref={canvas}
        role="img"
        aria-label={`Timeline of speakers and open gaps over ${formatOffset(timeline.duration)}. Click to jump.`}
        title="Who speaks when; marks above are open gaps. Click to jump."
        onClick={(e) => {
          const box = e.currentTarget.getBoundingClientRect();
          controller.jumpToTime(((e.clientX - box.left) / box.width) * timeline.duration);
        }}
      />
      <button
        type="button"
        onClick={() => actions.openDialog({ kind: 'go-to-time' })}
        aria-keyshortcuts="Alt+J"
        title="Alt+J"
      >
        Go to time…
      </button>
      {colleagues.length > 0 && (
        <ul className="timeline-colleagues" aria-label="Colleagues in this transcript">
          {colleagues.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                style={{ '--colleague': c.color } as CSSProperties}
                disabled={c.time === null}
                title={c.time === null ? undefined : `Go to ${c.name}’s turn`}
                onClick={() => c.time !== null && controller.jumpToTime(c.time)}
              >
                {c.name} at {c.at}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function paint(el: HTMLCanvasElement, timeline: Timeline, colleagues: readonly Colleague[]): void {
  const ratio = window.devicePixelRatio || 1;
  const width = el.clientWidth;
  el.width = Math.round(width * ratio);
  el.height = Math.round(HEIGHT * ratio);
  const ctx = el.getContext('2d');
  if (!ctx) return;
  ctx.scale(ratio, ratio);
  ctx.clearRect(0, 0, width, HEIGHT);
  const x = (t: number) => (t / timeline.duration) * width;
  for (const segment of timeline.segments) {
    ctx.fillStyle = segment.color ?? UNASSIGNED;
    ctx.fillRect(x(segment.start), 7, Math.max(1, x(segment.end) - x(segment.start)), HEIGHT - 7);
  }
  ctx.fillStyle = GAP;
  for (const time of timeline.gaps) ctx.fillRect(Math.max(0, x(time) - 1.5), 0, 3, 6);
  // Colleagues over everything, edged in white to stand out on any speaker's colour.
  for (const c of colleagues) {
    if (c.time === null) continue;
    const at = Math.min(Math.max(x(c.time), 2), width - 2);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(at - 2.5, 0, 5, HEIGHT);
    ctx.fillStyle = c.color;
    ctx.fillRect(at - 1.5, 0, 3, HEIGHT);
  }
}
