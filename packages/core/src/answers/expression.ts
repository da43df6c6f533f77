/**
 * Expression answers, from the synchronous side. The engine that reads and compares
 * expressions (the mathjs parser plus our tree, sampling and form rules) is a separate chunk,
 * loaded only by `loadExpressionEngine()`: a student who only meets numeric, choice and text
 * answers never downloads it. Without a loaded engine an expression is `ungraded` with reason
 * `expression/engine-not-loaded`, synchronously, so the caller can load it and check again.
 */
import type { ExpressionAnswer } from '../format/schema.js';
import type { CheckResult } from './verdict.js';

export interface ExpressionCheckOptions {
  /** The student's locale: in decimal-comma locales `0,5x` is read as `0.5x`. */
  readonly locale?: string;
  /** Seed of the sample points (default `'tutorkit'`): same seed, same verdict. */
  readonly seed?: string | number;
}

/** How an expression response was read (`CheckResult.interpreted` for expression answers). */
export interface ExpressionInterpretation {
  /** The response as the checker understood it, e.g. `2*(x + 3)`. */
  readonly expression: string;
  /** The one-letter variables it uses. */
  readonly variables: readonly string[];
  /** Variables that are not the problem's (reason `expression/unknown-variable`). */
  readonly unknownVariables?: readonly string[];
}

/** Reads and compares expressions. Get one with `loadExpressionEngine()`; it caches internally. */
export interface ExpressionEngine {
  /** Checks a response to an expression answer. */
  check(spec: ExpressionAnswer, response: string, options?: ExpressionCheckOptions): CheckResult;
  /**
   * Whether `response` is equivalent to `other` (e.g. a common wrong answer), over the answer's
   * variables; `false` when either cannot be read. Form rules play no part.
   */
  equivalent(spec: ExpressionAnswer, response: string, other: string, options?: ExpressionCheckOptions): boolean;
}

let loading: Promise<ExpressionEngine> | undefined;

/** Loads the expression engine (once; later calls share the same promise). */
export function loadExpressionEngine(): Promise<ExpressionEngine> {
  loading ??= import('./expression-engine.js').then(
    (module) => module.createExpressionEngine(),
    (error: unknown) => {
      loading = undefined; // a failed download may be retried
      throw error;
    },
  );
  return loading;
}

export function checkExpression(
  spec: ExpressionAnswer,
  response: string,
  options: ExpressionCheckOptions & { readonly expressions?: ExpressionEngine | undefined },
): CheckResult {
  const { expressions, ...rest } = options;
  if (!expressions) return { verdict: 'ungraded', reason: 'expression/engine-not-loaded' };
  return expressions.check(spec, response, rest);
}
