/**
 * What the grade 3–4 fraction modules share: the misconceptions (one handle per misconception, so
 * the tutor console groups students across skills), names for short stories and small helpers.
 */
import { type Lang, misconception } from '../../kit.js';

/** A text in both languages of the strand. */
export const t = (en: string, es: string) => ({ en, es });

/** Rejects a draw in a template; a fixed problem that breaks a rule is a bug, so it throws. */
export type Require = (condition: unknown, why: string) => void;
export const mustHold: Require = (condition, why) => {
  if (!condition) throw new Error(`fixed problem: ${why}`);
};

/** Names for short stories, common in US dual-language classrooms. */
export const NAMES = ['Ana', 'Leo', 'Maya', 'Omar', 'Sofía', 'Kai', 'Lucía', 'Jamal', 'Mei', 'Diego', 'Zoe', 'Ravi'];

/** 1st, 2nd, 3rd, 4th… in English. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** `n/d` as a student types it. */
export const ft = (n: number, d: number) => `${n}/${d}`;
/** `\frac{n}{d}` for TeX. */
export const fx = (n: number, d: number) => `\\frac{${n}}{${d}}`;

/** $\frac{n}{d}$ as a mixed number in TeX: `2\frac{1}{4}`, `3`, or `\frac{3}{4}` below 1. */
export function mixedTex(n: number, d: number): string {
  const whole = Math.floor(n / d);
  const rest = n % d;
  if (rest === 0) return String(whole);
  return whole === 0 ? fx(rest, d) : `${whole}${fx(rest, d)}`;
}

/** A decimal with `places` digits after the point, from a whole number of tenths or hundredths. */
export function decimalText(units: number, places: 1 | 2): string {
  const scale = places === 1 ? 10 : 100;
  const whole = Math.floor(units / scale);
  const rest = String(units % scale).padStart(places, '0');
  return `${whole}.${rest}`;
}

export const addsSameAmount = misconception<Lang>({
  id: 'fr-adds-same-amount',
  title: { en: 'Adds the same amount to top and bottom', es: 'Suma lo mismo arriba y abajo' },
  description: {
    en: 'Thinks $\\frac{1}{2} = \\frac{3}{4}$ because 2 was added to both numbers: additive, not multiplicative, thinking.',
    es: 'Cree que $\\frac{1}{2} = \\frac{3}{4}$ porque sumó 2 a ambos números: piensa en sumar, no en multiplicar.',
  },
});

export const keepsNumerator = misconception<Lang>({
  id: 'fr-changes-one-part',
  title: { en: 'Changes only one part of the fraction', es: 'Cambia solo una parte de la fracción' },
});

export const partToPart = misconception<Lang>({
  id: 'fr-part-to-part',
  title: { en: 'Compares the part with the other part', es: 'Compara la parte con la otra parte' },
  description: {
    en: 'Names 3 shaded pieces out of 8 as $\\frac{3}{5}$: the denominator counts the unshaded pieces instead of all the equal pieces of the whole.',
    es: 'Nombra 3 partes coloreadas de 8 como $\\frac{3}{5}$: el denominador cuenta las partes sin colorear en vez de todas las partes iguales del entero.',
  },
});

export const namesOtherPart = misconception<Lang>({
  id: 'fr-names-other-part',
  title: { en: 'Counts the pieces that are not taken', es: 'Cuenta las partes que no se toman' },
  description: {
    en: 'Answers with the unshaded (or missing) pieces instead of the pieces the question is about.',
    es: 'Responde con las partes sin colorear (o que faltan) en vez de las partes de las que habla la pregunta.',
  },
});

export const swapsRoles = misconception<Lang>({
  id: 'fr-swaps-numerator-denominator',
  title: { en: 'Mixes up numerator and denominator', es: 'Confunde el numerador y el denominador' },
  description: {
    en: 'Uses the number of equal parts of the whole as the count of pieces taken, or writes the fraction upside down.',
    es: 'Usa el número de partes iguales del entero como las partes que se toman, o escribe la fracción al revés.',
  },
});

export const countsTickMarks = misconception<Lang>({
  id: 'fr-counts-tick-marks',
  title: { en: 'Counts tick marks instead of spaces', es: 'Cuenta marcas en vez de espacios' },
  description: {
    en: 'On a number line from 0 to 1 with 5 tick marks, calls each part a fifth: the denominator is the number of equal spaces, not marks.',
    es: 'En una recta numérica de 0 a 1 con 5 marcas, llama quinto a cada parte: el denominador es el número de espacios iguales, no de marcas.',
  },
});

export const countsZero = misconception<Lang>({
  id: 'fr-counts-start-point',
  title: { en: 'Counts the starting point as a step', es: 'Cuenta el punto de partida como un paso' },
  description: {
    en: 'On a number line, counts the mark at 0 as the first jump, so every answer is one part too far.',
    es: 'En una recta numérica, cuenta la marca del 0 como el primer salto, así que cada respuesta queda una parte más lejos.',
  },
});

export const biggerDenominatorBigger = misconception<Lang>({
  id: 'fr-bigger-denominator-bigger',
  title: {
    en: 'Thinks a bigger denominator makes a bigger fraction',
    es: 'Cree que un denominador mayor da una fracción mayor',
  },
  description: {
    en: 'Reads $\\frac{1}{8} > \\frac{1}{4}$ because 8 > 4: whole-number thinking. More equal parts of the same whole means smaller parts.',
    es: 'Lee $\\frac{1}{8} > \\frac{1}{4}$ porque 8 > 4: piensa como con números enteros. Más partes iguales del mismo entero son partes más pequeñas.',
  },
});

export const smallerIsBiggerEverywhere = misconception<Lang>({
  id: 'fr-smaller-number-bigger-piece-overused',
  title: {
    en: 'Uses "bigger number, smaller piece" for numerators too',
    es: 'Usa "número mayor, parte menor" también con los numeradores',
  },
  description: {
    en: 'Has learned that a bigger denominator means smaller pieces and applies it to numerators: thinks $\\frac{2}{6} > \\frac{5}{6}$.',
    es: 'Aprendió que un denominador mayor da partes más pequeñas y lo aplica a los numeradores: cree que $\\frac{2}{6} > \\frac{5}{6}$.',
  },
});

export const sharedPartEqual = misconception<Lang>({
  id: 'fr-shared-part-means-equal',
  title: {
    en: 'Thinks a shared numerator or denominator means equal',
    es: 'Cree que un numerador o denominador igual significa fracciones iguales',
  },
  description: {
    en: 'Says $\\frac{3}{4}$ and $\\frac{3}{8}$ are the same because both are "3 pieces", without looking at the size of the pieces.',
    es: 'Dice que $\\frac{3}{4}$ y $\\frac{3}{8}$ son iguales porque las dos son "3 partes", sin mirar el tamaño de las partes.',
  },
});

export const biggerNumbersBigger = misconception<Lang>({
  id: 'fr-bigger-numbers-bigger-fraction',
  title: {
    en: 'Thinks bigger numbers make a bigger fraction',
    es: 'Cree que números más grandes dan una fracción mayor',
  },
  description: {
    en: 'Picks $\\frac{5}{8}$ over $\\frac{3}{4}$ because 5 and 8 are bigger than 3 and 4: reads the numerator and denominator as separate whole numbers.',
    es: 'Elige $\\frac{5}{8}$ antes que $\\frac{3}{4}$ porque 5 y 8 son mayores que 3 y 4: lee el numerador y el denominador como números enteros separados.',
  },
});

export const gapThinking = misconception<Lang>({
  id: 'fr-gap-thinking',
  title: { en: 'Compares the missing pieces only', es: 'Compara solo las partes que faltan' },
  description: {
    en: 'Says $\\frac{3}{4} = \\frac{5}{6}$ because each is "one piece away from a whole", without seeing that the missing pieces differ in size.',
    es: 'Dice que $\\frac{3}{4} = \\frac{5}{6}$ porque a cada una "le falta una parte para el entero", sin ver que las partes que faltan son de distinto tamaño.',
  },
});

export const benchmarkStops = misconception<Lang>({
  id: 'fr-benchmark-same-side-equal',
  title: {
    en: 'Calls two fractions equal when both pass the benchmark',
    es: 'Llama iguales a dos fracciones que pasan la misma referencia',
  },
  description: {
    en: 'Sees that both fractions are more (or both less) than $\\frac{1}{2}$ and stops there, calling them equal.',
    es: 'Ve que las dos fracciones son mayores (o las dos menores) que $\\frac{1}{2}$ y se detiene ahí, diciendo que son iguales.',
  },
});

export const biggerPiecesAlwaysBigger = misconception<Lang>({
  id: 'fr-bigger-pieces-always-bigger',
  title: { en: 'Looks only at the size of the pieces', es: 'Mira solo el tamaño de las partes' },
  description: {
    en: 'Picks the fraction with the smaller denominator (bigger pieces) even when the numerators differ, e.g. thinks $\\frac{2}{3} > \\frac{3}{4}$.',
    es: 'Elige la fracción con el denominador menor (partes más grandes) aunque los numeradores sean distintos; por ejemplo, cree que $\\frac{2}{3} > \\frac{3}{4}$.',
  },
});

export const addsDenominators = misconception<Lang>({
  id: 'fr-adds-denominators',
  title: { en: 'Adds the denominators too', es: 'Suma también los denominadores' },
  description: {
    en: 'Writes $\\frac{2}{5} + \\frac{1}{5} = \\frac{3}{10}$: adds the size names as if they were counts. Fifths plus fifths are still fifths.',
    es: 'Escribe $\\frac{2}{5} + \\frac{1}{5} = \\frac{3}{10}$: suma los nombres del tamaño como si fueran cantidades. Quintos más quintos siguen siendo quintos.',
  },
});

export const wrongOperation = misconception<Lang>({
  id: 'fr-wrong-operation',
  title: { en: 'Uses the other operation', es: 'Usa la otra operación' },
  description: {
    en: 'Adds when the situation takes away, or subtracts when it joins: picks the operation from the numbers, not from the story.',
    es: 'Suma cuando la situación quita, o resta cuando junta: elige la operación por los números, no por la situación.',
  },
});

export const wholeAsNumerator = misconception<Lang>({
  id: 'fr-whole-as-numerator',
  title: { en: 'Treats the whole number as a numerator', es: 'Trata el número entero como un numerador' },
  description: {
    en: 'Writes $3 - \\frac{2}{5} = \\frac{1}{5}$: subtracts the numerator from the whole number as if 3 meant 3 fifths.',
    es: 'Escribe $3 - \\frac{2}{5} = \\frac{1}{5}$: resta el numerador del número entero como si 3 fueran 3 quintos.',
  },
});

export const keepsFractionPart = misconception<Lang>({
  id: 'fr-whole-minus-keeps-fraction',
  title: { en: 'Keeps the fraction when taking it from a whole', es: 'Conserva la fracción al quitarla de un entero' },
  description: {
    en: 'Writes $3 - \\frac{2}{5} = 2\\frac{2}{5}$: takes one whole away but writes the part taken instead of the part left ($\\frac{3}{5}$).',
    es: 'Escribe $3 - \\frac{2}{5} = 2\\frac{2}{5}$: quita un entero pero escribe la parte quitada en vez de la que queda ($\\frac{3}{5}$).',
  },
});

export const forgetsCarry = misconception<Lang>({
  id: 'fr-forgets-carried-whole',
  title: { en: 'Drops the whole made by the fraction parts', es: 'Pierde el entero que forman las fracciones' },
  description: {
    en: 'In $2\\frac{3}{4} + 1\\frac{2}{4}$, writes $3\\frac{1}{4}$: turns $\\frac{5}{4}$ into $1\\frac{1}{4}$ but forgets to add that 1 to the whole numbers.',
    es: 'En $2\\frac{3}{4} + 1\\frac{2}{4}$, escribe $3\\frac{1}{4}$: convierte $\\frac{5}{4}$ en $1\\frac{1}{4}$ pero olvida sumar ese 1 a los enteros.',
  },
});

export const smallerFromLarger = misconception<Lang>({
  id: 'fr-smaller-from-larger',
  title: { en: 'Subtracts the smaller fraction from the larger one', es: 'Resta la fracción menor de la mayor' },
  description: {
    en: 'In $4\\frac{1}{5} - 1\\frac{3}{5}$, computes $\\frac{3}{5} - \\frac{1}{5}$ because it "cannot take 3 from 1", instead of regrouping a whole as $\\frac{5}{5}$.',
    es: 'En $4\\frac{1}{5} - 1\\frac{3}{5}$, calcula $\\frac{3}{5} - \\frac{1}{5}$ porque "no se puede quitar 3 de 1", en vez de desagrupar un entero como $\\frac{5}{5}$.',
  },
});

export const regroupKeepsWhole = misconception<Lang>({
  id: 'fr-regroup-keeps-whole',
  title: { en: 'Regroups a whole but does not take it away', es: 'Desagrupa un entero pero no lo quita' },
  description: {
    en: 'Turns a whole into fifths to subtract, but leaves the whole number as it was, so the answer is 1 too big.',
    es: 'Convierte un entero en quintos para restar, pero deja el número entero como estaba, así que la respuesta es 1 más grande.',
  },
});

export const multipliesBoth = misconception<Lang>({
  id: 'fr-multiplies-both-parts',
  title: { en: 'Multiplies top and bottom by the whole number', es: 'Multiplica arriba y abajo por el número entero' },
  description: {
    en: 'Writes $3 \\times \\frac{2}{5} = \\frac{6}{15}$: the same amount as $\\frac{2}{5}$. Three groups of $\\frac{2}{5}$ are 6 fifths.',
    es: 'Escribe $3 \\times \\frac{2}{5} = \\frac{6}{15}$: la misma cantidad que $\\frac{2}{5}$. Tres grupos de $\\frac{2}{5}$ son 6 quintos.',
  },
});

export const addsWholeToNumerator = misconception<Lang>({
  id: 'fr-adds-whole-to-numerator',
  title: { en: 'Adds the whole number instead of multiplying', es: 'Suma el número entero en vez de multiplicar' },
  description: {
    en: 'Writes $3 \\times \\frac{2}{5} = \\frac{5}{5}$: adds 3 to the numerator instead of taking 3 groups.',
    es: 'Escribe $3 \\times \\frac{2}{5} = \\frac{5}{5}$: suma 3 al numerador en vez de tomar 3 grupos.',
  },
});

export const dropsZero = misconception<Lang>({
  id: 'fr-drops-placeholder-zero',
  title: { en: 'Drops or ignores the placeholder zero', es: 'Quita o ignora el cero que guarda el lugar' },
  description: {
    en: 'Writes $\\frac{7}{100}$ as 0.7, or reads 0.07 as if it were 0.7: the zero in the tenths place holds the 7 in the hundredths place.',
    es: 'Escribe $\\frac{7}{100}$ como 0.7, o lee 0.07 como si fuera 0.7: el cero de las décimas mantiene el 7 en el lugar de las centésimas.',
  },
});

export const placeShift = misconception<Lang>({
  id: 'fr-decimal-place-value',
  title: { en: 'Puts the digits in the wrong decimal place', es: 'Pone las cifras en el lugar decimal equivocado' },
  description: {
    en: 'Writes $\\frac{4}{10}$ as 0.04 or $\\frac{45}{100}$ as 0.045: does not match tenths to the first place after the point and hundredths to the second.',
    es: 'Escribe $\\frac{4}{10}$ como 0.04 o $\\frac{45}{100}$ como 0.045: no relaciona las décimas con el primer lugar después del punto y las centésimas con el segundo.',
  },
});

export const fractionPartsAsDecimal = misconception<Lang>({
  id: 'fr-decimal-from-fraction-parts',
  title: { en: 'Writes numerator point denominator', es: 'Escribe numerador punto denominador' },
  description: {
    en: 'Writes $\\frac{3}{10}$ as 3.10: puts the numerator before the point and the denominator after it.',
    es: 'Escribe $\\frac{3}{10}$ como 3.10: pone el numerador antes del punto y el denominador después.',
  },
});

export const longerLarger = misconception<Lang>({
  id: 'fr-longer-decimal-larger',
  title: { en: 'Thinks a longer decimal is larger', es: 'Cree que un decimal más largo es mayor' },
  description: {
    en: 'Says 0.35 > 0.4 because 35 > 4: reads the digits after the point as a whole number.',
    es: 'Dice que 0.35 > 0.4 porque 35 > 4: lee las cifras después del punto como un número entero.',
  },
});

export const shorterLarger = misconception<Lang>({
  id: 'fr-shorter-decimal-larger',
  title: { en: 'Thinks a shorter decimal is larger', es: 'Cree que un decimal más corto es mayor' },
  description: {
    en: 'Says 0.4 > 0.45 because "tenths are bigger than hundredths": compares the size of the places, not the amounts.',
    es: 'Dice que 0.4 > 0.45 porque "las décimas son más grandes que las centésimas": compara el tamaño de los lugares, no las cantidades.',
  },
});
