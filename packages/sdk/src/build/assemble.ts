/**
 * Turns a `PackDefinition` into a `tutorkit.pack/1` object: expands templates, follows handles to
 * every reachable part, writes ids for references and remembers where each part was declared.
 */
import type {
  AnswerSpec,
  Assignment,
  Misconception,
  Pack,
  Plan,
  Problem,
  ScaffoldStep,
  Skill,
  SkillGuide,
  WrongAnswer,
} from '@tutorkit/core';
import { findStandard, PACK_FORMAT } from '@tutorkit/core';
import type { AssignmentHandle } from '../builders/assignments.js';
import type { PackDefinition } from '../builders/pack.js';
import type { PlanHandle } from '../builders/plans.js';
import type { ProblemHandle } from '../builders/problems.js';
import type {
  RawBody,
  RawHint,
  RawMisconception,
  RawSkill,
  RawSkillGuide,
  RawStep,
  RawWrongAnswer,
} from '../builders/raw.js';
import type { SourceLocation } from '../builders/source.js';
import { expandTemplate } from '../templates/expand.js';
import type { TemplateHandle } from '../templates/template.js';
import type { BuildIssue, Origin } from './issues.js';

/** What a template became: which problems of the pack are its variants. */
export interface TemplateSummary {
  readonly id: string;
  readonly skill: string;
  readonly seed: string;
  readonly count: number;
  /** Ids of the variants, in order. */
  readonly problems: readonly string[];
  /** Draws made, including rejected and duplicate ones. */
  readonly draws: number;
  readonly duplicates: number;
}

export interface Assembled {
  readonly pack: Pack;
  readonly issues: BuildIssue[];
  readonly templates: readonly TemplateSummary[];
  /** Origin of each item by collection, index-aligned with the pack's arrays. */
  readonly origins: Readonly<Record<'skills' | 'misconceptions' | 'problems' | 'assignments' | 'plans', Origin[]>>;
  readonly packSource: SourceLocation | undefined;
}

/** An insertion-ordered set of handles, by identity: listing a part twice is harmless. */
class Parts<T> {
  readonly items: T[] = [];
  private readonly seen = new Set<T>();
  add(item: T): void {
    if (this.seen.has(item)) return;
    this.seen.add(item);
    this.items.push(item);
  }
}

const origin = (source: SourceLocation | undefined): Origin => (source ? { source } : {});

function hints(list: readonly RawHint[]) {
  return list.map((h) => (h.bottomOut ? { text: h.text, bottomOut: true } : { text: h.text }));
}

function wrongAnswers(list: readonly RawWrongAnswer[], found: (m: RawMisconception) => void): WrongAnswer[] {
  return list.map((w) => {
    if (w.misconception) found(w.misconception);
    const match = typeof w.match === 'string' ? w.match : [...w.match];
    return {
      match,
      feedback: w.feedback,
      ...(w.misconception ? { misconception: w.misconception.id } : {}),
      tutorMove: w.tutorMove,
    } as WrongAnswer;
  });
}

function answer(raw: AnswerSpec): AnswerSpec {
  return { ...raw };
}

function scaffoldStep(raw: RawStep, found: (m: RawMisconception) => void): ScaffoldStep {
  return {
    id: raw.id,
    stem: raw.stem,
    answer: answer(raw.answer),
    ...(raw.hints ? { hints: hints(raw.hints) } : {}),
    ...(raw.wrongAnswers ? { wrongAnswers: wrongAnswers(raw.wrongAnswers, found) } : {}),
  } as ScaffoldStep;
}

/** One problem of the format from a body (a problem's or a template variant's). */
function problemJson(id: string, skill: string, body: RawBody, found: (m: RawMisconception) => void): Problem {
  return {
    id,
    skill,
    stem: body.stem,
    answer: answer(body.answer),
    hints: hints(body.hints),
    ...(body.wrongAnswers ? { wrongAnswers: wrongAnswers(body.wrongAnswers, found) } : {}),
    ...(body.scaffold ? { scaffold: body.scaffold.map((s) => scaffoldStep(s.options, found)) } : {}),
    ...(body.tutor ? { tutor: { ...body.tutor } } : {}),
    ...(body.difficulty === undefined ? {} : { difficulty: body.difficulty }),
    ...(body.tags ? { tags: [...body.tags] } : {}),
    ...(body.params ? { params: { ...body.params } } : {}),
  } as Problem;
}

function guideJson(raw: RawSkillGuide): SkillGuide {
  return {
    ...(raw.summary === undefined ? {} : { summary: raw.summary }),
    ...(raw.mastery === undefined ? {} : { mastery: raw.mastery }),
    ...(raw.watchFor ? { watchFor: [...raw.watchFor] } : {}),
    ...(raw.talkMoves ? { talkMoves: [...raw.talkMoves] } : {}),
    ...(raw.workedExample
      ? { workedExample: { problem: raw.workedExample.problem, steps: [...raw.workedExample.steps] } }
      : {}),
  } as SkillGuide;
}

function skillJson(raw: RawSkill, at: string, issues: BuildIssue[]): Skill {
  const { id, title, description, standards, prerequisites, mastery, tutor } = raw.options;
  const canonical = standards.map((code, j) => {
    const found = findStandard(code);
    if (found && found.code !== code) {
      issues.push({
        severity: 'warning',
        rule: 'standard/alias',
        message: `"${code}" is read as ${found.code}; write the canonical code`,
        pointer: `${at}/standards/${j}`,
        ...(raw.source ? { source: raw.source } : {}),
        expected: found.code,
        found: JSON.stringify(code),
      });
      return found.code;
    }
    return code;
  });
  return {
    id,
    title,
    ...(description === undefined ? {} : { description }),
    standards: canonical,
    ...(prerequisites?.length ? { prerequisites: prerequisites.map((p) => p.id) } : {}),
    ...(mastery ? { mastery } : {}),
    ...(tutor ? { tutor: guideJson(tutor) } : {}),
  } as Skill;
}

export function assemble(definition: PackDefinition): Assembled {
  const spec = definition.spec;
  const issues: BuildIssue[] = [];
  const plans = new Parts<PlanHandle>();
  const assignments = new Parts<AssignmentHandle>();
  const problems = new Parts<ProblemHandle | TemplateHandle>();
  const skills = new Parts<RawSkill>();
  const misconceptions = new Parts<RawMisconception>();

  for (const p of spec.plans) plans.add(p);
  for (const a of spec.assignments) assignments.add(a);
  for (const p of plans.items)
    for (const s of p.spec.segments) if (s.spec.assignment) assignments.add(s.spec.assignment);
  for (const p of spec.problems) problems.add(p);
  for (const a of assignments.items) for (const p of a.spec.problems) problems.add(p);
  for (const s of spec.skills) skills.add(s as unknown as RawSkill);
  for (const a of assignments.items) if (a.spec.skill) skills.add(a.spec.skill as unknown as RawSkill);
  for (const p of problems.items) skills.add(p.skill as unknown as RawSkill);
  // Prerequisites of prerequisites: the list grows while it is walked.
  for (let i = 0; i < skills.items.length; i++) {
    for (const p of skills.items[i]?.options.prerequisites ?? []) skills.add(p);
  }
  for (const m of spec.misconceptions) misconceptions.add(m as unknown as RawMisconception);
  const found = (m: RawMisconception) => misconceptions.add(m);

  const problemList: Problem[] = [];
  const problemOrigins: Origin[] = [];
  const variantIds = new Map<TemplateHandle, string[]>();
  const templates: TemplateSummary[] = [];
  for (const item of problems.items) {
    if (item.kind === 'problem') {
      problemList.push(problemJson(item.id, item.skill.id, item.body, found));
      problemOrigins.push(origin(item.source));
      continue;
    }
    const expansion = expandTemplate(item);
    if (!expansion.ok) {
      issues.push({
        severity: 'error',
        rule: expansion.draw === undefined ? 'template/gave-up' : 'template/threw',
        message: expansion.message,
        pointer: '',
        ...(item.source ? { source: item.source } : {}),
        ...(expansion.draw === undefined
          ? {}
          : {
              variant: {
                template: item.id,
                index: expansion.variants.length + 1,
                seed: item.seed,
                draw: expansion.draw,
              },
            }),
      });
    }
    const ids: string[] = [];
    for (const v of expansion.variants) {
      const id = `${item.id}-${v.index}`;
      ids.push(id);
      problemList.push(problemJson(id, item.skill.id, v.body, found));
      problemOrigins.push({
        ...origin(item.source),
        variant: { template: item.id, index: v.index, seed: item.seed, draw: v.draw },
      });
    }
    variantIds.set(item, ids);
    templates.push({
      id: item.id,
      skill: item.skill.id,
      seed: item.seed,
      count: item.count,
      problems: ids,
      draws: expansion.ok ? expansion.draws : 0,
      duplicates: expansion.ok ? expansion.duplicates : 0,
    });
  }

  const problemIds = (list: readonly (ProblemHandle | TemplateHandle)[]) =>
    list.flatMap((p) => (p.kind === 'problem' ? [p.id] : (variantIds.get(p) ?? [])));
  const assignmentList: Assignment[] = assignments.items.map(
    ({ id, spec: a }) =>
      (a.kind === 'skill-builder'
        ? {
            id,
            kind: a.kind,
            title: a.title,
            skill: a.skill?.id,
            problems: problemIds(a.problems),
            ...(a.mastery ? { mastery: a.mastery } : {}),
          }
        : { id, kind: a.kind, title: a.title, problems: problemIds(a.problems) }) as Assignment,
  );
  const planList: Plan[] = plans.items.map(({ id, spec: p }) => ({
    id,
    title: p.title,
    ...(p.minutes === undefined ? {} : { minutes: p.minutes }),
    segments: p.segments.map(({ spec: s }) => ({
      kind: s.kind,
      ...(s.title === undefined ? {} : { title: s.title }),
      minutes: s.minutes,
      ...(s.assignment ? { assignment: s.assignment.id } : {}),
      ...(s.script === undefined ? {} : { script: s.script }),
    })),
  }));
  const skillList = skills.items.map((s, i) => skillJson(s, `/skills/${i}`, issues));
  const misconceptionList: Misconception[] = misconceptions.items.map(({ options: m }) => ({
    id: m.id,
    title: m.title,
    ...(m.description === undefined ? {} : { description: m.description }),
  }));

  const pack = {
    format: PACK_FORMAT,
    id: spec.id,
    version: spec.version,
    title: spec.title,
    ...(spec.description === undefined ? {} : { description: spec.description }),
    license: spec.license,
    authors: spec.authors.map((a) => ({ ...a })),
    locales: [...spec.locales],
    skills: skillList,
    ...(misconceptionList.length ? { misconceptions: misconceptionList } : {}),
    problems: problemList,
    ...(assignmentList.length ? { assignments: assignmentList } : {}),
    ...(planList.length ? { plans: planList } : {}),
  } as Pack;
  return {
    pack,
    issues,
    templates,
    origins: {
      skills: skills.items.map((s) => origin(s.source)),
      misconceptions: misconceptions.items.map((m) => origin(m.source)),
      problems: problemOrigins,
      assignments: assignments.items.map((a) => origin(a.source)),
      plans: plans.items.map((p) => origin(p.source)),
    },
    packSource: definition.source,
  };
}
