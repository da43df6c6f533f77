/**
 * A large, realistic pack for benchmarks: templated fraction problems with bilingual stems,
 * hint ladders ending in a bottom-out hint, common wrong answers with misconceptions, and
 * skill-builder pools. Deterministic: the same count always gives the same pack.
 */
import type { Pack, Problem } from '@tutorkit/core';

const STANDARDS = ['5.NF.A.1', '5.NF.A.2', '4.NF.A.1', '4.NF.B.3a', '6.NS.A.1'];

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

export function generatePack(problemCount: number): Pack {
  const skillCount = 20;
  const skills = Array.from({ length: skillCount }, (_, i) => ({
    id: `skill-${i}`,
    title: { en: `Fractions, part ${i + 1}`, es: `Fracciones, parte ${i + 1}` },
    standards: [STANDARDS[i % STANDARDS.length] as string],
    ...(i > 0 ? { prerequisites: [`skill-${i - 1}`] } : {}),
  }));
  const problems: Problem[] = [];
  for (let i = 0; i < problemCount; i++) {
    const b = 2 + (i % 9);
    const d = 3 + ((i * 7) % 11);
    const a = 1 + (i % (b - 1 || 1));
    const c = 1 + ((i * 3) % (d - 1 || 1));
    const numerator = a * d + c * b;
    const denominator = b * d;
    const g = gcd(numerator, denominator);
    const answer = `${numerator / g}/${denominator / g}`;
    const across = `${a + c}/${b + d}`;
    problems.push({
      id: `p-${i}`,
      skill: `skill-${i % skillCount}`,
      stem: {
        en: `What is $\\frac{${a}}{${b}} + \\frac{${c}}{${d}}$? Write your answer in **simplest form**.`,
        es: `¿Cuánto es $\\frac{${a}}{${b}} + \\frac{${c}}{${d}}$? Escribe tu respuesta en **su forma más simple**.`,
      },
      answer: { kind: 'numeric', value: answer, forms: ['fraction', 'mixed'], simplest: 'required' },
      hints: [
        {
          text: {
            en: 'Can you add the pieces if they are different sizes?',
            es: '¿Puedes sumar partes de distinto tamaño?',
          },
        },
        {
          text: `Use the denominator $${denominator}$: $\\frac{${a * d}}{${denominator}} + \\frac{${c * b}}{${denominator}}$.`,
        },
        { text: `$\\frac{${numerator}}{${denominator}} = ${answer.replace('/', '\\div')}$`, bottomOut: true },
      ],
      wrongAnswers:
        across === answer || (a + c) / (b + d) === numerator / denominator
          ? []
          : [
              {
                match: across,
                feedback: {
                  en: 'It looks like you added the tops and the bottoms. The pieces need to be the same size first.',
                  es: 'Parece que sumaste arriba y abajo. Primero las partes deben ser del mismo tamaño.',
                },
                misconception: 'operate-across',
                tutorMove: {
                  en: 'Ask: is the answer bigger than each fraction?',
                  es: 'Pregunta: ¿la respuesta es mayor que cada fracción?',
                },
              },
            ],
      difficulty: 1 + (i % 5),
      tags: ['fractions', 'addition'],
    });
  }
  const assignments = skills.map((skill, i) => ({
    id: `builder-${i}`,
    kind: 'skill-builder' as const,
    title: skill.title,
    skill: skill.id,
    problems: problems.filter((p) => p.skill === skill.id).map((p) => p.id),
  }));
  return {
    format: 'tutorkit.pack/1',
    id: 'bench.large-pack',
    version: '1.0.0',
    title: { en: 'Benchmark pack', es: 'Paquete de prueba' },
    license: 'CC0-1.0',
    authors: [{ name: 'Tutorkit benchmarks' }],
    locales: ['en', 'es'],
    skills,
    misconceptions: [{ id: 'operate-across', title: { en: 'Adds across', es: 'Suma en línea recta' } }],
    problems,
    assignments,
  };
}
