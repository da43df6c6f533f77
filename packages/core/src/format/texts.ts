import type { AnswerSpec, Hint, Pack, PlainText, RichText, ScaffoldStep, SkillGuide, WrongAnswer } from './schema.js';

/** What a piece of text is: shown as plain text, rich text, or a list of accepted answers. */
export type TextKind = 'plain' | 'rich' | 'accept';

/** A localisable value: a string (the same in every locale) or a map from locale to value. */
export type Localizable = PlainText | RichText | string[] | Record<string, string[]>;

export type TextVisitor = (pointer: string, value: Localizable, kind: TextKind) => void;

function answerTexts(answer: AnswerSpec, at: string, visit: TextVisitor): void {
  switch (answer.kind) {
    case 'numeric':
      if (answer.unit !== undefined) visit(`${at}/unit`, answer.unit, 'plain');
      break;
    case 'choice':
      for (const [i, o] of answer.options.entries()) visit(`${at}/options/${i}/text`, o.text, 'rich');
      break;
    case 'text':
      visit(`${at}/accept`, answer.accept, 'accept');
      break;
    case 'open':
      if (answer.rubric !== undefined) visit(`${at}/rubric`, answer.rubric, 'rich');
      break;
    case 'expression':
      break;
  }
}

function ladderTexts(hints: readonly Hint[] | undefined, at: string, visit: TextVisitor): void {
  for (const [i, h] of (hints ?? []).entries()) visit(`${at}/${i}/text`, h.text, 'rich');
}

function wrongAnswerTexts(wrong: readonly WrongAnswer[] | undefined, at: string, visit: TextVisitor): void {
  wrong?.forEach((w, i) => {
    visit(`${at}/${i}/feedback`, w.feedback, 'rich');
    visit(`${at}/${i}/tutorMove`, w.tutorMove, 'rich');
  });
}

function stepTexts(step: ScaffoldStep, at: string, visit: TextVisitor): void {
  visit(`${at}/stem`, step.stem, 'rich');
  answerTexts(step.answer, `${at}/answer`, visit);
  ladderTexts(step.hints, `${at}/hints`, visit);
  wrongAnswerTexts(step.wrongAnswers, `${at}/wrongAnswers`, visit);
}

function guideTexts(guide: SkillGuide, at: string, visit: TextVisitor): void {
  if (guide.summary !== undefined) visit(`${at}/summary`, guide.summary, 'rich');
  if (guide.mastery !== undefined) visit(`${at}/mastery`, guide.mastery, 'rich');
  for (const [j, t] of (guide.watchFor ?? []).entries()) visit(`${at}/watchFor/${j}`, t, 'rich');
  for (const [j, t] of (guide.talkMoves ?? []).entries()) visit(`${at}/talkMoves/${j}`, t, 'rich');
  if (guide.workedExample) {
    visit(`${at}/workedExample/problem`, guide.workedExample.problem, 'rich');
    for (const [j, t] of guide.workedExample.steps.entries()) visit(`${at}/workedExample/steps/${j}`, t, 'rich');
  }
}

/** Calls `visit` for every human-readable text of a pack, with its JSON Pointer. */
export function forEachText(pack: Pack, visit: TextVisitor): void {
  visit('/title', pack.title, 'plain');
  if (pack.description !== undefined) visit('/description', pack.description, 'rich');
  pack.skills.forEach((s, i) => {
    visit(`/skills/${i}/title`, s.title, 'plain');
    if (s.description !== undefined) visit(`/skills/${i}/description`, s.description, 'rich');
    if (s.tutor) guideTexts(s.tutor, `/skills/${i}/tutor`, visit);
  });
  pack.misconceptions?.forEach((m, i) => {
    visit(`/misconceptions/${i}/title`, m.title, 'plain');
    if (m.description !== undefined) visit(`/misconceptions/${i}/description`, m.description, 'rich');
  });
  pack.problems.forEach((p, i) => {
    const at = `/problems/${i}`;
    visit(`${at}/stem`, p.stem, 'rich');
    answerTexts(p.answer, `${at}/answer`, visit);
    ladderTexts(p.hints, `${at}/hints`, visit);
    wrongAnswerTexts(p.wrongAnswers, `${at}/wrongAnswers`, visit);
    for (const [j, step] of (p.scaffold ?? []).entries()) stepTexts(step, `${at}/scaffold/${j}`, visit);
    if (p.tutor?.notes !== undefined) visit(`${at}/tutor/notes`, p.tutor.notes, 'rich');
    for (const [j, q] of (p.tutor?.questions ?? []).entries()) visit(`${at}/tutor/questions/${j}`, q, 'rich');
  });
  for (const [i, a] of (pack.assignments ?? []).entries()) visit(`/assignments/${i}/title`, a.title, 'plain');
  pack.plans?.forEach((plan, i) => {
    visit(`/plans/${i}/title`, plan.title, 'plain');
    plan.segments.forEach((s, j) => {
      if (s.title !== undefined) visit(`/plans/${i}/segments/${j}/title`, s.title, 'plain');
      if (s.script !== undefined) visit(`/plans/${i}/segments/${j}/script`, s.script, 'rich');
    });
  });
}

/** Picks the text for a locale: the exact tag, then its language, then the pack's first locale. */
export function textFor<T>(value: T | Record<string, T>, locale: string, fallback: string): T {
  if (typeof value === 'string' || Array.isArray(value)) return value as T;
  const map = value as Record<string, T>;
  return (map[locale] ?? map[locale.split('-')[0] ?? ''] ?? map[fallback] ?? Object.values(map)[0]) as T;
}
