import { formatProgrammeTime } from '../../core/clock.ts';
import { formatMediaTime } from './formatMediaTime.ts';

/// The seek bar's elements, rendered once by the media bar.
export interface SeekParts {
  slider: HTMLInputElement | null;
  /// Media time at the playhead, and the recording's length.
  playhead: HTMLElement | null;
  duration: HTMLElement | null;
  /// Programme time (the clock on the page) at the playhead and at the end.
  programme: HTMLElement | null;
}

/// Where the programme sits in the recording, for programme time.
export interface ProgrammeClock {
  startClock: number | undefined;
  /// Media time at which the programme starts.
  offset: number;
}

const ARROW_SECONDS = 5;
const PAGE_SECONDS = 60;

/// The seek slider and the time readouts. Playback writes them directly
/// (`show`, five times a second while playing), never through React or the
/// store, so the page re-renders nothing per tick; a readout is written only
/// when its text changes.
export class SeekBar {
  private parts: SeekParts = { slider: null, playhead: null, duration: null, programme: null };
  private dragging = false;
  private max = 0;

  constructor(
    /// Moves the playhead to a media time.
    private readonly seek: (seconds: number) => void,
  ) {}

  attach(parts: SeekParts): void {
    const old = this.parts.slider;
    if (old !== parts.slider) {
      old?.removeEventListener('keydown', this.onKey);
      old?.removeEventListener('input', this.onInput);
      old?.removeEventListener('pointerdown', this.onPointerDown);
      old?.removeEventListener('pointerup', this.onPointerUp);
      parts.slider?.addEventListener('keydown', this.onKey);
      parts.slider?.addEventListener('input', this.onInput);
      parts.slider?.addEventListener('pointerdown', this.onPointerDown);
      parts.slider?.addEventListener('pointerup', this.onPointerUp);
    }
    this.parts = parts;
  }

  /// The playhead at `time` of a recording `duration` long (NaN until known).
  show(time: number, duration: number, clock: ProgrammeClock): void {
    const { slider, playhead, programme } = this.parts;
    const length = Number.isFinite(duration) ? duration : 0;
    const here = formatMediaTime(time);
    const programmeHere = formatProgrammeTime(clock.startClock, time - clock.offset);
    if (slider) {
      if (this.max !== length || slider.max !== String(length)) {
        this.max = length;
        slider.max = String(length);
      }
      if (!this.dragging) slider.value = String(time);
      write(
        slider,
        `${here} of ${formatMediaTime(length)}, programme time ${programmeHere}`,
        'aria-valuetext',
      );
    }
    write(playhead, here);
    write(this.parts.duration, formatMediaTime(length));
    write(programme, `${programmeHere} / ${formatProgrammeTime(clock.startClock, length - clock.offset)}`);
  }

  private readonly onKey = (event: KeyboardEvent) => {
    const slider = event.currentTarget as HTMLInputElement;
    const now = Number(slider.value);
    const target = {
      ArrowLeft: now - ARROW_SECONDS,
      ArrowDown: now - ARROW_SECONDS,
      ArrowRight: now + ARROW_SECONDS,
      ArrowUp: now + ARROW_SECONDS,
      PageDown: now - PAGE_SECONDS,
      PageUp: now + PAGE_SECONDS,
      Home: 0,
      End: this.max,
    }[event.key];
    if (target === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    this.seek(Math.min(this.max, Math.max(0, target)));
  };

  private readonly onInput = (event: Event) => {
    this.seek(Number((event.currentTarget as HTMLInputElement).value));
  };

  private readonly onPointerDown = () => {
    this.dragging = true;
  };

  private readonly onPointerUp = () => {
    this.dragging = false;
  };
}

/// Sets an element's text (or an attribute) only when it changes.
function write(element: HTMLElement | null, text: string, attribute?: string): void {
  if (!element) return;
  if (attribute) {
    if (element.getAttribute(attribute) !== text) element.setAttribute(attribute, text);
  } else if (element.textContent !== text) element.textContent = text;
}
