/** Checks beyond the schema: unique ids, resolved references, hint ladders, standards, plans. */
import { findStandard } from '../standards/ccss.js';
import { checkAnswer } from './check-answers.js';
import { describeValue, type IssueList } from './issues.js';
import type { Hint, Pack, ScaffoldStep } from './schema.js';

/** Indexes `items` by id, reporting every repeat. */
function uniqueIds(
  items: readonly { id: string }[] | undefined,
  at: string,
  noun: string,
  out: IssueList,
): Map<string, number> {
  const ids = new Map<string, number>();
  items?.forEach((item, i) => {
    const first = ids.get(item.id);
    if (first === undefined) ids.set(item.id, i);
    else {
      out.error(`${at}/${i}/id`, 'id/duplicate', `${noun} id "${item.id}" is already used by ${at}/${first}`, {
        expected: 'an id not used by another',
        found: JSON.stringify(item.id),
      });
    }
  });
  return ids;
}

function checkReference(
  ids: Map<string, number>,
  id: string,
  pointer: string,
  rule: string,
  noun: string,
  out: IssueList,
): boolean {
  if (ids.has(id)) return true;
  const known = [...ids.keys()];
  const sample = known.slice(0, 5).join(', ') + (known.length > 5 ? ', …' : '');
  out.error(pointer, rule, `no ${noun} has the id "${id}"`, {
    expected: known.length ? `the id of a ${noun} (${sample})` : `the id of a ${noun}, but the pack has none`,
    found: JSON.stringify(id),
  });
  return false;
}

function checkLadder(hints: readonly Hint[] | undefined, at: string, out: IssueList): void {
  if (!hints) return;
  hints.forEach((hint, i) => {
    if (hint.bottomOut && i !== hints.length - 1) {
      out.error(
        `${at}/${i}/bottomOut`,
        'hint/bottom-out-not-last',
        'only the last hint of a ladder may give away the answer',
        {
          expected: `the bottom-out hint at position ${hints.length - 1}`,
          found: `a bottom-out hint at position ${i}`,
        },
      );
    }
  });
}

/** A standard written in an accepted older form, to be stored in canonical form. */
export interface StandardAlias {
  readonly skill: number;
  readonly standard: number;
  readonly code: string;
}

function checkSkills(pack: Pack, skills: Map<string, number>, out: IssueList, aliases: StandardAlias[]): void {
  pack.skills.forEach((skill, i) => {
    skill.standards.forEach((code, j) => {
      const pointer = `/skills/${i}/standards/${j}`;
      const standard = findStandard(code);
      if (!standard) {
        out.error(pointer, 'standard/unknown', `"${code}" is not a K–8 CCSS-M code`, {
          expected: 'a code such as 5.NF.A.1 (also accepted: 5.NF.1 or CCSS.Math.Content.5.NF.A.1)',
          found: JSON.stringify(code),
        });
      } else if (standard.code !== code) {
        out.warning(pointer, 'standard/alias', `"${code}" is read as ${standard.code}`, {
          expected: standard.code,
          found: JSON.stringify(code),
        });
        aliases.push({ skill: i, standard: j, code: standard.code });
      }
    });
    skill.prerequisites?.forEach((id, j) => {
      const pointer = `/skills/${i}/prerequisites/${j}`;
      if (id === skill.id) {
        out.error(pointer, 'skill/self-prerequisite', `skill "${id}" cannot be its own prerequisite`, {
          found: JSON.stringify(id),
        });
      } else checkReference(skills, id, pointer, 'ref/skill', 'skill', out);
    });
  });
  reportPrerequisiteCycles(pack, skills, out);
}

/** Prerequisites must form a DAG: a cycle would leave no skill to start from. */
function reportPrerequisiteCycles(pack: Pack, skills: Map<string, number>, out: IssueList): void {
  const state = new Map<string, 'visiting' | 'done'>();
  const trail: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'visiting');
    trail.push(id);
    const index = skills.get(id) as number;
    for (const next of pack.skills[index]?.prerequisites ?? []) {
      if (next === id || !skills.has(next)) continue;
      if (state.get(next) === 'visiting') {
        const cycle = [...trail.slice(trail.indexOf(next)), next];
        out.error(
          `/skills/${index}/prerequisites`,
          'skill/prerequisite-cycle',
          `prerequisites go round in a circle: ${cycle.join(' → ')}`,
          {
            expected: 'prerequisites without cycles',
            found: cycle.join(' → '),
          },
        );
      } else if (!state.has(next)) visit(next);
    }
    trail.pop();
    state.set(id, 'done');
  };
  for (const id of skills.keys()) if (!state.has(id)) visit(id);
}

function checkProblems(
  pack: Pack,
  skills: Map<string, number>,
  misconceptions: Map<string, number>,
  out: IssueList,
): void {
  // A problem and each of its scaffold steps are checked alike: ladder, answer, wrong answers.
  const checkItem = (work: ScaffoldStep, at: string) => {
    checkLadder(work.hints, `${at}/hints`, out);
    checkAnswer(work.answer, work.wrongAnswers ?? [], at, out);
    work.wrongAnswers?.forEach((w, j) => {
      if (w.misconception === undefined) return;
      const pointer = `${at}/wrongAnswers/${j}/misconception`;
      checkReference(misconceptions, w.misconception, pointer, 'ref/misconception', 'misconception', out);
    });
  };
  pack.problems.forEach((problem, i) => {
    const at = `/problems/${i}`;
    checkReference(skills, problem.skill, `${at}/skill`, 'ref/skill', 'skill', out);
    checkItem(problem, at);
    uniqueIds(problem.scaffold, `${at}/scaffold`, 'scaffold step', out);
    for (const [j, step] of (problem.scaffold ?? []).entries()) checkItem(step, `${at}/scaffold/${j}`);
  });
}

function checkAssignments(
  pack: Pack,
  skills: Map<string, number>,
  problems: Map<string, number>,
  out: IssueList,
): void {
  pack.assignments?.forEach((assignment, i) => {
    const at = `/assignments/${i}`;
    const skillKnown =
      assignment.kind === 'skill-builder' &&
      checkReference(skills, assignment.skill, `${at}/skill`, 'ref/skill', 'skill', out);
    const seen = new Set<string>();
    assignment.problems.forEach((id, j) => {
      const pointer = `${at}/problems/${j}`;
      if (seen.has(id)) {
        out.error(pointer, 'assignment/duplicate-problem', `problem "${id}" is listed twice`, {
          found: JSON.stringify(id),
        });
        return;
      }
      seen.add(id);
      if (!checkReference(problems, id, pointer, 'ref/problem', 'problem', out)) return;
      const problem = pack.problems[problems.get(id) as number];
      if (skillKnown && assignment.kind === 'skill-builder' && problem && problem.skill !== assignment.skill) {
        out.error(
          pointer,
          'assignment/pool-skill-mismatch',
          `problem "${id}" practises "${problem.skill}", not this skill builder's skill "${assignment.skill}"`,
          {
            expected: `a problem of skill "${assignment.skill}"`,
            found: `a problem of skill "${problem.skill}"`,
          },
        );
      }
    });
  });
}

const SEGMENTS_WITH_WORK = new Set(['practice', 'check', 'exit-ticket']);

function checkPlans(pack: Pack, assignments: Map<string, number>, out: IssueList): void {
  pack.plans?.forEach((plan, i) => {
    const at = `/plans/${i}`;
    plan.segments.forEach((segment, j) => {
      const segmentAt = `${at}/segments/${j}`;
      if (segment.assignment !== undefined) {
        checkReference(assignments, segment.assignment, `${segmentAt}/assignment`, 'ref/assignment', 'assignment', out);
      } else if (SEGMENTS_WITH_WORK.has(segment.kind)) {
        out.error(
          segmentAt,
          'plan/segment-needs-assignment',
          `a ${segment.kind} segment needs an assignment to work on`,
          {
            expected: 'an "assignment" id',
            found: 'nothing',
          },
        );
      }
    });
    if (plan.minutes !== undefined) {
      const total = plan.segments.reduce((sum, s) => sum + s.minutes, 0);
      if (Math.abs(total - plan.minutes) > 1e-9) {
        out.error(
          `${at}/minutes`,
          'plan/minutes-mismatch',
          `the segments add up to ${total} minutes, but the plan says ${plan.minutes}`,
          {
            expected: `${plan.minutes} minutes of segments`,
            found: describeValue(total),
          },
        );
      }
    }
  });
}

/**
 * Runs every check that the schema cannot express. Expects a schema-valid pack. Returns the
 * standards written in an older form (`5.NF.1` for `5.NF.A.1`), for the caller to normalise.
 */
export function checkStructure(pack: Pack, out: IssueList): StandardAlias[] {
  const aliases: StandardAlias[] = [];
  const skills = uniqueIds(pack.skills, '/skills', 'skill', out);
  const misconceptions = uniqueIds(pack.misconceptions, '/misconceptions', 'misconception', out);
  const problems = uniqueIds(pack.problems, '/problems', 'problem', out);
  const assignments = uniqueIds(pack.assignments, '/assignments', 'assignment', out);
  uniqueIds(pack.plans, '/plans', 'plan', out);
  checkSkills(pack, skills, out, aliases);
  checkProblems(pack, skills, misconceptions, out);
  checkAssignments(pack, skills, problems, out);
  checkPlans(pack, assignments, out);
  return aliases;
}
