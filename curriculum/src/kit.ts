/**
 * What every cluster module of the starter curriculum is made of, and the one place where a
 * cluster becomes assignments and a 30-minute session plan. Cluster modules import the SDK's
 * builders from here too, so the whole curriculum shares one locale type and one shape.
 */
import {
  type AssignmentHandle,
  type AssignmentRef,
  check,
  type PlanHandle,
  type ProblemRef,
  plan,
  practice,
  type SkillHandle,
  type SkillOptions,
  type SkillRef,
  segment,
  skill,
  skillBuilder,
  type TemplateRef,
  type Text,
} from '@tutorkit/sdk';

export * from '@tutorkit/sdk';

/** Every pack of the curriculum declares these; only the fractions strand is written in both. */
export type Lang = 'en' | 'es';
export const LOCALES = ['en', 'es'] as const;

/** How a school picks part of the curriculum. */
export const STRANDS = {
  'whole-numbers': 'Whole-number operations and place value',
  fractions: 'Fractions',
  'ratios-proportions': 'Ratios and proportional reasoning',
  'negative-numbers': 'Negative numbers',
  'expressions-equations': 'Expressions and equations',
  functions: 'Functions',
  'measurement-geometry': 'Measurement and geometry',
} as const;
export type Strand = keyof typeof STRANDS;

type ProblemSource = ProblemRef<Lang> | TemplateRef<Lang>;

/** Declares a curriculum skill; prerequisites from the coherence map are added later by `linkPrerequisites`. */
export function curriculumSkill<L extends string = never>(options: SkillOptions<L>) {
  // A fresh, mutable list kept by reference in the handle, so that links across strands can be
  // added after every strand module has loaded (see prerequisites.ts).
  return skill({ ...options, prerequisites: [...(options.prerequisites ?? [])] });
}

/** A skill handle of any locale set that fits the curriculum's packs. */
export type CurriculumSkill = SkillRef<Lang> & Pick<SkillHandle, 'id' | 'kind' | 'options' | 'source'>;

/** One skill of a cluster and the skill builder that practises it. */
export interface PractisedSkill {
  readonly skill: CurriculumSkill;
  /** The skill builder's pool: templates (each ≥ 30 variants) and problems. */
  readonly pool: readonly [ProblemSource, ...ProblemSource[]];
}

export interface ClusterOptions {
  /** A major-work cluster code such as `'4.NF.A'`. */
  readonly code: string;
  readonly strand: Strand;
  readonly title: Text<Lang>;
  readonly skills: readonly [PractisedSkill, ...PractisedSkill[]];
  /** Exactly five fixed problems covering the cluster: the check for understanding. */
  readonly check: readonly [ProblemSource, ProblemSource, ProblemSource, ProblemSource, ProblemSource];
  /** Three or four quick problems on a prerequisite skill: the warm-up. */
  readonly warmUp: readonly [ProblemSource, ...ProblemSource[]];
  /** One or two fixed problems that end the session: the exit ticket. */
  readonly exitTicket: readonly [ProblemSource, ...ProblemSource[]];
  /** What the tutor says in each segment of the session plan, a sentence or two each. */
  readonly scripts: {
    readonly warmUp: Text<Lang>;
    readonly practice: Text<Lang>;
    readonly check: Text<Lang>;
    readonly exitTicket: Text<Lang>;
  };
}

/** A cluster as the packs list it. */
export interface Cluster {
  readonly code: string;
  readonly strand: Strand;
  readonly grade: number;
  readonly skills: readonly CurriculumSkill[];
  readonly builders: readonly AssignmentHandle<Lang>[];
  readonly check: AssignmentHandle<Lang>;
  readonly warmUp: AssignmentHandle<Lang>;
  readonly exitTicket: AssignmentHandle<Lang>;
  readonly plans: readonly PlanHandle<Lang>[];
}

/**
 * The share of a template's variants that must have distinct answers (the SDK's lint asks 80% by
 * default). Fact practice in grades 3–4 draws from small numbers, where answers repeat by nature
 * while the problems do not; the curriculum asks half, and more where the numbers allow.
 */
export const DISTINCT_ANSWERS = 0.5;

/** Minutes of the 30-minute session: warm-up, skill builder, check for understanding, exit ticket. */
export const SESSION_MINUTES = { warmUp: 5, practice: 15, check: 7, exitTicket: 3 } as const;

const slug = (code: string) => code.toLowerCase().replaceAll('.', '-');

/** Makes a cluster's assignments and one session plan per skill from its parts. */
export function cluster(options: ClusterOptions): Cluster {
  const id = slug(options.code);
  const grade = Number(options.code.split('.')[0]);
  const t = (en: string, es: string): Text<Lang> => ({ en, es });
  const builders = options.skills.map((s) =>
    skillBuilder<Lang>({
      id: `${s.skill.id}-builder`,
      title: s.skill.options.title as Text<Lang>,
      skill: s.skill,
      pool: s.pool,
    }),
  );
  const checkAssignment = check<Lang>({
    id: `${id}-check`,
    title: t(`Check for understanding: ${options.code}`, `Comprobación de comprensión: ${options.code}`),
    problems: options.check,
  });
  const warmUp = practice<Lang>({
    id: `${id}-warm-up`,
    title: t(`Warm-up: ${options.code}`, `Calentamiento: ${options.code}`),
    problems: options.warmUp,
  });
  const exitTicket = check<Lang>({
    id: `${id}-exit-ticket`,
    title: t(`Exit ticket: ${options.code}`, `Boleto de salida: ${options.code}`),
    problems: options.exitTicket,
  });
  const plans = options.skills.map((s, i) =>
    plan<Lang>({
      id: `${s.skill.id}-session`,
      title: s.skill.options.title as Text<Lang>,
      minutes: 30,
      segments: [
        segment<Lang>({
          kind: 'warm-up',
          minutes: SESSION_MINUTES.warmUp,
          assignment: warmUp,
          script: options.scripts.warmUp,
        }),
        segment<Lang>({
          kind: 'practice',
          minutes: SESSION_MINUTES.practice,
          assignment: builders[i] as AssignmentRef<Lang>,
          script: options.scripts.practice,
        }),
        segment<Lang>({
          kind: 'check',
          minutes: SESSION_MINUTES.check,
          assignment: checkAssignment,
          script: options.scripts.check,
        }),
        segment<Lang>({
          kind: 'exit-ticket',
          minutes: SESSION_MINUTES.exitTicket,
          assignment: exitTicket,
          script: options.scripts.exitTicket,
        }),
      ],
    }),
  );
  return {
    code: options.code,
    strand: options.strand,
    grade,
    skills: options.skills.map((s) => s.skill),
    builders,
    check: checkAssignment,
    warmUp,
    exitTicket,
    plans,
  };
}
