/** A pausable stopwatch for one segment, read from an injected clock. */
export class SegmentTimer {
  #startedAt: number | undefined;
  #banked = 0;

  /** Starts (or restarts) from zero at `now`. */
  restart(now: number): void {
    this.#banked = 0;
    this.#startedAt = now;
  }

  pause(now: number): void {
    if (this.#startedAt === undefined) return;
    this.#banked += now - this.#startedAt;
    this.#startedAt = undefined;
  }

  resume(now: number): void {
    this.#startedAt ??= now;
  }

  get running(): boolean {
    return this.#startedAt !== undefined;
  }

  elapsed(now: number): number {
    return this.#banked + (this.#startedAt === undefined ? 0 : Math.max(0, now - this.#startedAt));
  }
}

/** "4:05". */
export function clockText(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
