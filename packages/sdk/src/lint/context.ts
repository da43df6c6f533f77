/** What every lint check receives: the pack, the catalog, and a way to report. */
import type { Pack } from '@tutorkit/core';
import type { StandardsCatalog } from '../standards/catalog.js';
import type { RuleId } from './rules.js';

export interface LintIssue {
  readonly severity: 'error' | 'warning';
  readonly rule: RuleId;
  readonly message: string;
  /** RFC 6901 JSON Pointer into the pack. */
  readonly pointer: string;
}

/** A template's variants, as `buildPack` reports them (`result.templates`). */
export interface TemplateGroup {
  readonly id: string;
  readonly problems: readonly string[];
}

export interface LintLimits {
  /** Smallest share of distinct answers among a template's variants (default 0.8). */
  readonly distinctAnswers?: number;
  /** Words per stem by grade (`K`, `1` … `8`); defaults in `LINT_RULES['pedagogy/stem-length']`. */
  readonly stemWords?: Readonly<Partial<Record<string, number>>>;
}

export interface LintContext {
  readonly pack: Pack;
  readonly catalog: StandardsCatalog;
  readonly templates: readonly TemplateGroup[];
  readonly limits: Required<LintLimits>;
  report(rule: RuleId, pointer: string, message: string): void;
}
