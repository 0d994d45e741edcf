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
    if (JSON.stringify(gaps) !== JSON.stringify(state.gaps)) this.store.setState({ gaps });
    this.alsoPublish();
    const timeline = docTimeline(doc);
    if (timelineKey(timeline) !== timelineKey(state.timeline)) this.store.setState({ timeline });
  }
}

function timelineKey(t: Timeline): string {
  return `${t.duration}|${t.gaps.join(',')}|${t.segments.map((s) => `${s.start}:${s.color}`).join(',')}`;
}
