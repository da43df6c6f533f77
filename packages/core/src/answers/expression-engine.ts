/**
 * The lazily loaded expression engine (see `expression.ts`). Only mathjs's PARSER is used,
 * from `mathjs/number` (plain JS numbers: no BigNumber, Complex, units or matrices) — the parse
 * tree is then checked and rebuilt by `expression-tree.ts`, and evaluated by our own compiled
 * closures (`expression-eval.ts`), so no mathjs evaluation ever runs on student input.
 *
 * Everything read is cached by its text (bounded): a problem's correct answer and common wrong
 * answers are parsed and sampled once, and each check then parses only the response.
 */
import { create, type FactoryFunctionMap, parseDependencies } from 'mathjs/number';
import type { ExpressionAnswer } from '../format/schema.js';
import type { ExpressionCheckOptions, ExpressionEngine, ExpressionInterpretation } from './expression.js';
import { type Compiled, compareAt, compile as compileExpr, samplePoints, slot, valuesAt } from './expression-eval.js';
import { formProblem } from './expression-forms.js';
import { normalizeExpression } from './expression-normalize.js';
import { type Expr, printExpr, TreeError, toExpr, variablesOf } from './expression-tree.js';
import { usesDecimalComma } from './number-locale.js';
import type { CheckResult } from './verdict.js';

/** Longest response read: generous for school algebra, and it bounds the parser's work. */
export const MAX_EXPRESSION_LENGTH = 200;

const DEFAULT_SEED = 'tutorkit';
const CACHE_LIMIT = 2000;

interface ReadExpression {
  readonly ok: true;
  readonly expr: Expr;
  readonly compiled: Compiled;
  readonly variables: readonly string[];
  readonly printed: string;
}
type Reading = ReadExpression | { readonly ok: false; readonly reason: string };

/** A Map that forgets its oldest entry past `CACHE_LIMIT`. */
class BoundedCache<V> {
  private readonly map = new Map<string, V>();
  get(key: string): V | undefined {
    return this.map.get(key);
  }
  set(key: string, value: V): V {
    if (this.map.size >= CACHE_LIMIT) {
      const oldest = this.map.keys().next();
      if (!oldest.done) this.map.delete(oldest.value);
    }
    this.map.set(key, value);
    return value;
  }
}

function swapCase(letter: string): string {
  const lower = letter.toLowerCase();
  return letter === lower ? letter.toUpperCase() : lower;
}

type Parse = (text: string) => unknown;

class Engine implements ExpressionEngine {
  private readonly readings = new BoundedCache<Reading>();
  private readonly points = new BoundedCache<readonly Float64Array[]>();
  private readonly values = new BoundedCache<Float64Array>();

  constructor(private readonly parse: Parse) {}

  /** Reads an expression; `comma` when the writer's locale uses a decimal comma. */
  read(text: string, comma: boolean): Reading {
    if (text.length > MAX_EXPRESSION_LENGTH) return { ok: false, reason: 'expression/too-long' };
    const key = `${comma ? ',' : '.'}${text}`;
    return this.readings.get(key) ?? this.readings.set(key, this.readUncached(text, comma));
  }

  private readUncached(text: string, comma: boolean): Reading {
    const normalized = normalizeExpression(text, comma);
    if (normalized === '') return { ok: false, reason: 'expression/empty' };
    let parsed: unknown;
    try {
      parsed = this.parse(normalized);
    } catch {
      return { ok: false, reason: /=|<|>/.test(normalized) ? 'expression/equation' : 'expression/syntax' };
    }
    let expr: Expr;
    try {
      expr = toExpr(parsed);
    } catch (error) {
      if (error instanceof TreeError) return { ok: false, reason: error.reason };
      throw error;
    }
    return {
      ok: true,
      expr,
      compiled: compileExpr(expr),
      variables: [...variablesOf(expr)].sort(),
      printed: printExpr(expr),
    };
  }

  private pointsFor(variables: readonly string[], seed: string | number): readonly Float64Array[] {
    const key = `${typeof seed}:${seed}|${variables.join('')}`;
    return this.points.get(key) ?? this.points.set(key, samplePoints(variables, seed));
  }

  private valuesFor(text: string, reading: ReadExpression, variables: readonly string[], seed: string | number) {
    const key = `${typeof seed}:${seed}|${variables.join('')}|${text}`;
    return this.values.get(key) ?? this.values.set(key, valuesAt(reading.compiled, this.pointsFor(variables, seed)));
  }

  /**
   * Compares a response with a reference (the answer, or a wrong answer) over `allowed`. A
   * response letter that is not allowed but whose other case is (`X` for `x`) reads that one.
   */
  private compare(
    reference: ReadExpression,
    referenceText: string,
    response: ReadExpression,
    allowed: ReadonlySet<string>,
    seed: string | number,
  ) {
    const unknown = response.variables.filter((v) => !allowed.has(v) && !allowed.has(swapCase(v)));
    if (unknown.length > 0) return { unknown } as const;
    const alias = response.variables.filter((v) => !allowed.has(v)).map((v) => [slot(v), slot(swapCase(v))] as const);
    const variables = [...allowed].sort();
    const expected = this.valuesFor(referenceText, reference, variables, seed);
    return { result: compareAt(response.compiled, this.pointsFor(variables, seed), expected, alias) } as const;
  }

  check(spec: ExpressionAnswer, response: string, options: ExpressionCheckOptions = {}): CheckResult {
    const key = this.read(spec.value, false);
    if (!key.ok) return { verdict: 'ungraded', reason: 'expression/bad-spec' };
    const read = this.read(response, usesDecimalComma(options.locale));
    if (!read.ok) return { verdict: 'unreadable', reason: read.reason };
    const allowed = new Set([...(spec.variables ?? []), ...key.variables]);
    const compared = this.compare(key, spec.value, read, allowed, options.seed ?? DEFAULT_SEED);
    const interpreted: ExpressionInterpretation = { expression: read.printed, variables: read.variables };
    if ('unknown' in compared) {
      return {
        verdict: 'incorrect',
        reason: 'expression/unknown-variable',
        interpreted: { ...interpreted, unknownVariables: compared.unknown },
      };
    }
    switch (compared.result) {
      case 'undecidable':
        return { verdict: 'ungraded', reason: 'expression/undecidable', interpreted };
      case 'not-equivalent':
        return { verdict: 'incorrect', reason: 'expression/not-equivalent', interpreted };
      case 'equivalent': {
        const problem = formProblem(read.expr, spec.form ?? 'any');
        return problem
          ? { verdict: 'wrong-form', reason: problem, interpreted }
          : { verdict: 'correct', reason: 'expression/equivalent', interpreted };
      }
    }
  }

  equivalent(spec: ExpressionAnswer, response: string, other: string, options: ExpressionCheckOptions = {}): boolean {
    const reference = this.read(other, false);
    const read = this.read(response, usesDecimalComma(options.locale));
    if (!reference.ok || !read.ok) return false;
    const key = this.read(spec.value, false);
    const allowed = new Set([...(spec.variables ?? []), ...(key.ok ? key.variables : []), ...reference.variables]);
    const compared = this.compare(reference, other, read, allowed, options.seed ?? DEFAULT_SEED);
    return 'result' in compared && compared.result === 'equivalent';
  }
}

let parser: Parse | undefined;

/** Creates an engine; mathjs's parser is set up once, on first use. */
export function createExpressionEngine(): ExpressionEngine {
  if (!parser) {
    // Only the parser and what it needs: about 40 KB gzip, against 90+ KB with compile/evaluate.
    const math = create({ parseDependencies } as FactoryFunctionMap);
    parser = (text) => math.parse(text);
  }
  return new Engine(parser);
}
