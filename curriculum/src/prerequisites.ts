/**
 * Prerequisite links between skills, along the coherence map of the standards: skill S gets skill
 * T as a prerequisite when one of S's standards builds directly on a standard T teaches. The links
 * cross strands (ratios build on fractions), so they are added once every strand has loaded,
 * rather than by hand in each module. A link that would close a cycle, or point to a later grade,
 * is left out.
 */
import { catalog } from '@tutorkit/sdk';
import type { CurriculumSkill } from './kit.js';

const gradeOf = (code: string) => {
  const g = code.split('.')[0] ?? '';
  return g === 'K' ? 0 : Number(g);
};

function standardsOf(s: CurriculumSkill): readonly string[] {
  return s.options.standards.map((c) => catalog.get(c)?.code ?? c);
}

/** The mutable list `curriculumSkill` gave the handle. */
function prerequisiteList(s: CurriculumSkill): CurriculumSkill[] {
  return s.options.prerequisites as unknown as CurriculumSkill[];
}

function dependsOn(from: CurriculumSkill, target: CurriculumSkill): boolean {
  const seen = new Set<CurriculumSkill>();
  const stack = [from];
  while (stack.length > 0) {
    const s = stack.pop() as CurriculumSkill;
    if (s === target) return true;
    if (seen.has(s)) continue;
    seen.add(s);
    stack.push(...prerequisiteList(s));
  }
  return false;
}

/** Adds the coherence-map links among `skills`; returns how many were added. */
export function linkPrerequisites(skills: readonly CurriculumSkill[]): number {
  const teachers = new Map<string, CurriculumSkill[]>();
  for (const s of skills) {
    for (const code of standardsOf(s)) {
      const list = teachers.get(code) ?? [];
      list.push(s);
      teachers.set(code, list);
    }
  }
  let added = 0;
  for (const s of skills) {
    const grade = Math.min(...standardsOf(s).map(gradeOf));
    for (const code of standardsOf(s)) {
      for (const p of catalog.prerequisitesOf(code)) {
        for (const t of teachers.get(p.code) ?? []) {
          const list = prerequisiteList(s);
          if (t === s || list.includes(t)) continue;
          if (Math.min(...standardsOf(t).map(gradeOf)) > grade) continue;
          if (dependsOn(t, s)) continue;
          list.push(t);
          added++;
        }
      }
    }
  }
  return added;
}
