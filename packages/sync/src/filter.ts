import type { TutorEvent } from '@tutorkit/core';
import { type EventFilter, EventStoreError } from './types.js';

/** The assignment an event belongs to, or `undefined` for events outside assignments. */
export function assignmentOf(event: TutorEvent): string | undefined {
  return 'assignment' in event && typeof event.assignment === 'string' ? event.assignment : undefined;
}

/** Whether `event` passes `filter`. */
export function matchesFilter(event: TutorEvent, filter: EventFilter): boolean {
  if (filter.learner !== undefined && event.learner !== filter.learner) return false;
  if (filter.session !== undefined && event.session !== filter.session) return false;
  if (filter.assignment !== undefined && assignmentOf(event) !== filter.assignment) return false;
  return true;
}

/** Rejects events that could not be keyed or indexed, before anything is written. */
export function validateEvents(events: readonly TutorEvent[]): void {
  if (!Array.isArray(events)) throw new EventStoreError('invalid-event', 'append() takes an array of events');
  events.forEach((event: unknown, index) => {
    const e = event as Partial<Record<'id' | 'learner' | 'session', unknown>> | null;
    for (const field of ['id', 'learner', 'session'] as const) {
      const value = e?.[field];
      if (typeof value !== 'string' || value === '') {
        throw new EventStoreError(
          'invalid-event',
          `Event ${index} has no ${field}: every event needs a non-empty string ${field}`,
        );
      }
    }
  });
}

/** Reports an error thrown by a listener without breaking the store or other listeners. */
export function reportListenerError(error: unknown): void {
  const report = (globalThis as { reportError?: (error: unknown) => void }).reportError;
  if (typeof report === 'function') report(error);
  else
    setTimeout(() => {
      throw error;
    });
}

/** Calls each listener with `events`, isolating listeners from each other's errors. */
export function notify(
  listeners: Iterable<(events: readonly TutorEvent[]) => void>,
  events: readonly TutorEvent[],
): void {
  if (events.length === 0) return;
  for (const listener of [...listeners]) {
    try {
      listener(events);
    } catch (error) {
      reportListenerError(error);
    }
  }
}
