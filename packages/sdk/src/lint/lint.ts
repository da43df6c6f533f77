/** `lintPack`: the pedagogy rules of `LINT_RULES`, each with a configurable severity. */
import type { Pack } from '@tutorkit/core';
import { catalog as defaultCatalog, type StandardsCatalog } from '../standards/catalog.js';
import {
  checkLocaleCoverage,
  checkLocales,
  checkPrerequisites,
  checkSkillGuides,
  checkSkillStandards,
} from './checks-pack.js';
import { checkHintLadders, checkPoolWrongAnswers, checkStemLength, checkTemplateDiversity } from './checks-problems.js';
import type { LintContext, LintIssue, LintLimits, TemplateGroup } from './context.js';
import { LINT_RULES, type RuleId, type RuleSeverity } from './rules.js';

export interface LintOptions {
  /** Per-rule severity; `'off'` disables a rule. */
  readonly severities?: Partial<Record<RuleId, RuleSeverity>>;
  /** Standards catalog (default: the K–8 CCSS-M catalog). */
  readonly catalog?: StandardsCatalog;
  /**
   * Which problems are variants of which template (`buildResult.templates`). Without it, ids
   * `x-1` … `x-n` (n ≥ 5) of the same skill are taken as template `x`.
   */
  readonly templates?: readonly TemplateGroup[];
  readonly limits?: LintLimits;
}

export const DEFAULT_STEM_WORDS: Readonly<Record<string, number>> = {
  K: 20,
  '1': 25,
  '2': 30,
  '3': 40,
  '4': 50,
  '5': 60,
  '6': 75,
  '7': 75,
  '8': 75,
};

const CHECKS: readonly [RuleId, (ctx: LintContext) => void][] = [
  ['pedagogy/hint-ladder', checkHintLadders],
  ['pedagogy/pool-wrong-answers', checkPoolWrongAnswers],
  ['pedagogy/skill-standard', checkSkillStandards],
  ['pedagogy/template-diversity', checkTemplateDiversity],
  ['pedagogy/locale-complete', checkLocales],
  ['pedagogy/stem-length', checkStemLength],
  ['pedagogy/prerequisite-coverage', checkPrerequisites],
  ['pedagogy/locale-coverage', checkLocaleCoverage],
  ['pedagogy/skill-guide', checkSkillGuides],
];

/** Groups `x-1` … `x-n` ids (numbered from 1 without gaps, same skill) as templates. */
export function inferTemplates(pack: Pack): TemplateGroup[] {
  const groups = new Map<string, { skill: string; ids: string[] }>();
  for (const p of pack.problems) {
    const match = /^(.+)-(\d+)$/.exec(p.id);
    if (!match) continue;
    const [, prefix = '', n = ''] = match;
    const group = groups.get(prefix) ?? { skill: p.skill, ids: [] };
    groups.set(prefix, group);
    if (group.skill === p.skill && Number(n) === group.ids.length + 1) group.ids.push(p.id);
  }
  return [...groups.entries()].filter(([, g]) => g.ids.length >= 5).map(([id, g]) => ({ id, problems: g.ids }));
}

/** Lints a (valid) pack. Returns the findings, errors first. */
export function lintPack(pack: Pack, options: LintOptions = {}): LintIssue[] {
  const issues: LintIssue[] = [];
  let rule: RuleId = 'pedagogy/hint-ladder';
  let severity: RuleSeverity = 'warning';
  const ctx: LintContext = {
    pack,
    catalog: options.catalog ?? defaultCatalog,
    templates: options.templates ?? inferTemplates(pack),
    limits: {
      distinctAnswers: options.limits?.distinctAnswers ?? 0.8,
      stemWords: { ...DEFAULT_STEM_WORDS, ...options.limits?.stemWords },
    },
    report: (id, pointer, message) => {
      if (severity !== 'off') issues.push({ severity, rule: id, message, pointer });
    },
  };
  for (const [id, check] of CHECKS) {
    rule = id;
    severity = options.severities?.[rule] ?? LINT_RULES[rule].severity;
    if (severity !== 'off') check(ctx);
  }
  return issues.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
