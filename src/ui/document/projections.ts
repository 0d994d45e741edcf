import { getMeta, getRoster } from '../../editor/queries/metaAndRoster.ts';
import { gapList } from '../../editor/queries/gapList.ts';
import { docStats } from '../../editor/queries/stats.ts';
import { docTimeline, type Timeline } from '../../editor/queries/timeline.ts';
import type { SessionStore } from '../../store/session.ts';
import { IdleDebounce } from '../scheduler.ts';
import type { EditorHost } from './editorHost.ts';

/// Read-only copies of the document for React: the header (roster and
/// programme) at once, counts, gaps and the timeline when the editor is
/// idle. Each is published only when it changed, so no component re-renders
/// per keystroke.
export class Projections {
  private readonly later = new IdleDebounce(() => this.publishStats(), 150, 1000);
  private frame: number | null = null;

  constructor(
    private readonly host: EditorHost,
    private readonly store: SessionStore,
    /// Publishes the find panel's count with the other figures.
    private readonly alsoPublish: () => void,
  ) {}

  requestStats(): void {
    this.later.request();
  }

  /// Publishes the counts before the next paint (after an undo, say).
  publishStatsNextFrame(): void {
    this.later.cancel();
    if (this.frame !== null) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      this.publishStats();
    });
  }

  publishHeader(): void {
    const doc = this.host.editorState.doc;
    this.store.setState({ speakers: getRoster(doc), meta: getMeta(doc) });
  }

  publishStats(): void {
    const doc = this.host.editorState.doc;
    const state = this.store.getState();
    const stats = docStats(doc);
    if (JSON.stringify(state.stats) !== JSON.stringify(stats)) this.store.setState({ stats });
    const gaps = gapList(doc);
    if (!sameList(gaps, state.gaps, sameFields)) this.store.setState({ gaps });
    this.alsoPublish();
    const timeline = docTimeline(doc);
    if (!sameTimeline(timeline, state.timeline)) this.store.setState({ timeline });
  }
}

// Compared item by item, not as JSON text: this runs about once a second
// while the user types, and a day has thousands of gaps and 20,000 segments.
function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i]!, b[i]!)) return false;
  return true;
}

function sameFields<T extends object>(a: T, b: T): boolean {
  for (const key in a) if (a[key] !== b[key]) return false;
  return true;
}

function sameTimeline(a: Timeline, b: Timeline): boolean {
  return (
    a.duration === b.duration &&
    sameList(a.gaps, b.gaps, (x, y) => x === y) &&
    sameList(a.segments, b.segments, (x, y) => x.start === y.start && x.color === y.color)
  );
}
