/**
 * The pedagogy rules `lintPack` applies, with their reasons, for the CLI's help and the docs.
 * Structural errors (bad references, a bottom-out hint before the end) are core's `parsePack`'s
 * job; these rules are about whether a pack will work for a child and a novice tutor.
 */

export type RuleId =
  | 'pedagogy/hint-ladder'
  | 'pedagogy/pool-wrong-answers'
  | 'pedagogy/skill-standard'
  | 'pedagogy/template-diversity'
  | 'pedagogy/locale-complete'
  | 'pedagogy/stem-length'
  | 'pedagogy/prerequisite-coverage'
  | 'pedagogy/locale-coverage'
  | 'pedagogy/skill-guide';

export type RuleSeverity = 'error' | 'warning' | 'off';

export interface LintRule {
  readonly id: RuleId;
  readonly severity: Exclude<RuleSeverity, 'off'>;
  /** What the rule asks, in a line. */
  readonly summary: string;
  /** Why it matters, in a sentence. */
  readonly why: string;
  /** How to fix a finding. */
  readonly fix: string;
}

/** Every rule, keyed by id, with its default severity. */
export const LINT_RULES: Readonly<Record<RuleId, LintRule>> = {
  'pedagogy/hint-ladder': {
    id: 'pedagogy/hint-ladder',
    severity: 'warning',
    summary: 'Every problem has at least two hints, and the last one is a bottom-out hint.',
    why: 'A student who is stuck needs a nudge before the answer, and one who is still stuck needs a worked answer rather than a dead end.',
    fix: 'Add a conceptual hint before the procedural one, and end the ladder with `bottomOut(…)` showing the answer.',
  },
  'pedagogy/pool-wrong-answers': {
    id: 'pedagogy/pool-wrong-answers',
    severity: 'warning',
    summary: "Every problem in a skill builder's pool has at least one common wrong answer with a tutor move.",
    why: 'Skill builders are where students practise alone; targeted feedback and a question for the tutor are what make a wrong answer useful.',
    fix: 'Add `wrongAnswers: [wrongAnswer({ match, feedback, misconception, tutorMove })]` for the most frequent mistake.',
  },
  'pedagogy/skill-standard': {
    id: 'pedagogy/skill-standard',
    severity: 'warning',
    summary: 'Every skill is aligned to at least one standard-level CCSS-M code that the catalog knows.',
    why: 'Program leads report mastery by standard, and a cluster alone is too broad to say what was learned.',
    fix: "Add the specific standard, e.g. `standards: ['5.NF.A.1']` rather than `['5.NF.A']`.",
  },
  'pedagogy/template-diversity': {
    id: 'pedagogy/template-diversity',
    severity: 'warning',
    summary: "At least 80% of a template's variants have distinct answers.",
    why: 'When many variants share an answer, students learn the answer instead of the method and mastery evidence means little.',
    fix: 'Widen the ranges the template draws from, or lower `count`.',
  },
  'pedagogy/locale-complete': {
    id: 'pedagogy/locale-complete',
    severity: 'warning',
    summary: 'In a pack with several locales, a text with words in it is a locale map, not a plain string.',
    why: 'A plain string is shown in every locale, so a Spanish-speaking student would read English prose; math-only strings are fine.',
    fix: "Write `{ en: '…', es: '…' }`, or keep the string to math only (`'$\\\\frac{3}{4}$'`).",
  },
  'pedagogy/stem-length': {
    id: 'pedagogy/stem-length',
    severity: 'warning',
    summary:
      'A stem stays within the reading budget of its grade: 40 words in grade 3, 50 in 4, 60 in 5, 75 in 6–8 (20, 25, 30 in K–2).',
    why: 'Students two years below grade level often read below grade level too; a long stem tests reading, not math.',
    fix: 'Cut the story to the facts the math needs, or split the problem into scaffold steps.',
  },
  'pedagogy/prerequisite-coverage': {
    id: 'pedagogy/prerequisite-coverage',
    severity: 'warning',
    summary:
      'When the catalog says a standard builds on another and this pack teaches that one in some skill, that skill is among the prerequisites (directly or not); and no prerequisite skill is aligned only to later grades.',
    why: 'Prerequisites drive what a tutor goes back to when a student is stuck; a missing or inverted link sends them the wrong way.',
    fix: 'Add the skill that teaches the earlier standard to `prerequisites`, or remove a prerequisite that comes later.',
  },
  'pedagogy/locale-coverage': {
    id: 'pedagogy/locale-coverage',
    severity: 'warning',
    summary:
      "For each locale after the first, every text a student reads in a skill's problems (stem, hints, feedback, choices) is written in it: one finding per skill that is not fully translated, with its share.",
    why: 'A student reading in Spanish who meets an English hint is stuck twice; program leads need to know which skills a student can practise in their language.',
    fix: "Translate the skill's student-facing texts (`{ en: '…', es: '…' }`), or turn the rule off for packs that are knowingly partial.",
  },
  'pedagogy/skill-guide': {
    id: 'pedagogy/skill-guide',
    severity: 'warning',
    summary:
      'Every skill that a skill builder practises has a tutor guide: a summary, what mastery looks like, the misconceptions to watch for, at least two talk moves and a worked example.',
    why: 'Tutors are often not teachers; the guide is what lets them explain the skill, notice a misconception and model a solution.',
    fix: 'Add `tutor: { summary, mastery, watchFor: […], talkMoves: […, …], workedExample: { problem, steps: […] } }` to the skill.',
  },
};
