/**
 * The tutor's console (examples/console, production build) in headless Chromium: a tutor page
 * and four student pages in one browser; the time from a student's Enter key to the tutor's card
 * showing the new attempt, median and 95th percentile over answers from all four students.
 */
import { type Latency, LEARNERS, measureLatency, openRoom } from '../examples/console/test/room.js';
import { type Results, round } from './measure.js';

const PER_STUDENT = 15;

export async function benchConsole(results: Results): Promise<void> {
  const room = await openRoom({ tutorIdle: 600_000, studentIdle: 600_000 });
  try {
    const samples: number[] = [];
    // Warm-up: the first answers load the checker and fonts.
    await measureLatency(room, 0, 3);
    for (let i = 0; i < LEARNERS.length; i++) {
      const latency: Latency = await measureLatency(room, i, PER_STUDENT);
      samples.push(...latency.samples);
    }
    const sorted = samples.sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
    results['console-answer-to-card-median'] = {
      value: round(at(50)),
      unit: 'ms',
      budget: 50,
      better: 'lower',
    };
    results['console-answer-to-card-p95'] = { value: round(at(95)), unit: 'ms', budget: 100, better: 'lower' };
  } finally {
    await room.close();
  }
}
