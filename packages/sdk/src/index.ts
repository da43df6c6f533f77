/**
 * `@tutorkit/sdk`: write Tutorkit curriculum packs in TypeScript. Typed builders make an invalid
 * pack a type error wherever TypeScript can say so; templates expand at build time into
 * reviewable variants; `buildPack` verifies every problem with the runtime's own checker and
 * KaTeX; `lintPack` checks pedagogy. Node only.
 *
 * @packageDocumentation
 */

export type { TemplateSummary } from './build/assemble.js';
export { type BuildOptions, type BuildResult, buildPack } from './build/build.js';
export type { BuildIssue, VariantOrigin } from './build/issues.js';
export {
  type AnswerShape,
  type ChoiceAnswer,
  type ChoiceOption,
  type ChoiceOptions,
  choice,
  type ExpressionAnswer,
  type ExpressionOptions,
  expression,
  type MatchFor,
  type NumericAnswer,
  type NumericOptions,
  numeric,
  type OpenAnswer,
  type OpenOptions,
  open,
  type TextAnswer,
  type TextOptions,
  text,
} from './builders/answers.js';
export {
  type AssignmentHandle,
  type AssignmentRef,
  check,
  type ListOptions,
  type ProblemSource,
  practice,
  type SkillBuilderOptions,
  skillBuilder,
} from './builders/assignments.js';
export {
  type MisconceptionHandle,
  type MisconceptionOptions,
  type MisconceptionRef,
  misconception,
  type WrongAnswer,
  type WrongAnswerOptions,
  type WrongAnswerRef,
  wrongAnswer,
} from './builders/feedback.js';
export {
  type BottomOutHint,
  type BottomOutRef,
  bottomOut,
  type Hint,
  type HintLadder,
  type HintRef,
  hint,
} from './builders/hints.js';
export type { Known, LocaleMap, LocaleRef, LocaleTag, Localized, Text } from './builders/locales.js';
export { definePack, type PackDefinition, type PackOptions } from './builders/pack.js';
export {
  type PlanHandle,
  type PlanOptions,
  type PlanRef,
  plan,
  type Segment,
  type SegmentCommon,
  type SegmentOptions,
  segment,
} from './builders/plans.js';
export {
  type ProblemBody,
  type ProblemHandle,
  type ProblemOptions,
  type ProblemRef,
  problem,
  type ScaffoldStep,
  type StepOptions,
  step,
  type TutorNotes,
} from './builders/problems.js';
export type {
  RawAnswer,
  RawBody,
  RawHint,
  RawMisconception,
  RawSkill,
  RawSkillGuide,
  RawStep,
  RawText,
  RawWrongAnswer,
} from './builders/raw.js';
export {
  type SkillGuide,
  type SkillHandle,
  type SkillOptions,
  type SkillRef,
  skill,
  type WorkedExample,
} from './builders/skills.js';
export { formatLocation, type SourceLocation } from './builders/source.js';
export { type ClusterCoverage, type PackStats, packStats, type StandardStats } from './cli/stats.js';
export type { LintIssue, LintLimits, TemplateGroup } from './lint/context.js';
export { DEFAULT_STEM_WORDS, inferTemplates, type LintOptions, lintPack } from './lint/lint.js';
export { type LocaleCoverage, localeCoverage, type SkillLocaleCoverage } from './lint/locale-coverage.js';
export { LINT_RULES, type LintRule, type RuleId, type RuleSeverity } from './lint/rules.js';
export {
  catalog,
  type Grade,
  type StandardCode,
  type StandardInfo,
  type StandardsCatalog,
  standards,
} from './standards/catalog.js';
export { CLUSTER_TITLES } from './standards/titles.js';
export { type Expansion, expandTemplate, MAX_FAILED_DRAWS_IN_A_ROW, type Variant } from './templates/expand.js';
export {
  addFractions,
  answerText,
  type Fraction,
  frac,
  gcd,
  isSimplest,
  lcm,
  multiplyFractions,
  sameValue,
  simplify,
  subtractFractions,
} from './templates/fraction.js';
export { DrawRejected, type FractionOptions, type FractionsOptions, type TemplateRandom } from './templates/random.js';
export { type TemplateHandle, type TemplateOptions, type TemplateRef, template } from './templates/template.js';
