/**
 * The SECURITY BOUNDARY of expression checking. Responses are untrusted, so the parser's tree
 * is never evaluated: it is walked node by node and rebuilt as our own small tree, allowing only
 *
 * - numbers (finite JS numbers; no strings, booleans, null, Infinity, NaN);
 * - `pi` (also typed `π`); letters as variables. A run of letters that is not a function name is
 *   a product of one-letter variables, as in school algebra: `xy` is `x·y`, `2ab` is `2·a·b`;
 * - `+ - * / ^` and unary `-`/`+` (implicit multiplication included: `2x`, `2(x+3)`,
 *   `(x+1)(x-1)`, and `x(x+1)`, which the parser reads as a call of `x`, is `x·(x+1)`);
 * - the functions `sqrt` and `abs` with one argument.
 *
 * Everything else is refused with a reason: `=`/`==`/`<`… (`expression/equation`: write just
 * the expression), assignments and function definitions (`expression/equation` too), known
 * functions we do not grade (`sin`, `log`, `round`…: `expression/unknown-function`), and any
 * other node — accessors, indexes, objects, arrays, ranges, conditionals, blocks, strings,
 * `mod`, `!`, bitwise and logical operators… (`expression/not-allowed`). Trees are capped at
 * `MAX_NODES` nodes and `MAX_DEPTH` levels (`expression/too-complex`).
 */

export type Expr =
  | { readonly kind: 'num'; readonly value: number }
  | { readonly kind: 'pi' }
  | { readonly kind: 'var'; readonly name: string }
  | { readonly kind: 'neg'; readonly arg: Expr }
  | { readonly kind: 'add' | 'sub' | 'mul' | 'div' | 'pow'; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'fn'; readonly name: 'sqrt' | 'abs'; readonly arg: Expr };

export type BinaryKind = 'add' | 'sub' | 'mul' | 'div' | 'pow';
export type Binary = Extract<Expr, { kind: BinaryKind }>;

export type TreeProblem =
  | 'expression/equation'
  | 'expression/unknown-function'
  | 'expression/not-allowed'
  | 'expression/too-complex'
  | 'expression/syntax';

export class TreeError extends Error {
  constructor(readonly reason: TreeProblem) {
    super(reason);
  }
}

export const MAX_NODES = 150;
export const MAX_DEPTH = 40;

const ALLOWED_FUNCTIONS = new Set(['sqrt', 'abs']);

/** Function names a student may type that we do not grade: refused rather than read as letters. */
const KNOWN_FUNCTIONS = new Set([
  'sin',
  'cos',
  'tan',
  'cot',
  'sec',
  'csc',
  'asin',
  'acos',
  'atan',
  'arcsin',
  'arccos',
  'arctan',
  'sinh',
  'cosh',
  'tanh',
  'log',
  'ln',
  'lg',
  'exp',
  'floor',
  'ceil',
  'round',
  'fix',
  'max',
  'min',
  'mod',
  'gcd',
  'lcm',
  'root',
  'nthroot',
  'cbrt',
  'sign',
  'factorial',
  'sum',
  'prod',
]);

const RELATIONAL = new Set(['equal', 'unequal', 'smaller', 'larger', 'smallerEq', 'largerEq']);

const BINARY: Record<string, BinaryKind> = {
  add: 'add',
  subtract: 'sub',
  multiply: 'mul',
  divide: 'div',
  pow: 'pow',
};

/** The fields of a parsed node we read; everything is checked at run time. */
interface RawNode {
  readonly type?: unknown;
  readonly fn?: unknown;
  readonly op?: unknown;
  readonly args?: unknown;
  readonly value?: unknown;
  readonly name?: unknown;
  readonly content?: unknown;
}

function raw(node: unknown): RawNode {
  if (typeof node !== 'object' || node === null) throw new TreeError('expression/not-allowed');
  return node as RawNode;
}

function rawArgs(node: RawNode): readonly unknown[] {
  if (!Array.isArray(node.args)) throw new TreeError('expression/not-allowed');
  return node.args;
}

class Builder {
  private nodes = 0;

  private count(depth: number): void {
    this.nodes++;
    if (this.nodes > MAX_NODES || depth > MAX_DEPTH) throw new TreeError('expression/too-complex');
  }

  /** `xy` → x·y; `pi` → π. Function names used without parentheses are a syntax slip. */
  private letters(name: string, depth: number): Expr {
    if (name === 'pi' || name === 'π') return { kind: 'pi' };
    if (!/^[A-Za-z]+$/.test(name)) throw new TreeError('expression/not-allowed');
    const lower = name.toLowerCase();
    if (ALLOWED_FUNCTIONS.has(lower) || KNOWN_FUNCTIONS.has(lower)) throw new TreeError('expression/syntax');
    let product: Expr | undefined;
    for (const letter of name) {
      this.count(depth);
      const v: Expr = { kind: 'var', name: letter };
      product = product ? { kind: 'mul', left: product, right: v } : v;
    }
    return product as Expr;
  }

  build(node: unknown, depth = 0): Expr {
    this.count(depth);
    const n = raw(node);
    switch (n.type) {
      case 'ParenthesisNode':
        return this.build(n.content, depth + 1);
      case 'ConstantNode':
        if (typeof n.value !== 'number' || !Number.isFinite(n.value)) throw new TreeError('expression/not-allowed');
        return { kind: 'num', value: n.value };
      case 'SymbolNode':
        if (typeof n.name !== 'string') throw new TreeError('expression/not-allowed');
        return this.letters(n.name, depth);
      case 'OperatorNode':
        return this.operator(n, depth);
      case 'FunctionNode':
        return this.call(n, depth);
      case 'AssignmentNode':
      case 'FunctionAssignmentNode':
        throw new TreeError('expression/equation');
      default:
        throw new TreeError('expression/not-allowed');
    }
  }

  private operator(n: RawNode, depth: number): Expr {
    const args = rawArgs(n);
    const fn = typeof n.fn === 'string' ? n.fn : '';
    if (RELATIONAL.has(fn)) throw new TreeError('expression/equation');
    if (args.length === 1 && (fn === 'unaryMinus' || fn === 'unaryPlus')) {
      const arg = this.build(args[0], depth + 1);
      return fn === 'unaryMinus' ? { kind: 'neg', arg } : arg;
    }
    const kind = BINARY[fn];
    if (kind === undefined || args.length !== 2) throw new TreeError('expression/not-allowed');
    return { kind, left: this.build(args[0], depth + 1), right: this.build(args[1], depth + 1) };
  }

  private call(n: RawNode, depth: number): Expr {
    const callee = raw(n.fn);
    const args = rawArgs(n);
    if (callee.type !== 'SymbolNode' || typeof callee.name !== 'string') throw new TreeError('expression/not-allowed');
    const name = callee.name;
    const lower = name.toLowerCase();
    if (ALLOWED_FUNCTIONS.has(lower)) {
      if (args.length !== 1) throw new TreeError('expression/not-allowed');
      return { kind: 'fn', name: lower as 'sqrt' | 'abs', arg: this.build(args[0], depth + 1) };
    }
    if (KNOWN_FUNCTIONS.has(lower)) throw new TreeError('expression/unknown-function');
    // `x(x+1)`, `ab(c+d)`: letters times a parenthesised factor.
    if (args.length !== 1) throw new TreeError('expression/not-allowed');
    return { kind: 'mul', left: this.letters(name, depth + 1), right: this.build(args[0], depth + 1) };
  }
}

/** Rebuilds a parsed tree as an `Expr`, or throws a `TreeError` with the reason it is refused. */
export function toExpr(parsed: unknown): Expr {
  return new Builder().build(parsed);
}

/** The one-letter variables an expression uses, sorted. */
export function variablesOf(e: Expr, into = new Set<string>()): Set<string> {
  switch (e.kind) {
    case 'var':
      into.add(e.name);
      break;
    case 'neg':
    case 'fn':
      variablesOf(e.arg, into);
      break;
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'pow':
      variablesOf(e.left, into);
      variablesOf(e.right, into);
      break;
  }
  return into;
}

/** True when the expression has no variable (it may contain π). */
export function isConstant(e: Expr): boolean {
  switch (e.kind) {
    case 'var':
      return false;
    case 'num':
    case 'pi':
      return true;
    case 'neg':
    case 'fn':
      return isConstant(e.arg);
    default:
      return isConstant(e.left) && isConstant(e.right);
  }
}

/** True when the expression is plain arithmetic on numbers (no variable, no π). */
export function isNumeric(e: Expr): boolean {
  switch (e.kind) {
    case 'num':
      return true;
    case 'var':
    case 'pi':
      return false;
    case 'neg':
    case 'fn':
      return isNumeric(e.arg);
    default:
      return isNumeric(e.left) && isNumeric(e.right);
  }
}

const PRECEDENCE: Record<Expr['kind'], number> = {
  add: 1,
  sub: 1,
  mul: 2,
  div: 2,
  neg: 3,
  pow: 4,
  num: 5,
  pi: 5,
  var: 5,
  fn: 5,
};

const SYMBOL: Record<BinaryKind, string> = { add: ' + ', sub: ' - ', mul: '*', div: '/', pow: '^' };

/** Prints an expression with the fewest parentheses that keep its meaning: `2*(x + 3)`. */
export function printExpr(e: Expr): string {
  switch (e.kind) {
    case 'num':
      return String(e.value);
    case 'pi':
      return 'pi';
    case 'var':
      return e.name;
    case 'fn':
      return `${e.name}(${printExpr(e.arg)})`;
    case 'neg': {
      const inner = printExpr(e.arg);
      return PRECEDENCE[e.arg.kind] <= PRECEDENCE.neg && e.arg.kind !== 'pow' ? `-(${inner})` : `-${inner}`;
    }
    default: {
      const p = PRECEDENCE[e.kind];
      // Left-associative, except `^` which binds to the right: (a^b)^c needs its parentheses.
      const leftNeeds = e.kind === 'pow' ? PRECEDENCE[e.left.kind] <= p : PRECEDENCE[e.left.kind] < p;
      const rightNeeds =
        e.kind === 'pow'
          ? PRECEDENCE[e.right.kind] < p
          : PRECEDENCE[e.right.kind] < p ||
            (PRECEDENCE[e.right.kind] === p && (e.kind === 'sub' || e.kind === 'div' || e.right.kind !== e.kind));
      const left = printExpr(e.left);
      const right = printExpr(e.right);
      return `${leftNeeds ? `(${left})` : left}${SYMBOL[e.kind]}${rightNeeds ? `(${right})` : right}`;
    }
  }
}
