/** What the ratios-proportions clusters share: misconceptions and small number helpers. */
import { misconception } from '../../kit.js';

export const additiveReasoning = misconception({
  id: 'rp-additive-reasoning',
  title: 'Adds instead of multiplying',
  description:
    'Keeps the difference between two quantities the same instead of the ratio: if 2 cups of flour need 3 cups of milk, thinks 6 cups of flour need 7 cups of milk.',
});

export const dividesBackwards = misconception({
  id: 'rp-divides-backwards',
  title: 'Divides the quantities the wrong way round',
  description:
    'Divides the first number by the second whatever the question asks, so finds items per dollar instead of dollars per item.',
});

export const multipliesByGivenAmount = misconception({
  id: 'rp-multiplies-by-given-amount',
  title: 'Multiplies by the new amount instead of the scale factor',
  description:
    'Multiplies the other quantity by the new amount itself rather than by how many times bigger the new amount is.',
});

export const convertsWrongDirection = misconception({
  id: 'rp-converts-wrong-direction',
  title: 'Multiplies when a unit conversion needs dividing (or the reverse)',
  description:
    'Does not ask whether there will be more or fewer of the new unit, so divides when converting to a smaller unit or multiplies when converting to a larger one.',
});

export const percentAsAmount = misconception({
  id: 'rp-percent-as-amount',
  title: 'Reads the percent as the amount',
  description: 'Thinks 30% of any number is 30, or that a change of 12 is a 12% change.',
});

export const percentDecimalSlip = misconception({
  id: 'rp-percent-decimal-slip',
  title: 'Moves the decimal point one place instead of two',
  description: 'Writes 30% as 3.0 or 5% as 0.5, so answers are 10 times too big or too small.',
});

export const percentWrongWhole = misconception({
  id: 'rp-percent-wrong-whole',
  title: 'Takes the percent of the wrong quantity',
  description:
    'Finds the percent of the part instead of the whole, or divides a change by the new value instead of the original.',
});

export const multipliesRates = misconception({
  id: 'rp-multiplies-rates',
  title: 'Multiplies two quantities to find a unit rate',
  description: 'Multiplies the two fractions of a rate instead of dividing one by the other.',
});

export const stopsAtPercentAmount = misconception({
  id: 'rp-stops-at-percent-amount',
  title: 'Stops after finding the percent amount',
  description: 'Finds the tax or discount but forgets to add it to or take it from the price.',
});

export const percentWrongDirection = misconception({
  id: 'rp-percent-wrong-direction',
  title: 'Adds a discount or subtracts a tax',
  description: 'Finds the right percent amount but moves the price the wrong way.',
});

/** A whole number of cents as a student would write dollars: 1260 → "12.6", 1200 → "12", 1205 → "12.05". */
export function dollars(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const c = Math.abs(cents);
  const whole = Math.floor(c / 100);
  const rest = c % 100;
  if (rest === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

/** The same amount with two decimals for a price tag: 1260 → "12.60". */
export function price(cents: number): string {
  const whole = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? `${whole}` : `${whole}.${String(rest).padStart(2, '0')}`;
}

/** num/den as an exact decimal with at most `places` decimals, or undefined: (3, 4) → "0.75". */
export function decimalText(num: number, den: number, places = 2): string | undefined {
  const scale = 10 ** places;
  if ((num * scale) % den !== 0) return undefined;
  const scaled = (num * scale) / den;
  const sign = scaled < 0 ? '-' : '';
  const a = Math.abs(scaled);
  const whole = Math.floor(a / scale);
  const rest = String(a % scale)
    .padStart(places, '0')
    .replace(/0+$/, '');
  return rest ? `${sign}${whole}.${rest}` : `${sign}${whole}`;
}

/** Fails loudly on a fixed problem whose numbers do not fit its shape. */
export function must(condition: unknown, why: string): void {
  if (!condition) throw new Error(`fixed problem: ${why}`);
}

export type Need = (condition: unknown, why: string) => void;
