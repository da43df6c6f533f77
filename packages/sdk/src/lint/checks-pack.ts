/** Lint checks on the pack as a whole: standards alignment, locale completeness, prerequisites. */
import { forEachText } from '@tutorkit/core';
import type { LintContext } from './context.js';
import { localeCoverage } from './locale-coverage.js';
import { hasWords } from './words.js';

export function checkSkillStandards({ pack, catalog, report }: LintContext): void {
  pack.skills.forEach((s, i) => {
    const known = s.standards.map((c) => catalog.get(c)).filter((x) => x !== undefined);
    if (known.some((x) => x.level === 'standard')) return;
    const why = known.length === 0 ? 'none of its codes is in the catalog' : 'it names only clusters';
    report('pedagogy/skill-standard', `/skills/${i}/standards`, `skill "${s.id}" is not aligned to a standard: ${why}`);
  });
}

export function checkLocales({ pack, report }: LintContext): void {
  if (pack.locales.length < 2) return;
  forEachText(pack, (pointer, value) => {
    // Units (cm, kg, %) are international symbols.
    if (pointer.endsWith('/answer/unit')) return;
    const strings = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    if (strings.some((s) => typeof s === 'string' && hasWords(s))) {
      report(
        'pedagogy/locale-complete',
        pointer,
        `this text has words but is the same in every locale (${pack.locales.join(', ')}); give one text per locale`,
      );
    }
  });
}

/**
 * For skill S and each standard c of S, each catalog prerequisite p of c that another skill T of
 * the pack teaches (T aligned to p, or to a standard of cluster p) must be reachable from S's
 * prerequisites, unless T depends on S (a link back would make a cycle). Prerequisite standards
 * no skill teaches are assumed taught elsewhere: the catalog knows them.
 */
export function checkPrerequisites({ pack, catalog, report }: LintContext): void {
  const skillsById = new Map(pack.skills.map((s) => [s.id, s]));
  const teachers = new Map<string, Set<string>>();
  for (const s of pack.skills) {
    for (const code of s.standards) {
      const info = catalog.get(code);
      if (!info) continue;
      for (const key of new Set([info.code, info.cluster])) {
        if (!teachers.has(key)) teachers.set(key, new Set());
        teachers.get(key)?.add(s.id);
      }
    }
  }
  const closure = (id: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [...(skillsById.get(id)?.prerequisites ?? [])];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(skillsById.get(next)?.prerequisites ?? []));
    }
    return seen;
  };
  const grade = (g: string) => (g === 'K' ? 0 : Number(g));
  pack.skills.forEach((s, i) => {
    const before = closure(s.id);
    const ownGrades = s.standards.map((c) => catalog.get(c)?.grade).filter((g) => g !== undefined);
    const missing = new Map<string, string>();
    for (const code of s.standards) {
      const info = catalog.get(code);
      for (const p of info?.prerequisites ?? []) {
        for (const t of teachers.get(p) ?? []) {
          if (t === s.id || before.has(t) || closure(t).has(s.id) || missing.has(t)) continue;
          missing.set(t, `${info?.code} builds on ${p}`);
        }
      }
    }
    for (const [t, why] of missing) {
      report(
        'pedagogy/prerequisite-coverage',
        `/skills/${i}/prerequisites`,
        `skill "${s.id}" should list "${t}" as a prerequisite: ${why}, which "${t}" teaches`,
      );
    }
    (s.prerequisites ?? []).forEach((id, j) => {
      const prerequisite = skillsById.get(id);
      const theirGrades = (prerequisite?.standards ?? [])
        .map((c) => catalog.get(c)?.grade)
        .filter((g) => g !== undefined);
      if (theirGrades.length === 0 || ownGrades.length === 0) return;
      if (Math.min(...theirGrades.map(grade)) > Math.max(...ownGrades.map(grade))) {
        report(
          'pedagogy/prerequisite-coverage',
          `/skills/${i}/prerequisites/${j}`,
          `prerequisite "${id}" is aligned only to later grades (${[...new Set(theirGrades)].join(', ')}) than skill "${s.id}"`,
        );
      }
    });
  });
}

export function checkLocaleCoverage({ pack, report }: LintContext): void {
  const coverage = localeCoverage(pack);
  for (const skill of coverage.bySkill) {
    const missing = coverage.locales.filter((l) => (skill.translated[l] ?? 0) < skill.texts);
    if (missing.length === 0) continue;
    const index = pack.skills.findIndex((s) => s.id === skill.skill);
    const shares = missing.map((l) => `${l} ${skill.translated[l] ?? 0} of ${skill.texts}`).join(', ');
    report(
      'pedagogy/locale-coverage',
      `/skills/${index}`,
      `skill "${skill.skill}" is not fully translated: ${shares} student-facing texts`,
    );
  }
}

export function checkSkillGuides({ pack, report }: LintContext): void {
  const practised = new Set((pack.assignments ?? []).flatMap((a) => (a.kind === 'skill-builder' ? [a.skill] : [])));
  pack.skills.forEach((s, i) => {
    if (!practised.has(s.id)) return;
    const guide = s.tutor;
    const missing = [
      guide?.summary === undefined && 'a summary',
      guide?.mastery === undefined && 'what mastery looks like',
      (guide?.watchFor?.length ?? 0) < 1 && 'misconceptions to watch for',
      (guide?.talkMoves?.length ?? 0) < 2 && 'two talk moves',
      guide?.workedExample === undefined && 'a worked example',
    ].filter((x): x is string => typeof x === 'string');
    if (missing.length > 0) {
      report('pedagogy/skill-guide', `/skills/${i}`, `skill "${s.id}" has no tutor guide with ${missing.join(', ')}`);
    }
  });
}
