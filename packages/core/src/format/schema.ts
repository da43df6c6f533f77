/**
 * The single source of truth for `tutorkit.pack/1`. The TypeScript types below are derived from
 * these schemas with `Static`, and the published JSON Schema file is these objects serialised
 * (see `scripts/generate-schema.ts`), so types, validator and schema file cannot drift apart.
 */
import { type Static, type TLiteral, type TSchema, type TUnion, Type } from '@sinclair/typebox';
import { PACK_FORMAT } from './pack-format-tag.js';
import { LOCAL_ID, LOCALE, type NamedPattern, PACK_ID, SEMVER, SPDX } from './patterns.js';

export { PACK_FORMAT };

const strict = { additionalProperties: false } as const;

function patterned(p: NamedPattern, extra: { description?: string } = {}) {
  return Type.String({ pattern: p.pattern, description: extra.description ?? p.expected });
}

const Id = patterned(LOCAL_ID);
const IdList = (description: string) => Type.Array(Id, { description });
const Locale = patterned(LOCALE);

/** A locale-keyed map, e.g. `{ "en": "Add.", "es": "Suma." }`. */
function localized<T extends TSchema>(value: T) {
  return Type.Record(Locale, value, { description: 'a map from language tag to text', additionalProperties: false });
}

/** Plain text (titles, names): a string, or one string per declared locale. */
export const PlainTextSchema = Type.Union(
  [Type.String({ minLength: 1, maxLength: 500 }), localized(Type.String({ minLength: 1, maxLength: 500 }))],
  { description: 'plain text, or a map from language tag to plain text' },
);

/**
 * Rich text: a small Markdown subset (paragraphs, emphasis, strong, lists, code, line breaks)
 * with `$…$` and `$$…$$` TeX. Raw HTML is rejected, never passed through.
 */
export const RichTextSchema = Type.Union(
  [Type.String({ minLength: 1, maxLength: 5000 }), localized(Type.String({ minLength: 1, maxLength: 5000 }))],
  { description: 'rich text (Markdown subset with $TeX$), or a map from language tag to rich text' },
);

export const AuthorSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    url: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
    email: Type.Optional(Type.String({ minLength: 3, maxLength: 320 })),
  },
  strict,
);

/** ASSISTments-style skill builder: N correct in a row on the first try without help. */
export const StreakMasterySchema = Type.Object(
  {
    model: Type.Literal('streak'),
    streak: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 20, description: 'correct in a row needed (default 3)' }),
    ),
    dailyLimit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 100, description: 'problems per day before the builder locks (default 10)' }),
    ),
  },
  strict,
);

const probability = (description: string) => Type.Number({ minimum: 0, maximum: 1, description });

/** Bayesian Knowledge Tracing with per-skill parameters. */
export const BktMasterySchema = Type.Object(
  {
    model: Type.Literal('bkt'),
    pInit: Type.Optional(probability('probability the skill is known before practice (default 0.1)')),
    pLearn: Type.Optional(probability('probability of learning at each opportunity (default 0.1)')),
    pSlip: Type.Optional(probability('probability of a wrong answer when known (default 0.1)')),
    pGuess: Type.Optional(probability('probability of a right answer when not known (default 0.1)')),
    threshold: Type.Optional(probability('mastery threshold (default 0.95)')),
    dailyLimit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  strict,
);

export const MasteryRuleSchema = Type.Union([StreakMasterySchema, BktMasterySchema], {
  description: 'a mastery rule: model "streak" or "bkt"',
});

/** A worked example for the tutor: a problem and the steps that solve it, to model a mini-lesson. */
export const WorkedExampleSchema = Type.Object(
  {
    problem: RichTextSchema,
    steps: Type.Array(RichTextSchema, { minItems: 1, description: 'the solution, one step at a time' }),
  },
  strict,
);

/** What a novice tutor needs to know to lead a skill: the skill, mastery, what to watch for, what to say. */
export const SkillGuideSchema = Type.Object(
  {
    summary: Type.Optional(RichTextSchema),
    mastery: Type.Optional(RichTextSchema),
    watchFor: Type.Optional(Type.Array(RichTextSchema, { minItems: 1, description: 'misconceptions to watch for' })),
    talkMoves: Type.Optional(Type.Array(RichTextSchema, { minItems: 1, description: 'questions the tutor can ask' })),
    workedExample: Type.Optional(WorkedExampleSchema),
  },
  strict,
);

export const SkillSchema = Type.Object(
  {
    id: Id,
    title: PlainTextSchema,
    description: Type.Optional(RichTextSchema),
    standards: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), {
      minItems: 1,
      description: 'CCSS-M codes such as "5.NF.A.1"',
    }),
    prerequisites: Type.Optional(IdList('ids of skills learned before this one')),
    mastery: Type.Optional(MasteryRuleSchema),
    tutor: Type.Optional(SkillGuideSchema),
  },
  strict,
);

export const MisconceptionSchema = Type.Object(
  {
    id: Id,
    title: PlainTextSchema,
    description: Type.Optional(RichTextSchema),
  },
  strict,
);

/** Build a union of string literals that reports its choices in plain words. */
function oneOf<const T extends readonly string[]>(values: T) {
  type Literals = { -readonly [K in keyof T]: TLiteral<T[K]> };
  const literals = values.map((v) => Type.Literal(v)) as unknown as Literals;
  return Type.Union(literals, { description: `one of ${values.join(', ')}` }) as TUnion<Literals>;
}

export const NumericFormSchema = oneOf(['integer', 'decimal', 'fraction', 'mixed', 'percent']);

export const NumericAnswerSchema = Type.Object(
  {
    kind: Type.Literal('numeric'),
    value: Type.Union([Type.Number(), Type.String({ minLength: 1, maxLength: 64 })], {
      description: 'the correct value: a number, or exact text such as "5/6" or "1 1/2"',
    }),
    tolerance: Type.Optional(
      Type.Object(
        {
          absolute: Type.Optional(Type.Number({ minimum: 0 })),
          relative: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
        },
        strict,
      ),
    ),
    forms: Type.Optional(Type.Array(NumericFormSchema, { minItems: 1, uniqueItems: true })),
    simplest: Type.Optional(oneOf(['optional', 'required', 'enforced'])),
    unit: Type.Optional(PlainTextSchema),
  },
  strict,
);

export const ExpressionAnswerSchema = Type.Object(
  {
    kind: Type.Literal('expression'),
    value: Type.String({
      minLength: 1,
      maxLength: 500,
      description: 'the correct expression in ASCII math, e.g. "2x+6"',
    }),
    variables: Type.Optional(Type.Array(Type.String({ pattern: '^[A-Za-z]$', description: 'a one-letter variable' }))),
    form: Type.Optional(oneOf(['any', 'expanded', 'factored', 'simplified'])),
  },
  strict,
);

export const ChoiceOptionSchema = Type.Object({ id: Id, text: RichTextSchema }, strict);

export const ChoiceAnswerSchema = Type.Object(
  {
    kind: Type.Literal('choice'),
    select: oneOf(['single', 'multiple']),
    options: Type.Array(ChoiceOptionSchema, { minItems: 2, maxItems: 10 }),
    correct: Type.Array(Id, { minItems: 1, description: 'ids of the correct options' }),
    shuffle: Type.Optional(Type.Boolean()),
  },
  strict,
);

const AcceptedStrings = Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1 });

export const TextAnswerSchema = Type.Object(
  {
    kind: Type.Literal('text'),
    accept: Type.Union([AcceptedStrings, localized(AcceptedStrings)], {
      description: 'accepted answers, or a map from language tag to accepted answers',
    }),
    caseSensitive: Type.Optional(Type.Boolean()),
  },
  strict,
);

export const OpenAnswerSchema = Type.Object(
  {
    kind: Type.Literal('open'),
    rubric: Type.Optional(RichTextSchema),
    points: Type.Optional(Type.Integer({ minimum: 1, maximum: 10 })),
  },
  strict,
);

export const AnswerSpecSchema = Type.Union(
  [NumericAnswerSchema, ExpressionAnswerSchema, ChoiceAnswerSchema, TextAnswerSchema, OpenAnswerSchema],
  { description: 'an answer spec with kind numeric, expression, choice, text or open' },
);

export const HintSchema = Type.Object(
  {
    text: RichTextSchema,
    bottomOut: Type.Optional(Type.Boolean({ description: 'true when the hint shows the answer; only the last hint' })),
  },
  strict,
);

export const WrongAnswerSchema = Type.Object(
  {
    match: Type.Union([Type.String({ minLength: 1, maxLength: 500 }), Type.Array(Id, { minItems: 1 })], {
      description: 'the wrong response as a student would give it, or the ids of the chosen options',
    }),
    feedback: RichTextSchema,
    misconception: Type.Optional(Id),
    tutorMove: RichTextSchema,
  },
  strict,
);

export const ScaffoldStepSchema = Type.Object(
  {
    id: Id,
    stem: RichTextSchema,
    answer: AnswerSpecSchema,
    hints: Type.Optional(Type.Array(HintSchema, { minItems: 1 })),
    wrongAnswers: Type.Optional(Type.Array(WrongAnswerSchema)),
  },
  strict,
);

export const TutorNotesSchema = Type.Object(
  {
    notes: Type.Optional(RichTextSchema),
    questions: Type.Optional(Type.Array(RichTextSchema, { minItems: 1 })),
  },
  strict,
);

export const ProblemSchema = Type.Object(
  {
    id: Id,
    skill: Id,
    stem: RichTextSchema,
    answer: AnswerSpecSchema,
    hints: Type.Array(HintSchema, { minItems: 1, description: 'a hint ladder of at least one hint' }),
    wrongAnswers: Type.Optional(Type.Array(WrongAnswerSchema)),
    scaffold: Type.Optional(Type.Array(ScaffoldStepSchema, { minItems: 1 })),
    tutor: Type.Optional(TutorNotesSchema),
    difficulty: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
    tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 60 }))),
    params: Type.Optional(
      Type.Record(
        Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_]{0,39}$' }),
        Type.Union([Type.Number(), Type.String({ maxLength: 200 })]),
        {
          description: 'the values a template drew for this variant, for review and independent checks; never shown',
          additionalProperties: false,
        },
      ),
    ),
  },
  strict,
);

export const SkillBuilderAssignmentSchema = Type.Object(
  {
    id: Id,
    kind: Type.Literal('skill-builder'),
    title: PlainTextSchema,
    skill: Id,
    problems: Type.Array(Id, { minItems: 1, description: 'the pool of problem ids drawn from' }),
    mastery: Type.Optional(MasteryRuleSchema),
  },
  strict,
);

export const CheckAssignmentSchema = Type.Object(
  {
    id: Id,
    kind: Type.Literal('check'),
    title: PlainTextSchema,
    problems: Type.Array(Id, { minItems: 1, description: 'problem ids, asked in this order' }),
  },
  strict,
);

export const PracticeAssignmentSchema = Type.Object(
  {
    id: Id,
    kind: Type.Literal('practice'),
    title: PlainTextSchema,
    problems: Type.Array(Id, { minItems: 1 }),
  },
  strict,
);

export const AssignmentSchema = Type.Union(
  [SkillBuilderAssignmentSchema, CheckAssignmentSchema, PracticeAssignmentSchema],
  { description: 'an assignment with kind skill-builder, check or practice' },
);

export const PLAN_SEGMENT_KINDS = ['warm-up', 'practice', 'check', 'exit-ticket', 'discussion'] as const;

export const PlanSegmentSchema = Type.Object(
  {
    kind: oneOf(PLAN_SEGMENT_KINDS),
    title: Type.Optional(PlainTextSchema),
    minutes: Type.Number({ exclusiveMinimum: 0, maximum: 120 }),
    assignment: Type.Optional(Id),
    script: Type.Optional(RichTextSchema),
  },
  strict,
);

export const PlanSchema = Type.Object(
  {
    id: Id,
    title: PlainTextSchema,
    minutes: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, maximum: 240, description: 'total length of the session' }),
    ),
    segments: Type.Array(PlanSegmentSchema, { minItems: 1 }),
  },
  strict,
);

export const PackSchema = Type.Object(
  {
    format: Type.Literal(PACK_FORMAT),
    id: patterned(PACK_ID),
    version: patterned(SEMVER),
    title: PlainTextSchema,
    description: Type.Optional(RichTextSchema),
    license: patterned(SPDX),
    authors: Type.Array(AuthorSchema, { minItems: 1 }),
    locales: Type.Array(Locale, { minItems: 1, uniqueItems: true, description: 'declared languages, default first' }),
    skills: Type.Array(SkillSchema, { minItems: 1 }),
    misconceptions: Type.Optional(Type.Array(MisconceptionSchema)),
    problems: Type.Array(ProblemSchema, { minItems: 1 }),
    assignments: Type.Optional(Type.Array(AssignmentSchema)),
    plans: Type.Optional(Type.Array(PlanSchema)),
  },
  { ...strict, $id: 'https://tutorkit.dev/schema/tutorkit.pack-1.json', title: 'Tutorkit pack (tutorkit.pack/1)' },
);

export type PlainText = Static<typeof PlainTextSchema>;
export type RichText = Static<typeof RichTextSchema>;
export type Author = Static<typeof AuthorSchema>;
export type StreakMastery = Static<typeof StreakMasterySchema>;
export type BktMastery = Static<typeof BktMasterySchema>;
export type MasteryRule = Static<typeof MasteryRuleSchema>;
export type Skill = Static<typeof SkillSchema>;
export type SkillGuide = Static<typeof SkillGuideSchema>;
export type WorkedExample = Static<typeof WorkedExampleSchema>;
export type Misconception = Static<typeof MisconceptionSchema>;
export type NumericForm = Static<typeof NumericFormSchema>;
export type NumericAnswer = Static<typeof NumericAnswerSchema>;
export type ExpressionAnswer = Static<typeof ExpressionAnswerSchema>;
export type ChoiceOption = Static<typeof ChoiceOptionSchema>;
export type ChoiceAnswer = Static<typeof ChoiceAnswerSchema>;
export type TextAnswer = Static<typeof TextAnswerSchema>;
export type OpenAnswer = Static<typeof OpenAnswerSchema>;
export type AnswerSpec = Static<typeof AnswerSpecSchema>;
export type Hint = Static<typeof HintSchema>;
export type WrongAnswer = Static<typeof WrongAnswerSchema>;
export type ScaffoldStep = Static<typeof ScaffoldStepSchema>;
export type TutorNotes = Static<typeof TutorNotesSchema>;
export type Problem = Static<typeof ProblemSchema>;
export type SkillBuilderAssignment = Static<typeof SkillBuilderAssignmentSchema>;
export type CheckAssignment = Static<typeof CheckAssignmentSchema>;
export type PracticeAssignment = Static<typeof PracticeAssignmentSchema>;
export type Assignment = Static<typeof AssignmentSchema>;
export type PlanSegment = Static<typeof PlanSegmentSchema>;
export type Plan = Static<typeof PlanSchema>;
/** A validated `tutorkit.pack/1` document. */
export type Pack = Static<typeof PackSchema>;
