/**
 * `tutorkit stats <pack>`: what a pack holds — problems, templated variants, hints per standard —
 * and which of the 35 major-work clusters of grades 3–8 it covers.
 */
import { allStandards, findStandard, type Pack } from '@tutorkit/core';
import type { TemplateSummary } from '../build/assemble.js';
import { type LocaleCoverage, localeCoverage } from '../lint/locale-coverage.js';
import { CLUSTER_TITLES } from '../standards/titles.js';
import { EXIT, plural, type Terminal } from './io.js';
import { displayPath } from './report.js';
import { type Cell, renderTable } from './table.js';

/** Counts for one standard. */
export interface StandardStats {
  readonly standard: string;
  readonly skills: number;
  readonly problems: number;
  readonly hints: number;
  readonly wrongAnswers: number;
}

/** One major-work cluster and how much of the pack is about it. */
export interface ClusterCoverage {
  readonly cluster: string;
  readonly grade: string;
  /** A short title in Tutorkit's words. */
  readonly title: string;
  readonly skills: number;
  readonly problems: number;
  /** Of those problems, the variants expanded from templates. */
  readonly variants: number;
  readonly hints: number;
  readonly wrongAnswers: number;
}

/** Everything `tutorkit stats` prints. */
export interface PackStats {
  readonly id: string;
  readonly version: string;
  readonly skills: number;
  readonly problems: number;
  /** Problems whose id ends in `-N`: variants expanded from a template at build time. */
  readonly variants: number;
  /** Distinct templates (`id` without the `-N`) those variants came from. */
  readonly templates: number;
  readonly hints: number;
  readonly wrongAnswers: number;
  readonly assignments: number;
  readonly plans: number;
  readonly byStandard: readonly StandardStats[];
  /** The 35 major clusters of grades 3–8, in curriculum order. */
  readonly majorClusters: readonly ClusterCoverage[];
  /** Share of student-facing texts written in each locale after the first. */
  readonly locales: LocaleCoverage;
}

const VARIANT_ID = /^(.+)-(\d+)$/;
const GRADES = ['3', '4', '5', '6', '7', '8'];

/** The cluster (`5.NF.A`) of a standard or cluster code, after normalising old forms. */
export function clusterOf(code: string): string | undefined {
  const standard = findStandard(code);
  if (!standard) return undefined;
  return standard.code.split('.').slice(0, 3).join('.');
}

/** The major-work clusters of grades 3–8 (35 of them), in the order of the standards. */
export function majorClusters(): { code: string; grade: string }[] {
  return allStandards()
    .filter((s) => s.level === 'cluster' && s.emphasis === 'major' && GRADES.includes(s.grade))
    .map((s) => ({ code: s.code, grade: s.grade }));
}

/**
 * Computes the statistics of a valid pack. With `templates` (what a build of a TypeScript entry
 * reports), variants are counted exactly; from JSON alone, problems whose id ends in `-N` are
 * taken as variants of template `id`.
 */
export function packStats(pack: Pack, templates?: readonly Pick<TemplateSummary, 'id' | 'problems'>[]): PackStats {
  const variantOf = new Map<string, string>();
  if (templates) for (const t of templates) for (const id of t.problems) variantOf.set(id, t.id);
  else
    for (const p of pack.problems) {
      const m = VARIANT_ID.exec(p.id);
      if (m?.[1]) variantOf.set(p.id, m[1]);
    }
  const problemsBySkill = new Map<string, Pack['problems'][number][]>();
  for (const problem of pack.problems) {
    const list = problemsBySkill.get(problem.skill) ?? [];
    list.push(problem);
    problemsBySkill.set(problem.skill, list);
  }
  const hintsOf = (p: Pack['problems'][number]) => p.hints.length;
  const wrongOf = (p: Pack['problems'][number]) => p.wrongAnswers?.length ?? 0;

  const byStandard = new Map<string, { skills: Set<string>; problems: Set<string>; hints: number; wrong: number }>();
  const byCluster = new Map<string, { skills: Set<string>; problems: Set<string>; hints: number; wrong: number }>();
  for (const skill of pack.skills) {
    const problems = problemsBySkill.get(skill.id) ?? [];
    for (const raw of skill.standards) {
      const code = findStandard(raw)?.code ?? raw;
      const entry = byStandard.get(code) ?? { skills: new Set(), problems: new Set(), hints: 0, wrong: 0 };
      if (!entry.skills.has(skill.id)) {
        entry.skills.add(skill.id);
        for (const p of problems) {
          if (entry.problems.has(p.id)) continue;
          entry.problems.add(p.id);
          entry.hints += hintsOf(p);
          entry.wrong += wrongOf(p);
        }
      }
      byStandard.set(code, entry);
      const cluster = clusterOf(raw);
      if (cluster) {
        const c = byCluster.get(cluster) ?? { skills: new Set(), problems: new Set(), hints: 0, wrong: 0 };
        c.skills.add(skill.id);
        for (const p of problems) {
          if (c.problems.has(p.id)) continue;
          c.problems.add(p.id);
          c.hints += hintsOf(p);
          c.wrong += wrongOf(p);
        }
        byCluster.set(cluster, c);
      }
    }
  }

  return {
    id: pack.id,
    version: pack.version,
    skills: pack.skills.length,
    problems: pack.problems.length,
    variants: variantOf.size,
    templates: new Set(variantOf.values()).size,
    hints: pack.problems.reduce((n, p) => n + hintsOf(p), 0),
    wrongAnswers: pack.problems.reduce((n, p) => n + wrongOf(p), 0),
    assignments: pack.assignments?.length ?? 0,
    plans: pack.plans?.length ?? 0,
    byStandard: [...byStandard.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
      .map(([standard, s]) => ({
        standard,
        skills: s.skills.size,
        problems: s.problems.size,
        hints: s.hints,
        wrongAnswers: s.wrong,
      })),
    majorClusters: majorClusters().map(({ code, grade }) => ({
      cluster: code,
      grade,
      title: (CLUSTER_TITLES as Readonly<Record<string, string | undefined>>)[code] ?? '',
      skills: byCluster.get(code)?.skills.size ?? 0,
      problems: byCluster.get(code)?.problems.size ?? 0,
      variants: [...(byCluster.get(code)?.problems ?? [])].filter((id) => variantOf.has(id)).length,
      hints: byCluster.get(code)?.hints ?? 0,
      wrongAnswers: byCluster.get(code)?.wrong ?? 0,
    })),
    locales: localeCoverage(pack),
  };
}

/** Options of `tutorkit stats`. */
export interface StatsOptions {
  /** Print the statistics as JSON instead of tables. */
  readonly json?: boolean | undefined;
  /** Only the pack with this id (for an entry that exports several). */
  readonly pack?: string | undefined;
}

/** Prints the statistics of each pack. */
export function printStats(file: string, stats: PackStats, options: StatsOptions, term: Terminal): number {
  if (options.json) {
    term.print(JSON.stringify({ file: displayPath(file), ...stats }, null, 2));
    return EXIT.ok;
  }
  const c = term.out;
  const ratio = (a: number, b: number) => (b === 0 ? '–' : (a / b).toFixed(1));
  term.print(`${c.bold(stats.id)} ${stats.version}  ${c.dim(displayPath(file))}`);
  term.print();
  for (const line of renderTable([
    ['skills', { text: String(stats.skills), align: 'right' }],
    [
      'problems',
      { text: String(stats.problems), align: 'right' },
      c.dim(
        `${stats.problems - stats.variants} hand-written, ${plural(stats.variants, 'variant')} from ${plural(stats.templates, 'template')}`,
      ),
    ],
    [
      'hints',
      { text: String(stats.hints), align: 'right' },
      c.dim(`${ratio(stats.hints, stats.problems)} per problem`),
    ],
    [
      'wrong answers',
      { text: String(stats.wrongAnswers), align: 'right' },
      c.dim(`${ratio(stats.wrongAnswers, stats.problems)} per problem`),
    ],
    ['assignments', { text: String(stats.assignments), align: 'right' }],
    ['plans', { text: String(stats.plans), align: 'right' }],
  ]))
    term.print(`  ${line}`);

  term.print();
  term.print(c.bold('Hints per standard'));
  const standardRows: (Cell | string)[][] = [
    ['standard', 'skills', 'problems', 'hints', 'hints/problem', 'wrong answers'].map((text) => ({
      text,
      paint: c.dim,
    })),
  ];
  for (const s of stats.byStandard)
    standardRows.push([
      s.standard,
      { text: String(s.skills), align: 'right' },
      { text: String(s.problems), align: 'right' },
      { text: String(s.hints), align: 'right' },
      {
        text: ratio(s.hints, s.problems),
        align: 'right',
        paint: s.problems > 0 && s.hints / s.problems < 2 ? c.yellow : undefined,
      },
      { text: String(s.wrongAnswers), align: 'right' },
    ]);
  for (const line of renderTable(standardRows)) term.print(`  ${line}`);

  const covered = stats.majorClusters.filter((m) => m.skills > 0).length;
  term.print();
  term.print(
    `${c.bold('Major-work clusters, grades 3–8')}: ${covered} of ${stats.majorClusters.length} covered ` +
      c.dim('(✔ = at least one skill aligned to the cluster or one of its standards)'),
  );
  const clusterRows: (Cell | string)[][] = [
    ['grade', '', 'cluster', 'skills', 'problems', 'variants', 'hints', 'wrong answers', 'what it is about'].map(
      (text) => ({
        text,
        paint: c.dim,
      }),
    ),
  ];
  for (const m of stats.majorClusters) {
    const done = m.skills > 0;
    clusterRows.push([
      m.grade,
      done ? { text: '✔', paint: c.green } : { text: '·', paint: c.dim },
      done ? { text: m.cluster, paint: c.green } : m.cluster,
      { text: done ? String(m.skills) : '–', align: 'right' },
      { text: done ? String(m.problems) : '–', align: 'right' },
      { text: done ? String(m.variants) : '–', align: 'right' },
      { text: done ? String(m.hints) : '–', align: 'right' },
      { text: done ? String(m.wrongAnswers) : '–', align: 'right' },
      { text: m.title, paint: done ? undefined : c.dim },
    ]);
  }
  for (const line of renderTable(clusterRows)) term.print(`  ${line}`);
  const byGrade = GRADES.map((grade) => {
    const clusters = stats.majorClusters.filter((m) => m.grade === grade);
    return `grade ${grade} ${clusters.filter((m) => m.skills > 0).length}/${clusters.length}`;
  });
  term.print(`  ${c.dim('by grade:')} ${byGrade.join(c.dim(' · '))}`);
  printLocaleCoverage(stats.locales, term);
  return EXIT.ok;
}

const percent = (a: number, b: number) => (b === 0 ? '–' : `${Math.floor((100 * a) / b)}%`);

function printLocaleCoverage(coverage: LocaleCoverage, term: Terminal): void {
  if (coverage.locales.length === 0) return;
  const c = term.out;
  term.print();
  const totals = coverage.locales.map((l) => `${l} ${percent(coverage.translated[l] ?? 0, coverage.texts)}`);
  term.print(`${c.bold('Locale coverage')} of ${coverage.texts} student-facing texts: ${totals.join(', ')}`);
  const rows: (Cell | string)[][] = [['skill', 'texts', ...coverage.locales].map((text) => ({ text, paint: c.dim }))];
  for (const s of coverage.bySkill) {
    rows.push([
      s.skill,
      { text: String(s.texts), align: 'right' },
      ...coverage.locales.map((l): Cell => {
        const n = s.translated[l] ?? 0;
        return { text: percent(n, s.texts), align: 'right', paint: n < s.texts ? c.yellow : c.green };
      }),
    ]);
  }
  for (const line of renderTable(rows)) term.print(`  ${line}`);
}
