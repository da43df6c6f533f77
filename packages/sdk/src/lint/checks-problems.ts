/** Lint checks on problems: hint ladders, wrong answers in pools, template diversity, stem length. */
import type { AnswerSpec, Problem } from '@tutorkit/core';
import type { LintContext } from './context.js';
import { countWords } from './words.js';

export function checkHintLadders({ pack, report }: LintContext): void {
  pack.problems.forEach((p, i) => {
    const last = p.hints[p.hints.length - 1];
    if (p.hints.length < 2) {
      report(
        'pedagogy/hint-ladder',
        `/problems/${i}/hints`,
        `problem "${p.id}" has ${p.hints.length} hint; give at least two`,
      );
    }
    if (!last?.bottomOut) {
      report(
        'pedagogy/hint-ladder',
        `/problems/${i}/hints`,
        `problem "${p.id}" does not end its hints with a bottom-out hint`,
      );
    }
  });
}

export function checkPoolWrongAnswers({ pack, report }: LintContext): void {
  const index = new Map(pack.problems.map((p, i) => [p.id, i]));
  const reported = new Set<number>();
  for (const a of pack.assignments ?? []) {
    if (a.kind !== 'skill-builder') continue;
    for (const id of a.problems) {
      const i = index.get(id);
      const p = i === undefined ? undefined : pack.problems[i];
      if (i === undefined || !p || reported.has(i) || p.answer.kind === 'open') continue;
      const useful = (p.wrongAnswers ?? []).some((w) => hasText(w.tutorMove));
      if (!useful) {
        reported.add(i);
        report(
          'pedagogy/pool-wrong-answers',
          `/problems/${i}`,
          `problem "${p.id}" is in skill builder "${a.id}" but has no common wrong answer with a tutor move`,
        );
      }
    }
  }
}

function hasText(value: string | Readonly<Record<string, string>>): boolean {
  return typeof value === 'string' ? value.trim() !== '' : Object.values(value).some((v) => v.trim() !== '');
}

function answerKey(answer: AnswerSpec): string {
  switch (answer.kind) {
    case 'numeric':
    case 'expression':
      return `${answer.kind}:${String(answer.value)}`;
    case 'choice':
      return `choice:${[...answer.correct].sort().join(',')}`;
    default:
      return JSON.stringify(answer);
  }
}

export function checkTemplateDiversity({ pack, templates, limits, report }: LintContext): void {
  const index = new Map(pack.problems.map((p, i) => [p.id, i]));
  for (const t of templates) {
    const problems = t.problems.map((id) => pack.problems[index.get(id) ?? -1]).filter((p): p is Problem => !!p);
    if (problems.length < 2) continue;
    const distinct = new Set(problems.map((p) => answerKey(p.answer))).size;
    const share = distinct / problems.length;
    if (share < limits.distinctAnswers) {
      report(
        'pedagogy/template-diversity',
        `/problems/${index.get(problems[0]?.id ?? '')}`,
        `template "${t.id}": only ${distinct} distinct answers among ${problems.length} variants (${Math.round(share * 100)}%, at least ${Math.round(limits.distinctAnswers * 100)}% expected)`,
      );
    }
  }
}

const GRADE_ORDER = ['K', '1', '2', '3', '4', '5', '6', '7', '8'];

/** The lowest grade among a skill's standards: the budget that suits its weakest reader. */
function skillGrades(ctx: LintContext): Map<string, string> {
  const grades = new Map<string, string>();
  for (const s of ctx.pack.skills) {
    const found = s.standards
      .map((c) => ctx.catalog.get(c)?.grade)
      .filter((g): g is NonNullable<typeof g> => g !== undefined)
      .sort((a, b) => GRADE_ORDER.indexOf(a) - GRADE_ORDER.indexOf(b));
    if (found[0]) grades.set(s.id, found[0]);
  }
  return grades;
}

export function checkStemLength(ctx: LintContext): void {
  const grades = skillGrades(ctx);
  const check = (stem: string | Readonly<Record<string, string>>, at: string, id: string, grade: string) => {
    const budget = ctx.limits.stemWords[grade];
    if (budget === undefined) return;
    const texts = typeof stem === 'string' ? [['', stem] as const] : Object.entries(stem);
    for (const [locale, text] of texts) {
      const words = countWords(text);
      if (words > budget) {
        ctx.report(
          'pedagogy/stem-length',
          locale ? `${at}/${locale}` : at,
          `the stem of "${id}" has ${words} words${locale ? ` (${locale})` : ''}; grade ${grade} stems should have at most ${budget}`,
        );
      }
    }
  };
  ctx.pack.problems.forEach((p, i) => {
    const grade = grades.get(p.skill);
    if (grade === undefined) return;
    check(p.stem, `/problems/${i}/stem`, p.id, grade);
    for (const [j, s] of (p.scaffold ?? []).entries()) {
      check(s.stem, `/problems/${i}/scaffold/${j}/stem`, `${p.id}/${s.id}`, grade);
    }
  });
}
