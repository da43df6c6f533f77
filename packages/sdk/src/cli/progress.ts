/**
 * Progress of a long build: a bar on an interactive terminal (cleared when done), plain lines at
 * most once a second otherwise (logs, CI), and nothing at all for builds that finish quickly.
 */
import cliProgress from 'cli-progress';
import type { Terminal } from './io.js';

/** Receives `buildPack`'s progress callbacks. */
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/** How long a build runs before any progress is shown, in milliseconds. */
const QUIET_START_MS = 400;
/** Least time between two plain progress lines, in milliseconds. */
const LINE_EVERY_MS = 1000;

/** Creates the progress display for building `label`; `enabled: false` shows nothing. */
export function createProgress(label: string, term: Terminal, enabled = true): Progress {
  if (!enabled) return { update() {}, stop() {} };
  const started = performance.now();
  if (term.interactive) {
    let bar: cliProgress.SingleBar | undefined;
    return {
      update(done, total) {
        if (!bar) {
          if (performance.now() - started < QUIET_START_MS || total <= 0) return;
          bar = new cliProgress.SingleBar(
            {
              format: `${term.err.cyan('building')} ${label} ${term.err.cyan('{bar}')} {percentage}% | {value}/{total} | {duration_formatted}`,
              stream: process.stderr,
              hideCursor: true,
              clearOnComplete: true,
              barsize: 30,
            },
            cliProgress.Presets.shades_classic,
          );
          bar.start(total, done);
          return;
        }
        bar.setTotal(total);
        bar.update(done);
      },
      stop() {
        bar?.stop();
      },
    };
  }
  let last = started;
  return {
    update(done, total) {
      const now = performance.now();
      if (now - last < LINE_EVERY_MS || total <= 0) return;
      last = now;
      term.error(`building ${label}: ${done}/${total} (${Math.floor((100 * done) / total)}%)`);
    },
    stop() {},
  };
}
