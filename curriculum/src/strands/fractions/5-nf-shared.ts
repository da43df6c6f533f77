/**
 * What the grade 5–6 fraction modules share: the misconceptions (one handle per misconception,
 * so the tutor console groups students across skills), names for word problems, and small exact
 * helpers for mixed numbers.
 */
import { type Fraction, frac, gcd, type Lang, lcm, misconception, simplify, type TemplateRandom } from '../../kit.js';

export const addsAcross = misconception<Lang>({
  id: 'fr56-adds-across',
  title: {
    en: 'Adds or subtracts across numerators and denominators',
    es: 'Suma o resta los numeradores y los denominadores',
  },
  description: {
    en: 'Writes $\\frac{1}{2} + \\frac{1}{3} = \\frac{2}{5}$: treats the top and bottom as two separate whole numbers instead of counting same-size pieces.',
    es: 'Escribe $\\frac{1}{2} + \\frac{1}{3} = \\frac{2}{5}$: trata el numerador y el denominador como dos números enteros separados en vez de contar partes del mismo tamaño.',
  },
});

export const keepsNumerators = misconception<Lang>({
  id: 'fr56-keeps-numerators',
  title: {
    en: 'Finds a common denominator but does not rename the numerators',
    es: 'Encuentra un común denominador pero no cambia los numeradores',
  },
  description: {
    en: 'Writes $\\frac{1}{2} + \\frac{1}{3} = \\frac{2}{6}$: changes the size of the pieces without changing how many pieces there are.',
    es: 'Escribe $\\frac{1}{2} + \\frac{1}{3} = \\frac{2}{6}$: cambia el tamaño de las partes sin cambiar cuántas partes hay.',
  },
});

export const forgetsRegroup = misconception<Lang>({
  id: 'fr56-forgets-regroup',
  title: { en: 'Drops the whole made by the fraction parts', es: 'Pierde el entero que forman las fracciones' },
  description: {
    en: 'When the fraction parts of two mixed numbers add up to more than 1, writes only the leftover part and forgets to add the extra whole.',
    es: 'Cuando las fracciones de dos números mixtos suman más de 1, escribe solo la parte que sobra y olvida sumar el entero de más.',
  },
});

export const smallerFromLarger = misconception<Lang>({
  id: 'fr56-smaller-from-larger',
  title: {
    en: 'Subtracts the smaller fraction from the larger one',
    es: 'Resta la fracción menor de la mayor',
  },
  description: {
    en: 'In $3\\frac{1}{4} - 1\\frac{1}{2}$, computes $\\frac{1}{2} - \\frac{1}{4}$ because it "cannot take away" the larger part, instead of regrouping a whole.',
    es: 'En $3\\frac{1}{4} - 1\\frac{1}{2}$, calcula $\\frac{1}{2} - \\frac{1}{4}$ porque "no se puede quitar" la parte mayor, en vez de desagrupar un entero.',
  },
});

export const regroupKeepsWhole = misconception<Lang>({
  id: 'fr56-regroup-keeps-whole',
  title: {
    en: 'Regroups a whole but does not take it from the whole number',
    es: 'Desagrupa un entero pero no lo quita del número entero',
  },
});

export const wrongOperation = misconception<Lang>({
  id: 'fr56-wrong-operation',
  title: { en: 'Chooses the wrong operation for the story', es: 'Elige la operación equivocada para el problema' },
  description: {
    en: 'Adds every pair of numbers in a story (or multiplies when the story divides) without picturing what happens.',
    es: 'Suma todos los números del problema (o multiplica cuando el problema divide) sin imaginar lo que pasa.',
  },
});

export const flipsDivision = misconception<Lang>({
  id: 'fr56-reverses-division',
  title: { en: 'Divides in the reverse order', es: 'Divide en el orden contrario' },
  description: {
    en: 'Reads "3 shared by 4" as $4 \\div 3$: puts the larger number first, or mixes up what is shared and who shares it.',
    es: 'Lee "3 repartido entre 4" como $4 \\div 3$: pone primero el número mayor o confunde lo que se reparte con quiénes lo reparten.',
  },
});

export const dropsRemainder = misconception<Lang>({
  id: 'fr56-drops-remainder',
  title: { en: 'Ignores the part left over', es: 'Ignora la parte que sobra' },
  description: {
    en: 'Shares only the whole objects (or says a smaller number cannot be shared by a larger one) instead of cutting the leftovers into equal parts.',
    es: 'Reparte solo los objetos enteros (o dice que un número menor no se puede repartir entre uno mayor) en vez de cortar lo que sobra en partes iguales.',
  },
});

export const multipliesDenominatorToo = misconception<Lang>({
  id: 'fr56-multiplies-denominator-too',
  title: {
    en: 'Multiplies the denominator by the whole number too',
    es: 'Multiplica también el denominador por el número entero',
  },
  description: {
    en: 'Writes $3 \\times \\frac{2}{5} = \\frac{6}{15}$, an equivalent fraction, so the amount does not change.',
    es: 'Escribe $3 \\times \\frac{2}{5} = \\frac{6}{15}$, una fracción equivalente, así que la cantidad no cambia.',
  },
});

export const multipliesDenominatorOnly = misconception<Lang>({
  id: 'fr56-multiplies-denominator-only',
  title: {
    en: 'Multiplies the whole number into the denominator',
    es: 'Multiplica el número entero por el denominador',
  },
});

export const crossMultiplies = misconception<Lang>({
  id: 'fr56-cross-multiplies',
  title: { en: 'Cross-multiplies when multiplying fractions', es: 'Multiplica en cruz al multiplicar fracciones' },
});

export const commonDenominatorProduct = misconception<Lang>({
  id: 'fr56-common-denominator-product',
  title: {
    en: 'Keeps a common denominator when multiplying',
    es: 'Mantiene un común denominador al multiplicar',
  },
  description: {
    en: 'Uses the rule for adding: renames to a common denominator, multiplies the numerators and keeps the denominator.',
    es: 'Usa la regla de la suma: pasa a un común denominador, multiplica los numeradores y deja el denominador.',
  },
});

export const areaPerimeter = misconception<Lang>({
  id: 'fr56-area-perimeter',
  title: { en: 'Adds side lengths to find area', es: 'Suma los lados para hallar el área' },
});

export const unitPartOnly = misconception<Lang>({
  id: 'fr56-unit-part-only',
  title: { en: 'Finds one part but not the number of parts', es: 'Halla una parte pero no el número de partes' },
  description: {
    en: 'For $\\frac{3}{4}$ of 12, finds $\\frac{1}{4}$ of 12 and stops.',
    es: 'Para $\\frac{3}{4}$ de 12, halla $\\frac{1}{4}$ de 12 y se detiene.',
  },
});

export const makesBigger = misconception<Lang>({
  id: 'fr56-multiplying-makes-bigger',
  title: { en: 'Thinks multiplying always makes bigger', es: 'Cree que multiplicar siempre agranda' },
});

export const makesSmaller = misconception<Lang>({
  id: 'fr56-fraction-makes-smaller',
  title: {
    en: 'Thinks multiplying by any fraction makes smaller',
    es: 'Cree que multiplicar por cualquier fracción achica',
  },
});

export const missesOne = misconception<Lang>({
  id: 'fr56-misses-one-whole',
  title: { en: 'Does not see a fraction equal to 1', es: 'No ve que una fracción es igual a 1' },
  description: {
    en: 'Does not notice that a factor such as $\\frac{6}{6}$ is 1 whole, so the product stays the same.',
    es: 'No se da cuenta de que un factor como $\\frac{6}{6}$ es 1 entero, así que el producto no cambia.',
  },
});

export const multipliesInsteadOfDividing = misconception<Lang>({
  id: 'fr56-multiplies-instead-of-dividing',
  title: { en: 'Multiplies instead of dividing', es: 'Multiplica en vez de dividir' },
  description: {
    en: 'Computes $\\frac{1}{3} \\times 4$ for $\\frac{1}{3} \\div 4$, or $6 \\times \\frac{1}{2}$ for $6 \\div \\frac{1}{2}$.',
    es: 'Calcula $\\frac{1}{3} \\times 4$ para $\\frac{1}{3} \\div 4$, o $6 \\times \\frac{1}{2}$ para $6 \\div \\frac{1}{2}$.',
  },
});

export const flipsDividend = misconception<Lang>({
  id: 'fr56-flips-dividend',
  title: {
    en: 'Uses the reciprocal of the first fraction',
    es: 'Usa el recíproco de la primera fracción',
  },
  description: {
    en: 'Flips the dividend instead of the divisor: $\\frac{2}{3} \\div \\frac{1}{4}$ becomes $\\frac{3}{2} \\times \\frac{1}{4}$.',
    es: 'Invierte el dividendo en vez del divisor: $\\frac{2}{3} \\div \\frac{1}{4}$ se convierte en $\\frac{3}{2} \\times \\frac{1}{4}$.',
  },
});

/** Names for word problems, from many backgrounds. */
export const NAMES = [
  'Amara',
  'Diego',
  'Mei',
  'Kofi',
  'Priya',
  'Omar',
  'Lucía',
  'Noah',
  'Aiyana',
  'Tomás',
  'Fatima',
  'Jin',
  'Zoe',
  'Mateo',
  'Nia',
  'Ravi',
] as const;

/** Denominators friendly for students who are behind. */
export const DENOMINATORS = [2, 3, 4, 5, 6, 8, 10, 12] as const;

/** Two fractions with friendly denominators `b` and `d` whose common denominator is at most 24. */
export function friendlyPair(r: TemplateRandom): { b: number; d: number; x: Fraction; y: Fraction } {
  const [b, d] = [r.pick(DENOMINATORS), r.pick(DENOMINATORS)];
  const x = r.fraction({ maxDenominator: b, minDenominator: b });
  const y = r.fraction({ maxDenominator: d, minDenominator: d });
  r.require(lcm(b, d) <= 24, 'a friendly common denominator');
  return { b, d, x, y };
}

/** How a student types a positive value: "3", "5/6" or "2 1/4" (in lowest terms). */
export function mixedText(f: Fraction): string {
  const s = simplify(f);
  if (s.d === 1) return String(s.n);
  const whole = Math.floor(s.n / s.d);
  return whole === 0 ? s.text : `${whole} ${s.n - whole * s.d}/${s.d}`;
}

/** The TeX of a positive value as a whole or mixed number: "3", "\\frac{5}{6}", "2\\frac{1}{4}". */
export function mixedTex(f: Fraction): string {
  const s = simplify(f);
  if (s.d === 1) return String(s.n);
  const whole = Math.floor(s.n / s.d);
  const rest = frac(s.n - whole * s.d, s.d).tex;
  return whole === 0 ? rest : `${whole}${rest}`;
}

/** A whole number w and a fraction n/d as one improper fraction. */
export function fromMixed(w: number, n: number, d: number): Fraction {
  return frac(w * d + n, d);
}

/** The TeX of a value in lowest terms, as an improper fraction, and as a mixed number when it differs. */
export function resultTex(f: Fraction): string {
  const s = simplify(f);
  if (s.d === 1) return String(s.n);
  return s.n > s.d ? `${s.tex} = ${mixedTex(s)}` : s.tex;
}

/**
 * The TeX of a computed fraction and what it becomes: $\frac{10}{18} = \frac{5}{9}$,
 * $\frac{9}{8} = 1\frac{1}{8}$, $\frac{12}{4} = 3$; each step only when it changes something.
 */
export function chain(n: number, d: number): string {
  const s = simplify(frac(n, d));
  const parts = [frac(n, d).tex];
  if (s.d === 1) parts.push(String(s.n));
  else {
    if (s.n !== n) parts.push(s.tex);
    if (s.n > s.d) parts.push(mixedTex(s));
  }
  return parts.join(' = ');
}

/** Two values are equal (exactly). */
export function same(a: Fraction, b: Fraction): boolean {
  return a.n * b.d === b.n * a.d;
}

/** Whether every value in the list differs from all the others. */
export function allDifferent(values: readonly Fraction[]): boolean {
  return values.every((v, i) => values.every((w, j) => i === j || !same(v, w)));
}

/** For fixed problems: the same check as `r.require`, failing loudly when the numbers were badly chosen. */
export function strict(condition: unknown, why: string): void {
  if (!condition) throw new Error(`fixed problem: ${why}`);
}

export type Require = (condition: unknown, why: string) => void;

export { gcd, lcm };
