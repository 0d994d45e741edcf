import { readLevels } from '../../platform/levels/readLevels.ts';

/// The level strip's elements: the canvas drawn along the seek slider, and
/// a note for when there is no strip.
export interface StripParts {
  canvas: HTMLCanvasElement | null;
  note: HTMLElement | null;
}

/// Levels below this many decibels are drawn as silence; a dB scale shows
/// quiet speech that a linear one would flatten.
const FLOOR_DB = 48;

/// The level strip: the loudest moment of each slice of the recording, read
/// by `platform/levels` (a worker for WAV, Web Audio's decoder for the rest)
/// and drawn on a canvas as it fills. It is drawn when levels arrive (at
/// most four times a second) and when the canvas is resized, never per
/// playback tick or keystroke: the seek slider's thumb over it is the playhead.
export class LevelStrip {
  private parts: StripParts = { canvas: null, note: null };
  private peaks: Float32Array | null = null;
  private fraction = 0;
  private state: 'none' | 'reading' | 'ready' | 'unavailable' = 'none';
  private message = '';
  /// The recording's name, in the strip's label: a test or a screen reader
  /// can tell the new recording's strip from the one before.
  private name = '';
  private abort: AbortController | null = null;
  private observer: ResizeObserver | null = null;
  private frame = 0;

  attach(parts: StripParts): void {
    if (parts.canvas !== this.parts.canvas) {
      this.observer?.disconnect();
      this.observer = null;
      if (parts.canvas && typeof ResizeObserver !== 'undefined') {
        this.observer = new ResizeObserver(() => this.scheduleDraw());
        this.observer.observe(parts.canvas);
      }
    }
    this.parts = parts;
    this.scheduleDraw();
  }

  /// Starts reading a newly opened recording; `seconds` is its length if known.
  load(file: File, seconds: number): void {
    this.clear();
    const abort = new AbortController();
    this.abort = abort;
    this.name = file.name;
    this.state = 'reading';
    this.scheduleDraw();
    void readLevels(
      file,
      seconds,
      (peaks, fraction) => {
        if (abort.signal.aborted) return;
        this.peaks = peaks;
        this.fraction = fraction;
        this.scheduleDraw();
      },
      abort.signal,
    ).then((outcome) => {
      if (abort.signal.aborted) return;
      if (outcome.ok) {
        this.peaks = outcome.peaks;
        this.fraction = 1;
        this.state = 'ready';
      } else {
        this.peaks = null;
        this.state = 'unavailable';
        this.message = `No level strip: ${outcome.message}.`;
      }
      this.scheduleDraw();
    });
  }

  /// Forgets the recording (and stops reading it).
  clear(): void {
    this.abort?.abort();
    this.abort = null;
    this.peaks = null;
    this.fraction = 0;
    this.state = 'none';
    this.message = '';
    this.name = '';
    this.scheduleDraw();
  }

  private scheduleDraw(): void {
    if (this.frame || typeof requestAnimationFrame === 'undefined') return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    const { canvas, note } = this.parts;
    if (note && note.textContent !== this.message) note.textContent = this.message;
    if (!canvas) return;
    const label =
      this.state === 'reading'
        ? `Level strip: reading ${this.name}, ${Math.floor(this.fraction * 100)} %`
        : this.state === 'ready'
          ? `Level strip of ${this.name}`
          : this.state === 'unavailable'
            ? this.message
            : 'Level strip';
    canvas.setAttribute('aria-label', label);
    canvas.dataset['state'] = this.state;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.max(1, Math.round(canvas.clientWidth * ratio));
    const height = Math.max(1, Math.round(canvas.clientHeight * ratio));
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) return;
    context.clearRect(0, 0, width, height);
    const peaks = this.peaks;
    if (!peaks) return;
    const middle = height / 2;
    const read = Math.round(width * this.fraction);
    context.fillStyle = '#7d8799';
    for (let x = 0; x < read; x++) {
      const from = Math.floor((x * peaks.length) / width);
      const to = Math.max(from + 1, Math.floor(((x + 1) * peaks.length) / width));
      let peak = 0;
      for (let i = from; i < to; i++) peak = Math.max(peak, peaks[i]!);
      const level = peak > 0 ? Math.max(0, 1 + (20 * Math.log10(peak)) / FLOOR_DB) : 0;
      const half = Math.max(0.5 * ratio, level * middle);
      context.fillRect(x, middle - half, 1, half * 2);
    }
  }
}
