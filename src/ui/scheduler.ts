/// Runs `task` once the user pauses for `delay` ms, but at least every
/// `maxWait` ms while they keep going, and only when the browser is idle.
export class IdleDebounce {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstRequest: number | null = null;

  constructor(
    private readonly task: () => void,
    private readonly delay: number,
    private readonly maxWait: number,
  ) {}

  request(): void {
    const now = Date.now();
    this.firstRequest ??= now;
    if (this.timer !== null) clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.delay, this.firstRequest + this.maxWait - now));
    this.timer = setTimeout(() => this.whenIdle(), wait);
  }

  /// Runs a pending task now (before a save, say, or when the page hides).
  flush(): void {
    if (this.timer === null) return;
    clearTimeout(this.timer);
    this.run();
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.firstRequest = null;
  }

  private whenIdle(): void {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => this.run(), { timeout: 500 });
    else this.run();
  }

  private run(): void {
    if (this.timer === null && this.firstRequest === null) return;
    this.timer = null;
    this.firstRequest = null;
    this.task();
  }
}

/// Resolves once the browser has painted the current frame: for work that
/// must not delay what the user sees.
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') setTimeout(resolve, 0);
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
