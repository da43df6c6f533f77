/**
 * Form rules, judged on the syntax tree AFTER the value check passed (so the question is only
 * "is it written the way the task asks?"). The rules are local and syntactic, chosen to match
 * what a middle-school teacher marks, and documented here because a pack author relies on them.
 *
 * `simplified` — none of:
 * - arithmetic left to do on numbers: `2+3`, `2*3`, `2^3`, `6/3`, `4/6`, `0.5/2`, `abs(-3)`,
 *   `sqrt(9)`. A fraction in lowest terms (`3/4`, `-3/4`) and `sqrt` of a non-square stay;
 * - more than one number among the factors of a product (`2*x*3`), or the same variable twice
 *   (`x*x`, `x*x^2`: use an exponent);
 * - like terms in one sum: `2x + 3x`, `x + 2 + 3`, `xy + yx`, `2(x+1) + 3(x+1)` (terms are alike
 *   when their non-numeric factors print the same);
 * - identity steps: `*1`, `1*`, `/1`, `+0`, `-0`, `0*`, `0/`, `^1`, `^0`, `1^`;
 * - double signs: `-(-x)`, `x - -3`, `x + -3` (write `x - 3`), two negative factors in a product;
 * - stacked fractions `(x/2)/3`, a power of a power `(x^2)^3`, and a quotient with a common
 *   factor on top and bottom: `6x/3`, `x^2/x`, `4/(6y)`.
 *   Parentheses never matter (`(2x)+6` is simplified), and nothing is compared across
 *   structure: `2(x+3) + x` passes (that needs expanding, which is a different rule).
 *
 * `expanded` — `simplified`, and no product, quotient or power still to distribute:
 * - a product with a sum as a factor, `2(x+3)`, `(x+1)(x-1)`, `-(x+3)`, `5 - (x+3)`;
 * - a sum divided by a number, `(x+1)/2` (write `x/2 + 1/2`); a sum divided by an expression
 *   with a variable, `1/(x+1)`, cannot be expanded and is fine;
 * - a sum raised to a whole power ≥ 2, `(x+1)^2`.
 *
 * `factored` — `simplified`, and written as one product, not a sum:
 * - the expression, after a leading minus sign, is not a sum: `2x+6` is not factored,
 *   `2(x+3)`, `(x+2)(x+3)`, `-(x+3)`, `x^2`, `(x+1)^2`, `(x+3)/2` are;
 * - completely: no sum among its factors still has a common factor — a whole number > 1 that
 *   divides every (whole-number) coefficient, `2(3x+6)`, or a variable in every term,
 *   `x(x^2+x)` (`expression/not-fully-factored`). A single term (`6x`) is factored.
 */
import { type Expr, isNumeric, printExpr } from './expression-tree.js';

export type ExpressionForm = 'any' | 'expanded' | 'factored' | 'simplified';

export type FormProblem =
  | 'expression/not-simplified'
  | 'expression/not-expanded'
  | 'expression/not-factored'
  | 'expression/not-fully-factored';

function isSum(e: Expr): boolean {
  return e.kind === 'add' || e.kind === 'sub';
}

function isNum(e: Expr, value?: number): boolean {
  return e.kind === 'num' && (value === undefined || e.value === value);
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y) [x, y] = [y, x % y];
  return x;
}

function isPerfectSquare(n: number): boolean {
  if (!Number.isInteger(n) || n < 0) return false;
  const r = Math.round(Math.sqrt(n));
  return r * r === n;
}

/** A number written as a finished result: `3`, `0.5`, `-2`, `3/4`, `-3/4`, `sqrt(2)`. */
function isFinishedNumber(e: Expr): boolean {
  switch (e.kind) {
    case 'num':
      return true;
    case 'neg':
      return (e.arg.kind === 'num' && e.arg.value !== 0) || (e.arg.kind === 'div' && isFinishedNumber(e.arg));
    case 'div': {
      const top = e.left.kind === 'neg' ? e.left.arg : e.left;
      if (top.kind !== 'num' || e.right.kind !== 'num') return false;
      const [n, d] = [top.value, e.right.value];
      return Number.isInteger(n) && Number.isInteger(d) && n !== 0 && d > 1 && gcd(n, d) === 1;
    }
    case 'fn':
      return e.name === 'sqrt' && e.arg.kind === 'num' && !isPerfectSquare(e.arg.value);
    default:
      return false;
  }
}

interface Term {
  readonly negative: boolean;
  readonly expr: Expr;
}

/** The signed terms of a sum: `a - (b + c)` → a, -b, -c. */
function terms(e: Expr, negative = false, out: Term[] = []): Term[] {
  if (e.kind === 'add' || e.kind === 'sub') {
    terms(e.left, negative, out);
    terms(e.right, e.kind === 'sub' ? !negative : negative, out);
  } else if (e.kind === 'neg') terms(e.arg, !negative, out);
  else out.push({ negative, expr: e });
  return out;
}

/** A rational number as written: no variable, no π, no root or absolute value. */
function isRationalNumber(e: Expr): boolean {
  switch (e.kind) {
    case 'num':
      return true;
    case 'neg':
      return isRationalNumber(e.arg);
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'pow':
      return isRationalNumber(e.left) && isRationalNumber(e.right);
    default:
      return false;
  }
}

/** The factors of a product through `*` and unary minus; a numeric subtree is one factor. */
function productFactors(e: Expr, out: Expr[] = []): Expr[] {
  if (e.kind === 'mul' && !isNumeric(e)) {
    productFactors(e.left, out);
    productFactors(e.right, out);
  } else if (e.kind === 'neg' && !isNumeric(e)) productFactors(e.arg, out);
  else out.push(e);
  return out;
}

/** The factors of a term, also through division by a number: `3x/4` → 3, x, 1/4. */
function termFactors(e: Expr, out: Expr[] = []): Expr[] {
  if (e.kind === 'div' && !isNumeric(e) && isNumeric(e.right)) {
    termFactors(e.left, out);
    out.push({ kind: 'div', left: { kind: 'num', value: 1 }, right: e.right });
  } else if ((e.kind === 'mul' || e.kind === 'neg') && !isNumeric(e)) {
    for (const f of productFactors(e)) termFactors(f, out);
  } else out.push(e);
  return out;
}

/** What makes terms alike: their factors other than rational numbers, printed and sorted. */
function signature(term: Expr): string {
  return termFactors(term)
    .filter((f) => !isRationalNumber(f))
    .map(printExpr)
    .sort()
    .join('·');
}

/** The variable (or π) a factor is a power of, for "the same variable twice". */
function base(e: Expr): string | undefined {
  if (e.kind === 'var') return e.name;
  if (e.kind === 'pi') return 'pi';
  if (e.kind === 'pow' && isNumeric(e.right)) return base(e.left);
  return undefined;
}

/** A monomial: a whole-number coefficient (when it is one) and variable exponents. */
interface Monomial {
  readonly coefficient: number | undefined;
  readonly variables: ReadonlyMap<string, number>;
}

function monomial(e: Expr): Monomial | undefined {
  let coefficient: number | undefined = 1;
  const variables = new Map<string, number>();
  for (const f of termFactors(e)) {
    if (f.kind === 'num')
      coefficient = coefficient !== undefined && Number.isInteger(f.value) ? coefficient * f.value : undefined;
    else if (isNumeric(f)) coefficient = undefined;
    else if (f.kind === 'var') variables.set(f.name, (variables.get(f.name) ?? 0) + 1);
    else if (f.kind === 'pow' && f.left.kind === 'var' && f.right.kind === 'num' && Number.isInteger(f.right.value)) {
      variables.set(f.left.name, (variables.get(f.left.name) ?? 0) + f.right.value);
    } else return undefined;
  }
  return { coefficient, variables };
}

/** A quotient that could be reduced: `6x/3`, `x^2/x`, `4/(6y)`. */
function hasCommonFactor(top: Expr, bottom: Expr): boolean {
  const a = monomial(top);
  const b = monomial(bottom);
  if (!a || !b) return false;
  for (const [v, exponent] of a.variables) if (exponent > 0 && (b.variables.get(v) ?? 0) > 0) return true;
  return a.coefficient !== undefined && b.coefficient !== undefined && gcd(a.coefficient, b.coefficient) > 1;
}

function simplifiedAt(e: Expr, parent: Expr | undefined): boolean {
  if (isNumeric(e)) return isFinishedNumber(e);
  switch (e.kind) {
    case 'neg':
      if (e.arg.kind === 'neg') return false;
      break;
    case 'add':
    case 'sub':
      if (isNum(e.left, 0) || isNum(e.right, 0) || e.right.kind === 'neg') return false;
      if (!parent || !isSum(parent)) {
        const seen = new Set<string>();
        for (const t of terms(e)) {
          const key = signature(t.expr);
          if (seen.has(key)) return false;
          seen.add(key);
        }
      }
      break;
    case 'mul': {
      if (isNum(e.left, 1) || isNum(e.right, 1) || isNum(e.left, 0) || isNum(e.right, 0)) return false;
      // Checked at every product node: the topmost one sees all the factors below it.
      const all = productFactors(e);
      if (all.filter(isNumeric).length > 1) return false;
      const bases = all.map(base).filter((b) => b !== undefined);
      if (new Set(bases).size !== bases.length) return false;
      if (negativeFactors(e) > 1) return false;
      break;
    }
    case 'div':
      if (isNum(e.right, 1) || isNum(e.left, 0)) return false;
      if (e.left.kind === 'div' || e.right.kind === 'div') return false;
      if (hasCommonFactor(e.left, e.right)) return false;
      break;
    case 'pow':
      if (isNum(e.right, 1) || isNum(e.right, 0) || isNum(e.left, 1) || isNum(e.left, 0)) return false;
      if (e.left.kind === 'pow') return false;
      break;
  }
  switch (e.kind) {
    case 'neg':
    case 'fn':
      return simplifiedAt(e.arg, e);
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'pow':
      return simplifiedAt(e.left, e) && simplifiedAt(e.right, e);
    default:
      return true;
  }
}

function negativeFactors(e: Expr): number {
  if (e.kind === 'neg') return 1 + negativeFactors(e.arg);
  if (e.kind === 'mul') return negativeFactors(e.left) + negativeFactors(e.right);
  return 0;
}

function unwrapNeg(e: Expr): Expr {
  return e.kind === 'neg' ? unwrapNeg(e.arg) : e;
}

function expandedAt(e: Expr): boolean {
  switch (e.kind) {
    case 'mul':
      if (isSum(unwrapNeg(e.left)) || isSum(unwrapNeg(e.right))) return false;
      break;
    case 'div':
      if (isSum(unwrapNeg(e.left)) && isNumeric(e.right)) return false;
      break;
    case 'pow':
      if (isSum(unwrapNeg(e.left)) && e.right.kind === 'num' && Number.isInteger(e.right.value) && e.right.value >= 2) {
        return false;
      }
      break;
    case 'neg':
      if (isSum(e.arg)) return false;
      break;
    case 'sub':
      if (isSum(unwrapNeg(e.right))) return false;
      break;
  }
  switch (e.kind) {
    case 'neg':
    case 'fn':
      return expandedAt(e.arg);
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'pow':
      return expandedAt(e.left) && expandedAt(e.right);
    default:
      return true;
  }
}

/** A sum whose terms still share a whole-number factor > 1 or a variable. */
function hasCommonFactorInTerms(sum: Expr): boolean {
  const monomials = terms(sum).map((t) => monomial(t.expr));
  if (monomials.some((m) => m === undefined)) return false;
  const all = monomials as Monomial[];
  const coefficients = all.map((m) => m.coefficient);
  if (coefficients.every((c) => c !== undefined && c !== 0)) {
    if (coefficients.reduce((g: number, c) => gcd(g, c as number), 0) > 1) return true;
  }
  const [first, ...rest] = all;
  if (!first) return false;
  for (const [v, exponent] of first.variables) {
    if (exponent > 0 && rest.every((m) => (m.variables.get(v) ?? 0) > 0)) return true;
  }
  return false;
}

function factoredProblem(e: Expr): FormProblem | undefined {
  const top = unwrapNeg(e);
  if (isSum(top) && top === e) return 'expression/not-factored';
  const parts: Expr[] = [];
  const collect = (x: Expr): void => {
    const y = unwrapNeg(x);
    if (y.kind === 'mul') {
      collect(y.left);
      collect(y.right);
    } else if (y.kind === 'div') {
      collect(y.left);
      collect(y.right);
    } else if (y.kind === 'pow') collect(y.left);
    else parts.push(y);
  };
  collect(top);
  return parts.some((p) => isSum(p) && hasCommonFactorInTerms(p)) ? 'expression/not-fully-factored' : undefined;
}

/** Why `e` is not written in `form`, or `undefined` when it is. */
export function formProblem(e: Expr, form: ExpressionForm): FormProblem | undefined {
  if (form === 'any') return undefined;
  if (form === 'factored') {
    const problem = factoredProblem(e);
    if (problem) return problem;
  }
  if (form === 'expanded' && !expandedAt(e)) return 'expression/not-expanded';
  return simplifiedAt(e, undefined) ? undefined : 'expression/not-simplified';
}
