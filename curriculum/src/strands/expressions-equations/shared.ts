/**
 * What the expressions-equations clusters share: the misconceptions (one handle per mistake, so
 * the tutor console groups students across skills), the session scripts, and small printers
 * for linear expressions in TeX (stems, hints) and ASCII math (answers).
 */
import { misconception } from '../../kit.js';

/** Rejects a draw in a template (`r.require`), or throws for a fixed problem with bad numbers. */
export type Need = (condition: unknown, why: string) => void;
export const fixedNeed: Need = (condition, why) => {
  if (!condition) throw new Error(`fixed problem: ${why}`);
};

// ---- Misconceptions -------------------------------------------------------------------------

export const exponentTimes = misconception({
  id: 'ee-exponent-times-base',
  title: 'Multiplies the base by the exponent',
  description: 'Reads $4^3$ as $4 \\times 3 = 12$ instead of $4 \\times 4 \\times 4 = 64$.',
});
export const exponentSwap = misconception({
  id: 'ee-exponent-swap',
  title: 'Swaps the base and the exponent',
  description: 'Computes $3^5$ as $5^3$: mixes up which number is multiplied and how many times.',
});
export const orderOfOperations = misconception({
  id: 'ee-order-of-operations',
  title: 'Works left to right, ignoring the order of operations',
  description: 'Adds or multiplies before finding a power, or adds before multiplying.',
});
export const juxtaposition = misconception({
  id: 'ee-juxtaposition-digits',
  title: 'Reads $3x$ as digits side by side',
  description: 'With $x = 4$, reads $3x$ as the number 34 instead of $3 \\times 4$.',
});
export const distributeFirstOnly = misconception({
  id: 'ee-distribute-first-only',
  title: 'Distributes to the first term only',
  description: 'Writes $3(x + 4) = 3x + 4$: multiplies only the first term in the parentheses.',
});
export const factorFirstOnly = misconception({
  id: 'ee-factor-first-only',
  title: 'Divides only the first term when factoring',
  description: 'Writes $6x + 9 = 3(2x + 9)$: takes the common factor out of one term but not the other.',
});
export const dropsFactor = misconception({
  id: 'ee-drops-common-factor',
  title: 'Drops the common factor',
  description: 'Writes only what is left in the parentheses, so the new expression is smaller than the old one.',
});
export const orderOfWords = misconception({
  id: 'ee-reverses-word-order',
  title: 'Writes the numbers in the order the words say them',
  description: 'Writes "5 less than $n$" as $5 - n$, or "$n$ divided into 4" the wrong way round.',
});
export const sameOperation = misconception({
  id: 'ee-same-operation',
  title: 'Uses the same operation instead of the inverse',
  description: 'Solves $x + 5 = 12$ by adding 5 to 12, or $3x = 12$ by multiplying.',
});
export const wrongInverse = misconception({
  id: 'ee-wrong-inverse',
  title: 'Undoes multiplication by subtracting',
  description: 'Solves $3x = 12$ as $12 - 3 = 9$: undoes with subtraction instead of division.',
});
export const recursivePattern = misconception({
  id: 'ee-recursive-pattern',
  title: 'Writes the step of the table instead of the rule',
  description: 'Sees "add 5 each row" and writes $y = x + 5$ instead of $y = 5x$.',
});
export const constantAsRate = misconception({
  id: 'ee-constant-as-rate',
  title: 'Uses the added number as a multiplier',
  description: 'For $y = x + 3$ writes $y = 3x$: treats every relation as multiplying.',
});
export const combinesUnlike = misconception({
  id: 'ee-combines-unlike-terms',
  title: 'Combines unlike terms',
  description: 'Adds the numbers in $3x + 5 + 2x$ into one term, $10x$: mixes $x$-terms and constants.',
});
export const dropsSign = misconception({
  id: 'ee-drops-subtraction-sign',
  title: 'Loses the minus sign of a term',
  description:
    'Treats $-4$ in $2x - 4$ as $+4$, or forgets that a minus in front of parentheses changes every sign inside.',
});
export const undoOrder = misconception({
  id: 'ee-undo-in-wrong-order',
  title: 'Undoes the steps in the wrong order',
  description: 'Solves $3x + 6 = 21$ by dividing 21 by 3 first and then subtracting 6.',
});
export const negativeExponent = misconception({
  id: 'ee-negative-exponent-negative',
  title: 'Thinks a negative exponent makes a negative number',
  description: 'Writes $2^{-3} = -8$ instead of $\\frac{1}{8}$.',
});
export const exponentRules = misconception({
  id: 'ee-exponent-rule-mixup',
  title: 'Mixes up the exponent rules',
  description:
    'Multiplies exponents when multiplying powers ($2^3 \\cdot 2^2 = 2^6$), or adds them for a power of a power.',
});
export const rootHalves = misconception({
  id: 'ee-root-divides',
  title: 'Divides by 2 (or 3) to find a root',
  description: 'Thinks $\\sqrt{36} = 18$ or $\\sqrt[3]{27} = 9$.',
});
export const countsZeros = misconception({
  id: 'ee-sci-counts-zeros',
  title: 'Counts zeros instead of place values moved',
  description: 'For $3{,}400{,}000$ counts the five zeros and writes $3.4 \\times 10^5$.',
});
export const exponentSignFlip = misconception({
  id: 'ee-sci-sign-of-exponent',
  title: 'Uses the wrong sign for the power of 10',
  description: 'Writes a small number such as $0.004$ with a positive power of 10.',
});
export const runOverRise = misconception({
  id: 'ee-slope-run-over-rise',
  title: 'Divides the change in $x$ by the change in $y$',
  description: 'Finds the slope upside down: run over rise.',
});
export const slopeSign = misconception({
  id: 'ee-slope-mixed-order',
  title: 'Subtracts in a different order on top and bottom',
  description: 'Takes $y_2 - y_1$ but $x_1 - x_2$, so the slope has the wrong sign.',
});
export const swapsSlopeIntercept = misconception({
  id: 'ee-swaps-slope-intercept',
  title: 'Swaps the slope and the $y$-intercept',
  description: 'Writes the starting value as the multiplier of $x$ and the rate as the constant.',
});
export const solutionsByConstants = misconception({
  id: 'ee-solutions-true-false',
  title: 'Mixes up "always true" and "never true"',
  description: 'Thinks that when $x$ disappears there is no solution even if what is left is true, such as $5 = 5$.',
});
export const solutionsLookAtConstants = misconception({
  id: 'ee-solutions-looks-at-numbers',
  title: 'Judges by the numbers, not the $x$-terms',
  description: 'Decides how many solutions an equation has from the constants instead of comparing the $x$-terms.',
});
export const movesWithoutSign = misconception({
  id: 'ee-moves-term-keeps-sign',
  title: 'Moves a term across the equal sign without changing its sign',
  description: 'From $5x + 2 = 3x + 10$ writes $5x + 3x = 10 + 2$.',
});
export const otherCoordinate = misconception({
  id: 'ee-system-other-coordinate',
  title: 'Gives the other coordinate of the solution',
  description: 'Solves the system but reports $x$ when $y$ was asked, or the reverse.',
});

export const equalsMeansAnswer = misconception({
  id: 'ee-equals-means-answer',
  title: 'Reads the equal sign as "the answer is"',
  description: 'For $x + 7 = 15$ answers 15: the number after the equal sign, not the value that balances.',
});
export const strictInclusive = misconception({
  id: 'ee-inequality-strict-inclusive',
  title: 'Mixes up $>$ and $\\ge$',
  description: 'Writes "at least 12" as $x > 12$, leaving out 12 itself (or the reverse).',
});
export const inequalityDirection = misconception({
  id: 'ee-inequality-direction',
  title: 'Points the inequality the wrong way',
  description: 'Writes "at least 12" as $x \\le 12$: reads "least" as "less".',
});
export const additiveRelation = misconception({
  id: 'ee-additive-relation',
  title: 'Uses adding where the rule multiplies',
  description: 'Sees $x = 2, y = 10$ and writes $y = x + 8$, which fits one row but not the others.',
});

export const swapsVariables = misconception({
  id: 'ee-swaps-dependent-independent',
  title: 'Swaps the dependent and independent variables',
  description: 'Names the input (what we choose) as the variable that depends on the other.',
});
export const constantAsVariable = misconception({
  id: 'ee-constant-as-variable',
  title: 'Takes the fixed rate for a variable',
  description: 'In $d = 60h$ calls 60 a variable: it stays the same, so it is a constant.',
});

export const stopsEarly = misconception({
  id: 'ee-stops-after-one-step',
  title: 'Stops after the first step',
  description: 'Undoes the addition but forgets to undo the multiplication (or the reverse).',
});

// ---- Printers --------------------------------------------------------------------------------

/** `3x`, `x`, `-x`, `-3x` (TeX and ASCII alike for whole coefficients). */
export function term(a: number, v: string): string {
  if (a === 1) return v;
  if (a === -1) return `-${v}`;
  return `${a}${v}`;
}

/** ` + 5`, ` - 5`, or nothing for 0 (TeX). */
export function signed(b: number): string {
  if (b === 0) return '';
  return b > 0 ? ` + ${b}` : ` - ${-b}`;
}

/** `+5`, `-5`, or nothing for 0 (ASCII). */
export function signedAscii(b: number): string {
  if (b === 0) return '';
  return b > 0 ? `+${b}` : `${b}`;
}

/** ` + 3x`, ` - x` (TeX) for a term that follows another. */
export function signedTerm(a: number, v: string): string {
  if (a === 0) return '';
  const body = Math.abs(a) === 1 ? v : `${Math.abs(a)}${v}`;
  return a > 0 ? ` + ${body}` : ` - ${body}`;
}

/** A number kept in tenths (15 → "1.5"), printed exactly. */
export function tenths(n10: number): string {
  const sign = n10 < 0 ? '-' : '';
  const m = Math.abs(n10);
  return m % 10 === 0 ? `${sign}${m / 10}` : `${sign}${Math.floor(m / 10)}.${m % 10}`;
}

/** `3x + 5` in TeX. */
export function linTex(a: number, v: string, b: number): string {
  if (a === 0) return String(b);
  return `${term(a, v)}${signed(b)}`;
}

/** `3x+5` in ASCII math. */
export function linAscii(a: number, v: string, b: number): string {
  if (a === 0) return String(b);
  return `${term(a, v)}${signedAscii(b)}`;
}

/** A number in parentheses when negative, for substitutions: `3(-2)`. */
export function par(n: number): string {
  return n < 0 ? `(${n})` : String(n);
}

/** A fraction as a student types it, in lowest terms: `"3"`, `"-2/3"`. */
export function ratio(n: number, d: number): string {
  const g = gcdOf(n, d) || 1;
  const [top, bottom] = d < 0 ? [-n / g, -d / g] : [n / g, d / g];
  return bottom === 1 ? String(top) : `${top}/${bottom}`;
}

/** The same in TeX: `3`, `-\frac{2}{3}`. */
export function ratioTex(n: number, d: number): string {
  const text = ratio(n, d);
  const m = /^(-?)(\d+)\/(\d+)$/.exec(text);
  return m ? `${m[1]}\\frac{${m[2]}}{${m[3]}}` : text;
}

export function gcdOf(a: number, b: number): number {
  let [x, y] = [Math.abs(a), Math.abs(b)];
  while (y) [x, y] = [y, x % y];
  return x;
}

/** Variable letters that do not read as a number or a unit. */
export const LETTERS = ['x', 'n', 'y', 'm', 'k', 'p', 'w'] as const;

export const SCRIPTS = {
  warmUp: 'Two quick ones to wake up our brains. Say your first step out loud before you write.',
  practice: 'Work on your own; I will come around. Use a hint before you guess, and check by substituting.',
  check: 'Five problems, no hints from me. Show each step so I can see your thinking.',
  exitTicket: 'One last problem. Then tell me the mistake you will watch out for next time.',
} as const;
