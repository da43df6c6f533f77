/**
 * Group alerts: two or more learners showing the same misconception within a window, with the
 * skill's worked example as a suggested mini-lesson.
 */
import type { TutorEvent } from '../events/types.js';
import { miniLessonFor, misconceptionTitleFor, skillOfProblem } from './pack-guide.js';
import type { GroupAlert, GroupViewOptions } from './view.js';

function minutes(ms: number): number {
  return Math.round(ms / 60_000);
}

interface Entry {
  learners: Set<string>;
  firstAt: number;
  lastAt: number;
  skills: Map<string, number>;
}

/** The most frequent skill of the alert's answers (ties: the first id in order). */
function mainSkill(skills: Map<string, number>): string | undefined {
  return [...skills].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** The group's alerts at `options.now`, biggest first. */
export function alertsFor(events: readonly TutorEvent[], options: GroupViewOptions): GroupAlert[] {
  const windowMs = options.alertWindowMs ?? 600_000;
  const windowStart = options.now - windowMs;
  const byMisconception = new Map<string, Entry>();
  for (const event of events) {
    if (
      event.type !== 'answer.submitted' ||
      event.misconception === undefined ||
      event.at < windowStart ||
      event.at > options.now
    )
      continue;
    const entry = byMisconception.get(event.misconception) ?? {
      learners: new Set<string>(),
      firstAt: event.at,
      lastAt: event.at,
      skills: new Map<string, number>(),
    };
    entry.learners.add(event.learner);
    entry.firstAt = Math.min(entry.firstAt, event.at);
    entry.lastAt = Math.max(entry.lastAt, event.at);
    const skill = skillOfProblem(options.pack, event.problem);
    if (skill !== undefined) entry.skills.set(skill, (entry.skills.get(skill) ?? 0) + 1);
    byMisconception.set(event.misconception, entry);
  }
  const alerts: GroupAlert[] = [];
  for (const [misconception, entry] of byMisconception) {
    if (entry.learners.size < 2) continue;
    const title = misconceptionTitleFor(options.pack, options.locale, misconception);
    const skill = mainSkill(entry.skills);
    const lesson = skill === undefined ? undefined : miniLessonFor(options.pack, options.locale, skill);
    alerts.push({
      misconception,
      ...(title === undefined ? {} : { title }),
      learners: [...entry.learners].sort(),
      firstAt: entry.firstAt,
      lastAt: entry.lastAt,
      words: `${entry.learners.size} students show the same mistake (${title ?? misconception}) in the last ${minutes(windowMs)} minutes: a moment to teach it to the group`,
      ...(skill === undefined ? {} : { skill }),
      ...(lesson === undefined ? {} : { lesson }),
    });
  }
  return alerts.sort((a, b) => b.learners.length - a.learners.length || a.misconception.localeCompare(b.misconception));
}
