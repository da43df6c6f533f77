/** What the negative-numbers clusters share: misconceptions and small number helpers. */
import { misconception } from '../../kit.js';

export const keepsSign = misconception({
  id: 'nn-keeps-sign',
  title: 'Leaves the sign as it was',
  description: 'Thinks the opposite of a number, or its absolute value, is the number itself with the same sign.',
});

export const oppositeAsReciprocal = misconception({
  id: 'nn-opposite-as-reciprocal',
  title: 'Confuses the opposite with the reciprocal',
  description: 'Answers $\\frac{1}{5}$ for the opposite of 5: mixes up "opposite" with "flip the fraction".',
});

export const ignoresBars = misconception({
  id: 'nn-ignores-absolute-bars',
  title: 'Ignores the absolute value bars',
  description: 'Computes with the signed numbers as if the bars were not there.',
});

export const barsAsParentheses = misconception({
  id: 'nn-bars-as-parentheses',
  title: 'Combines the numbers before taking absolute values',
  description: 'Treats $|a| + |b|$ as $|a + b|$, as if the bars were one pair of parentheses.',
});

export const comparesSizes = misconception({
  id: 'nn-compares-absolute-values',
  title: 'Compares numbers by size without their signs',
  description: 'Thinks $-9$ is greater than $-2$ (or than 5) because 9 is bigger.',
});

export const negativesLikeWholeNumbers = misconception({
  id: 'nn-orders-negatives-like-whole-numbers',
  title: 'Orders negative numbers like whole numbers',
  description: 'Knows negatives are below positives, but thinks $-3$ is less than $-8$ because 3 is less than 8.',
});

export const dropsSign = misconception({
  id: 'nn-drops-sign',
  title: 'Drops the negative sign',
  description: 'Reads or writes $-9$ as 9.',
});

export const distanceIgnoresSigns = misconception({
  id: 'nn-distance-ignores-signs',
  title: 'Finds a distance from the sizes of the numbers, ignoring their signs',
  description:
    'Subtracts 3 from 5 for the distance from $-3$ to 5 (the distance crosses zero, so the parts add), or adds when both numbers have the same sign.',
});

export const countsPoints = misconception({
  id: 'nn-counts-points',
  title: 'Counts grid points instead of units',
  description: 'Counts the marks from one point to the other, both ends included, so the distance is one too many.',
});

export const signError = misconception({
  id: 'nn-sign-error',
  title: 'Right size, wrong sign',
  description: 'Finds the right size of the answer but gives it the wrong sign.',
});

export const addsSizes = misconception({
  id: 'nn-adds-absolute-values',
  title: 'Adds the sizes when the signs differ',
  description: 'Computes $-7 + 3$ as $-10$: adds 7 and 3 instead of finding how far apart they are.',
});

export const subtractNegative = misconception({
  id: 'nn-subtract-negative',
  title: 'Treats subtracting a negative as subtracting',
  description: 'Computes $5 - (-3)$ as 2: drops the second negative sign instead of adding the opposite.',
});

export const wrongDirection = misconception({
  id: 'nn-wrong-direction',
  title: 'Moves the wrong way on the number line',
  description: 'Adds when the problem takes away (or the reverse), so ends on the wrong side of the start.',
});

export const signRule = misconception({
  id: 'nn-sign-rule',
  title: 'Uses the wrong sign rule for multiplying and dividing',
  description: 'Thinks two negatives multiply to a negative, or a negative times a positive is positive.',
});

export const operationConfusion = misconception({
  id: 'nn-operation-confusion',
  title: 'Adds when asked to multiply',
  description: 'Mixes up the rules for adding and multiplying signed numbers and adds the numbers.',
});

export const reversesDivision = misconception({
  id: 'nn-reverses-division',
  title: 'Divides the second number by the first',
  description: 'Thinks division can be done in either order, so divides the smaller number by the larger.',
});

/** A number in TeX: `-7`, or `(-7)` when it follows an operation sign. */
export const tex = (n: number) => String(n);
export const paren = (n: number) => (n < 0 ? `(${n})` : String(n));

/** A number of tenths as a decimal: -35 → "-3.5", 40 → "4". */
export const tenths = (t: number) => String(t / 10);

/** Fails loudly on a fixed problem whose numbers do not fit its shape. */
export function must(condition: unknown, why: string): void {
  if (!condition) throw new Error(`fixed problem: ${why}`);
}

export type Need = (condition: unknown, why: string) => void;
