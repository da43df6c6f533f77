/**
 * What the whole-numbers modules share: a compact problem spec (stem, answer, hints, computed
 * wrong answers) turned into a problem body, the misconceptions several skills reveal, and exact
 * decimal formatting (values are kept as whole numbers of thousandths, never floats).
 */
import {
  bottomOut,
  type CurriculumSkill,
  type Hint,
  hint,
  type MisconceptionHandle,
  misconception,
  numeric,
  problem,
  wrongAnswer,
} from '../../kit.js';

/** One common wrong answer: what the student types, what they read, why, what the tutor asks. */
export interface Wrong {
  readonly match: number | string;
  readonly feedback: string;
  readonly m: MisconceptionHandle;
  readonly move: string;
}

/** A numeric problem in short: the answer as exact text, conceptual hints, the worked answer. */
export interface Spec {
  readonly stem: string;
  readonly answer: number | string;
  readonly params: Readonly<Record<string, number | string>>;
  /** Nudges that do not give the answer away; at least two. */
  readonly hints: readonly [string, string, ...string[]];
  /** The last rung: the worked answer. */
  readonly bottom: string;
  readonly wrongs: readonly [Wrong, Wrong, ...Wrong[]];
}

const numberOf = (x: number | string) => Number(String(x).replaceAll(',', ''));

/** Every wrong answer is a number, differs from the answer and from the other wrong answers. */
export function valid(s: Spec): boolean {
  const values = [s.answer, ...s.wrongs.map((w) => w.match)].map(numberOf);
  return values.every((v) => Number.isFinite(v) && v >= 0) && new Set(values).size === values.length;
}

/** The problem body a template variant or a fixed problem is made of. */
export function body(s: Spec) {
  const value = String(s.answer);
  const ladder: [...Hint[], ReturnType<typeof bottomOut>] = [...s.hints.map((h) => hint(h)), bottomOut(s.bottom)];
  return {
    stem: s.stem,
    answer: numeric({ value, forms: value.includes('.') ? ['decimal'] : ['integer'] }),
    params: s.params,
    hints: ladder,
    wrongAnswers: s.wrongs.map((w) =>
      wrongAnswer({ match: String(w.match), feedback: w.feedback, misconception: w.m, tutorMove: w.move }),
    ),
  };
}

/** A fixed problem (check, warm-up, exit ticket) from a spec; a spec whose wrong answers clash is a bug. */
export function fixed(id: string, skill: CurriculumSkill, s: Spec) {
  if (!valid(s)) throw new Error(`${id}: a wrong answer equals the answer or another wrong answer`);
  return problem({ id, skill, ...body(s) });
}

/** `n` thousandths (or `n` units of 10^-places) as exact decimal text: dec(3450, 3) = "3.45". */
export function dec(n: number, places = 3): string {
  const negative = n < 0;
  const digits = String(Math.abs(Math.round(n))).padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const part = digits.slice(digits.length - places).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${part ? `.${part}` : ''}`;
}

/** A whole number with thousands commas, for stems: 12345 → "12{,}345" inside TeX. */
export const tex = (n: number) => n.toLocaleString('en-US').replaceAll(',', '{,}');
/** A whole number with thousands commas, for plain text. */
export const txt = (n: number) => n.toLocaleString('en-US');

export const SCRIPTS = {
  warmUp: 'Quick warm-up: say your thinking out loud, one problem at a time.',
  practice:
    'Work on your own; I will come around. Try a hint before you guess, and check that your answer makes sense.',
  check: 'Five problems, no hints from me. Show what you know.',
  exitTicket: 'One last problem, then tell me one thing you want to remember.',
};

export const NAMES = [
  'Maya',
  'Diego',
  'Amara',
  'Kenji',
  'Priya',
  'Lucas',
  'Fatima',
  'Noah',
  'Zoe',
  'Omar',
  'Lin',
  'Sofia',
];

// Misconceptions several skills of the strand reveal.
export const addsInsteadOfMultiplying = misconception({
  id: 'wn-adds-instead-of-multiplying',
  title: 'Adds the numbers instead of multiplying',
  description: 'Combines equal groups by adding the two numbers, e.g. 4 bags of 6 → 10.',
});
export const subtractsInsteadOfDividing = misconception({
  id: 'wn-subtracts-instead-of-dividing',
  title: 'Subtracts instead of dividing',
  description: 'Takes one group away once instead of finding how many groups or how many in each.',
});
export const wrongOperation = misconception({
  id: 'wn-wrong-operation',
  title: 'Uses the wrong operation',
  description:
    'Multiplies when the situation asks to divide (or the reverse), without checking if the answer makes sense.',
});
export const factSlip = misconception({
  id: 'wn-fact-slip',
  title: 'Slips one group when skip-counting',
  description: 'Recalls a fact by skip-counting and counts one group too many or too few.',
});
export const stopsEarly = misconception({
  id: 'wn-stops-after-first-step',
  title: 'Stops after the first step',
  description: 'Solves the first step of a multi-step problem and reports that as the answer.',
});
export const placeValueSlip = misconception({
  id: 'wn-place-value-slip',
  title: 'Puts a digit in the wrong place',
  description: 'Reads or writes a digit one place off, so its value is ten times too big or too small.',
});
export const dropsZero = misconception({
  id: 'wn-drops-placeholder-zero',
  title: 'Drops a placeholder zero',
  description: 'Leaves out a zero that holds an empty place, e.g. writes 4,305 as 435.',
});
export const roundsWrongWay = misconception({
  id: 'wn-rounds-wrong-way',
  title: 'Rounds in the wrong direction',
  description: 'Always rounds down (cuts off digits) or always up, instead of choosing the nearer value.',
});
export const roundsWrongPlace = misconception({
  id: 'wn-rounds-to-wrong-place',
  title: 'Rounds to the wrong place',
  description: 'Rounds to a different place than the one asked for.',
});
export const noRegroup = misconception({
  id: 'wn-forgets-to-regroup',
  title: 'Forgets to regroup',
  description: 'Writes only the ones digit of a column and drops the ten that should be carried.',
});
export const multipliesPartsOnly = misconception({
  id: 'wn-multiplies-matching-places-only',
  title: 'Multiplies only matching places',
  description: 'In $23 \\times 45$, multiplies tens by tens and ones by ones and forgets the other partial products.',
});
export const missingPlaceholder = misconception({
  id: 'wn-partial-product-shift',
  title: 'Forgets that the tens digit means tens',
  description: 'Multiplies by the tens digit as if it were ones, so one partial product is ten times too small.',
});
export const longerIsLarger = misconception({
  id: 'wn-longer-decimal-is-larger',
  title: 'Thinks a longer decimal is larger',
  description: 'Reads the digits after the point as a whole number, so 0.465 seems larger than 0.47.',
});
export const shorterIsLarger = misconception({
  id: 'wn-shorter-decimal-is-larger',
  title: 'Thinks a shorter decimal is larger',
  description: 'Knows tenths are bigger than hundredths and concludes that any one-place decimal is larger.',
});
export const movesWrongWay = misconception({
  id: 'wn-moves-digits-wrong-way',
  title: 'Moves the digits the wrong way',
  description: 'Shifts digits left when dividing by 10, 100 or 1,000, or right when multiplying.',
});
export const additiveComparison = misconception({
  id: 'wn-additive-comparison',
  title: 'Reads "times as many" as "more than"',
  description: 'Adds or subtracts in a multiplicative comparison: "3 times as many as 5" becomes 8.',
});
export const ignoresRemainder = misconception({
  id: 'wn-ignores-remainder-context',
  title: 'Does not interpret the remainder',
  description: 'Gives the quotient, the remainder or the rounded-up quotient without asking what the question needs.',
});
