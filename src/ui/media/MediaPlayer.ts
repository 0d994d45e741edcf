import type { EditorView } from 'prosemirror-view';
import { blockAtResolved } from '../../editor/queries/blocks.ts';
import { getMeta } from '../../editor/queries/metaAndRoster.ts';
import { gapAtSelection } from '../../editor/queries/gapRanges.ts';
import { updateMeta } from '../../editor/commands/meta.ts';
import { setBlockStart } from '../../editor/commands/times.ts';
import { blockAt, timedBlocks } from '../../editor/queries/timedBlocks.ts';
import { revealElement } from '../../editor/view/revealSelection.ts';
import { estimateTimeAt } from '../../editor/queries/timeEstimate.ts';
import type { SessionStore } from '../../store/session.ts';
import type { EditorHost } from '../document/editorHost.ts';
import { formatMediaTime } from './formatMediaTime.ts';
import { LevelStrip, type StripParts } from './LevelStrip.ts';
import { SeekBar, type SeekParts } from './SeekBar.ts';

export const MEDIA_ACCEPT =
  'audio/*,video/*,.mp3,.m4a,.aac,.wav,.ogg,.oga,.opus,.flac,.mp4,.m4v,.webm,.mov,.mkv';
const SKIP_SECONDS = 5;
const FOLLOW_INTERVAL_MS = 200;
const GAP_MARGIN = 2;
export const RATES = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;

/// Plays the user's recording beside the transcript. The file is read from
/// disk through an object URL and never copied; the document remembers only
/// its name and the offset between media time and programme time.
///
/// Playback never goes through React or transactions: five times a second,
/// the block under the playhead gets a class on its DOM node, and the seek
/// slider and time readouts are written directly (`SeekBar`). The session
/// store hears only of play, pause and rate. The level strip (`LevelStrip`)
/// is read once per file, off the main thread, and drawn as it arrives.
export class MediaPlayer {
  private element: HTMLMediaElement | null = null;
  private url: string | null = null;
  private file: File | null = null;
  /// The file whose levels are being read or drawn.
  private levelsOf: File | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private current: { pos: number; dom: Element } | null = null;
  private loop: { from: number; to: number } | null = null;
  private readonly seekBar = new SeekBar((seconds) => this.seek(seconds));
  private readonly strip = new LevelStrip();

  constructor(
    private readonly host: EditorHost,
    private readonly store: SessionStore,
  ) {}

  /// The <audio>/<video> element, the seek bar and the level strip, once rendered.
  attach(element: HTMLMediaElement | null, parts: SeekParts & StripParts): void {
    this.seekBar.attach(parts);
    this.strip.attach(parts);
    this.tick();
    if (this.element === element) return;
    this.element?.pause();
    this.element = element;
    if (!element) return;
    if (this.url) element.src = this.url;
    element.addEventListener('play', () => this.onPlayState());
    element.addEventListener('pause', () => this.onPlayState());
    element.addEventListener('ratechange', () => this.store.setState({ mediaRate: element.playbackRate }));
    element.addEventListener('loadedmetadata', () => {
      this.tick();
      this.readLevels();
    });
    element.addEventListener('durationchange', () => this.tick());
    element.addEventListener('seeked', () => this.tick());
    element.addEventListener('error', () =>
      this.store
        .getState()
        .actions.notify(
          'error',
          `This browser cannot play ${this.store.getState().mediaName ?? 'that file'}.`,
        ),
    );
  }

  /// Opens a local audio or video file. Returns false (with a message) for
  /// files that are not media.
  open(file: File): boolean {
    const kind = file.type.startsWith('video/')
      ? 'video'
      : file.type.startsWith('audio/')
        ? 'audio'
        : /\.(mp4|m4v|webm|mov|mkv)$/i.test(file.name)
          ? 'video'
          : /\.(mp3|m4a|aac|wav|ogg|oga|opus|flac)$/i.test(file.name)
            ? 'audio'
            : null;
    if (!kind) {
      this.store.getState().actions.notify('error', `${file.name} is not an audio or video file.`);
      return false;
    }
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = URL.createObjectURL(file);
    this.file = file;
    // The last recording's strip goes at once: its levels are not this
    // one's, and this one's are read when its length is known.
    this.levelsOf = null;
    this.strip.clear();
    this.store.setState({ mediaName: file.name, mediaKind: kind, notice: null });
    if (this.element) this.element.src = this.url;
    const meta = getMeta(this.host.editorState.doc);
    if (meta.media?.name !== file.name) {
      this.host.run(updateMeta({ media: { name: file.name, offset: meta.media?.offset ?? 0 } }), false);
    }
    return true;
  }

  /// Forgets the loaded file (a new transcript was opened, say).
  close(): void {
    this.element?.pause();
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = null;
    this.file = null;
    this.levelsOf = null;
    this.strip.clear();
    this.store.setState({ mediaName: null, mediaKind: null, mediaPlaying: false });
  }

  get loaded(): boolean {
    return this.url !== null && this.element !== null;
  }

  private get offset(): number {
    return getMeta(this.host.editorState.doc).media?.offset ?? 0;
  }

  // ---- transport ----

  togglePlay(): boolean {
    const el = this.element;
    if (!el || !this.url) return false;
    if (el.paused) void el.play().catch(() => undefined);
    else el.pause();
    return true;
  }

  /// Moves the playhead to a media time (the seek slider).
  seek(seconds: number): void {
    const el = this.element;
    if (!el || !this.url) return;
    this.loop = null;
    el.currentTime = Math.max(0, seconds);
    // At once, not at the next tick or `seeked`: keys held on the slider
    // step from where the last one went.
    this.tick();
  }

  /// Writes the readouts and the highlight again (the programme's start
  /// clock or the media offset changed).
  refresh(): void {
    this.tick();
  }

  skip(seconds: number): boolean {
    const el = this.element;
    if (!el || !this.url) return false;
    el.currentTime = Math.max(0, el.currentTime + seconds);
    return true;
  }

  back(): boolean {
    return this.skip(-SKIP_SECONDS);
  }

  forward(): boolean {
    return this.skip(SKIP_SECONDS);
  }

  /// One step slower (-1) or faster (+1) through RATES.
  changeRate(dir: 1 | -1): boolean {
    const el = this.element;
    if (!el || !this.url) return false;
    const index = RATES.findIndex((r) => r >= el.playbackRate - 1e-6);
    const next =
      RATES[Math.min(RATES.length - 1, Math.max(0, (index < 0 ? RATES.length - 1 : index) + dir))]!;
    el.playbackRate = next;
    return true;
  }

  setRate(rate: number): void {
    if (this.element) this.element.playbackRate = rate;
  }

  /// Plays from a programme time (a block's start).
  playFrom(programmeSeconds: number): boolean {
    const el = this.element;
    if (!el || !this.url) return false;
    this.loop = null;
    el.currentTime = Math.max(0, programmeSeconds + this.offset);
    void el.play().catch(() => undefined);
    return true;
  }

  /// A click on a turn's time: play from there, or say how to.
  playFromBlock(blockPos: number): void {
    if (this.loaded) this.playBlockAt(blockPos);
    else this.announce('Open a recording (Media…) to play from a turn.');
  }

  playBlockAt(blockPos: number): boolean {
    const node = this.host.editorState.doc.nodeAt(blockPos);
    const start = node?.attrs['start'] as number | null | undefined;
    if (start == null) return false;
    return this.playFrom(start);
  }

  /// Loops the audio around the gap under the cursor, two seconds either
  /// side, until the user types.
  replayGap(): boolean {
    const state = this.host.editorState;
    const gap = gapAtSelection(state);
    const block = gap ? blockAtResolved(state.doc.resolve(gap.from)) : null;
    if (!gap || !block || !this.loaded) return false;
    const from = estimateTimeAt(state.doc, block.pos, gap.from - block.pos - 1);
    const to = estimateTimeAt(state.doc, block.pos, gap.to - block.pos - 1);
    if (from === null) return false;
    const offset = this.offset;
    this.loop = { from: Math.max(0, from + offset - GAP_MARGIN), to: (to ?? from) + offset + GAP_MARGIN };
    this.element!.currentTime = this.loop.from;
    void this.element!.play().catch(() => undefined);
    this.store.setState({ mediaLooping: true });
    return true;
  }

  /// Typing ends a gap loop.
  stopLoop(): void {
    if (!this.loop) return;
    this.loop = null;
    this.store.setState({ mediaLooping: false });
  }

  // ---- time mapping ----

  /// "This block starts now": the block at the cursor begins at the
  /// playhead, which sets the offset between media and programme time.
  blockStartsNow(): boolean {
    const el = this.element;
    const state = this.host.editorState;
    const block = blockAtResolved(state.selection.$from);
    const start = block?.node.attrs['start'] as number | null | undefined;
    if (!el || !this.url || start == null) return false;
    const name = this.store.getState().mediaName ?? getMeta(state.doc).media?.name ?? '';
    const offset = Math.round((el.currentTime - start) * 100) / 100;
    this.host.run(updateMeta({ media: { name, offset } }), false);
    this.announce(`Media offset set: programme start is at ${offset.toFixed(2)} s of the recording.`);
    // The highlight follows the new offset now, paused or not.
    this.tick();
    return true;
  }

  /// Sets the start of the block at the cursor from the playhead.
  setStartFromPlayhead(): boolean {
    const el = this.element;
    if (!el || !this.url) return false;
    return this.host.run(
      setBlockStart(el.currentTime - this.offset, ({ backwards }) => {
        if (backwards) {
          this.store
            .getState()
            .actions.notify(
              'error',
              'That start time is out of order: it is earlier than the turn before or later than the turn after. Undo (Ctrl+Z) if it is wrong.',
            );
        }
      }),
    );
  }

  /// Alt+W: says what is playing (or where the playhead stopped): the
  /// turn's time and speaker, and the media time.
  announcePlaying(): boolean {
    const el = this.element;
    const view = this.host.editorView;
    if (!el || !this.url || !view) return false;
    const programmeTime = el.currentTime - this.offset;
    const block = blockAt(timedBlocks(view.state.doc), programmeTime);
    const dom = block ? view.nodeDOM(block.pos) : null;
    const turn = dom instanceof Element ? dom.getAttribute('aria-label') : null;
    const state = el.paused ? 'Paused' : 'Playing';
    this.announce(
      `${state} at ${formatMediaTime(el.currentTime)} of the recording${turn ? `: the turn at ${turn}` : ''}.`,
    );
    return true;
  }

  private announce(text: string): void {
    this.store.getState().actions.notify('info', text);
  }

  // ---- following playback ----

  private onPlayState(): void {
    const playing = !!this.element && !this.element.paused;
    this.store.setState({ mediaPlaying: playing });
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    // A timer, not an animation-frame loop: five times a second is enough to
    // follow speech, and a frame loop would keep the page drawing 60 frames
    // a second for nothing, taking the time typing needs.
    if (playing) this.timer = setInterval(() => this.tick(), FOLLOW_INTERVAL_MS);
    this.tick();
  }

  /// One playback step: loop a gap, move the highlight, write the clock.
  private tick(): void {
    const el = this.element;
    const view = this.host.editorView;
    if (!el || !view) return;
    if (this.loop && el.currentTime >= this.loop.to) el.currentTime = this.loop.from;
    const meta = getMeta(view.state.doc);
    const offset = meta.media?.offset ?? 0;
    this.seekBar.show(el.currentTime, el.duration, { startClock: meta.startClock, offset });
    this.highlight(view, el.currentTime - offset);
  }

  /// Once per file, when its length is known (the decoder needs it to
  /// decline what is too long to hold).
  private readLevels(): void {
    if (!this.file || this.levelsOf === this.file || !this.element) return;
    this.levelsOf = this.file;
    this.strip.load(this.file, this.element.duration);
  }

  private highlight(view: EditorView, programmeTime: number): void {
    const block = blockAt(timedBlocks(view.state.doc), programmeTime);
    const dom = block ? view.nodeDOM(block.pos) : null;
    if (this.current && (this.current.dom !== dom || !block || this.current.pos !== block.pos)) {
      this.current.dom.classList.remove('playing');
      this.current.dom.removeAttribute('aria-current');
      this.current = null;
    }
    if (!block || !(dom instanceof Element)) return;
    if (!this.current) {
      // Marked for assistive technology too, not by colour alone.
      dom.classList.add('playing');
      dom.setAttribute('aria-current', 'true');
      this.current = { pos: block.pos, dom };
      if (this.store.getState().mediaFollow && !this.element!.paused) revealElement(dom);
    }
  }
}
