/**
 * A pack cut down to what some assignments and plans need: their problems, the skills those
 * practise (and the skills those build on), the misconceptions their wrong answers name. A seat
 * that practises one skill builder then loads kilobytes, not the whole curriculum, and the slice
 * is still a valid pack. Pure.
 */
import type { Pack } from './schema.js';

export interface SliceOptions {
  /** Assignment ids to keep. */
  readonly assignments?: readonly string[];
  /** Plan ids to keep, with every assignment their segments use. */
  readonly plans?: readonly string[];
}

/** The part of `pack` that the given assignments and plans use; unknown ids are ignored. */
export function slicePack(pack: Pack, options: SliceOptions): Pack {
  const plans = (pack.plans ?? []).filter((p) => options.plans?.includes(p.id));
  const wanted = new Set([
    ...(options.assignments ?? []),
    ...plans.flatMap((p) => p.segments.flatMap((s) => (s.assignment ? [s.assignment] : []))),
  ]);
  const assignments = (pack.assignments ?? []).filter((a) => wanted.has(a.id));
  const problemIds = new Set(assignments.flatMap((a) => a.problems));
  const problems = pack.problems.filter((p) => problemIds.has(p.id));

  const skillsById = new Map(pack.skills.map((s) => [s.id, s]));
  const skillIds = new Set<string>();
  const visit = (id: string) => {
    if (skillIds.has(id)) return;
    skillIds.add(id);
    for (const p of skillsById.get(id)?.prerequisites ?? []) visit(p);
  };
  for (const p of problems) visit(p.skill);
  for (const a of assignments) if (a.kind === 'skill-builder') visit(a.skill);
  const skills = pack.skills.filter((s) => skillIds.has(s.id));

  const named = new Set(
    problems
      .flatMap((p) => [...(p.wrongAnswers ?? []), ...(p.scaffold ?? []).flatMap((step) => step.wrongAnswers ?? [])])
      .flatMap((w) => (w.misconception ? [w.misconception] : [])),
  );
  const misconceptions = (pack.misconceptions ?? []).filter((m) => named.has(m.id));

  const { assignments: _a, plans: _p, misconceptions: _m, ...rest } = pack;
  return {
    ...rest,
    skills,
    problems,
    ...(pack.misconceptions ? { misconceptions } : {}),
    ...(pack.assignments ? { assignments } : {}),
    ...(pack.plans ? { plans } : {}),
  };
}
