/**
 * Locale coverage: for each locale of a pack beyond the first, how many of the texts a student
 * reads (stems, hints, feedback, choices, scaffold steps) are written in it, per skill. A plain
 * string with words counts as untranslated; math-only strings count as translated.
 */
import type { Localizable, Pack } from '@tutorkit/core';
import { hasWords } from './words.js';

export interface SkillLocaleCoverage {
  readonly skill: string;
  /** Student-facing texts with words in them. */
  readonly texts: number;
  /** How many of those each locale has, by locale. */
  readonly translated: Readonly<Record<string, number>>;
}

export interface LocaleCoverage {
  /** The locales checked: every declared locale but the first (the source language). */
  readonly locales: readonly string[];
  readonly texts: number;
  readonly translated: Readonly<Record<string, number>>;
  readonly bySkill: readonly SkillLocaleCoverage[];
}

type Problem = Pack['problems'][number];

function studentTexts(p: Problem): Localizable[] {
  const out: Localizable[] = [p.stem, ...p.hints.map((h) => h.text)];
  for (const w of p.wrongAnswers ?? []) out.push(w.feedback);
  if (p.answer.kind === 'choice') for (const o of p.answer.options) out.push(o.text);
  for (const s of p.scaffold ?? []) {
    out.push(s.stem, ...(s.hints ?? []).map((h) => h.text));
    for (const w of s.wrongAnswers ?? []) out.push(w.feedback);
  }
  return out;
}

function hasText(value: Localizable, locale: string): boolean | undefined {
  if (typeof value === 'string') return hasWords(value) ? false : undefined;
  if (Array.isArray(value)) return undefined;
  return locale in value;
}

/** Computes the coverage of a valid pack. */
export function localeCoverage(pack: Pack): LocaleCoverage {
  const locales = pack.locales.slice(1);
  const bySkill = new Map<string, { texts: number; translated: Record<string, number> }>();
  for (const s of pack.skills)
    bySkill.set(s.id, { texts: 0, translated: Object.fromEntries(locales.map((l) => [l, 0])) });
  for (const problem of pack.problems) {
    const entry = bySkill.get(problem.skill);
    if (!entry) continue;
    for (const text of studentTexts(problem)) {
      const first = hasText(text, locales[0] ?? '');
      if (first === undefined) continue; // math only: the same in every language
      entry.texts++;
      for (const l of locales) if (hasText(text, l)) entry.translated[l] = (entry.translated[l] ?? 0) + 1;
    }
  }
  const skills = [...bySkill.entries()].map(([skill, e]) => ({ skill, texts: e.texts, translated: e.translated }));
  const translated = Object.fromEntries(
    locales.map((l) => [l, skills.reduce((n, s) => n + (s.translated[l] ?? 0), 0)]),
  );
  return { locales, texts: skills.reduce((n, s) => n + s.texts, 0), translated, bySkill: skills };
}
