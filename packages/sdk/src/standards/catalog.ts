/**
 * The CCSS-M K–8 catalog: each code's grade, domain, cluster, emphasis, prerequisite and related
 * codes (Achieve the Core's coherence map, CC0) and, for clusters, a short title in our words.
 * Codes come from core (`allStandards`, `findStandard` for aliases); edges from the generated
 * `ccss-data.ts`.
 */
import { allStandards, type Emphasis, findStandard } from '@tutorkit/core';
import { CCSS_EDGES, type StandardCode } from './ccss-data.js';
import { CLUSTER_TITLES } from './titles.js';

export type { StandardCode } from './ccss-data.js';

export type Grade = 'K' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8';

export interface StandardInfo {
  readonly code: StandardCode;
  readonly grade: Grade;
  /** Domain letters such as `NF`. */
  readonly domain: string;
  /** The cluster code, such as `5.NF.A` (a cluster's own code for a cluster). */
  readonly cluster: StandardCode;
  readonly level: 'cluster' | 'standard';
  readonly emphasis: Emphasis;
  /** A short title in Tutorkit's words (clusters; at least every major cluster of grades 3–8). */
  readonly title?: string;
  /**
   * Codes learned before this one (coherence map, kind `prerequisite`). For a cluster: its
   * standards' prerequisites outside the cluster.
   */
  readonly prerequisites: readonly StandardCode[];
  /** Codes linked without a direction (kind `related`). */
  readonly related: readonly StandardCode[];
  /** Codes this one is a prerequisite of. */
  readonly leadsTo: readonly StandardCode[];
}

export interface StandardsCatalog {
  /** A code in any accepted form (`5.NF.A.1`, `5.NF.1`, `CCSS.Math.Content.5.NF.A.1`), or undefined. */
  get(code: string): StandardInfo | undefined;
  has(code: string): boolean;
  all(): readonly StandardInfo[];
  /** Clusters, optionally of one grade or emphasis. */
  clusters(filter?: { readonly grade?: Grade; readonly emphasis?: Emphasis }): readonly StandardInfo[];
  /** The standards of a cluster. */
  standardsIn(cluster: string): readonly StandardInfo[];
  /** Prerequisites; with `transitive`, the prerequisites of those too (nearest first). */
  prerequisitesOf(code: string, options?: { readonly transitive?: boolean }): readonly StandardInfo[];
}

function clusterOf(code: string): StandardCode {
  return code.split('.').slice(0, 3).join('.') as StandardCode;
}

function buildIndex(): Map<string, StandardInfo> {
  const prerequisites = new Map<string, Set<StandardCode>>();
  const related = new Map<string, Set<StandardCode>>();
  const leadsTo = new Map<string, Set<StandardCode>>();
  const add = (map: Map<string, Set<StandardCode>>, key: string, value: StandardCode) => {
    if (key === value) return;
    const set = map.get(key) ?? new Set<StandardCode>();
    map.set(key, set);
    set.add(value);
  };
  for (const [from, to, kind] of CCSS_EDGES) {
    if (kind === 'p') {
      add(prerequisites, to, from);
      add(leadsTo, from, to);
    } else {
      add(related, from, to);
      add(related, to, from);
    }
  }
  const all = allStandards();
  // A cluster inherits its standards' prerequisites that lie outside it.
  for (const s of all) {
    if (s.level !== 'standard') continue;
    const cluster = clusterOf(s.code);
    for (const p of prerequisites.get(s.code) ?? []) if (clusterOf(p) !== cluster) add(prerequisites, cluster, p);
    for (const n of leadsTo.get(s.code) ?? []) if (clusterOf(n) !== cluster) add(leadsTo, cluster, n);
  }
  const index = new Map<string, StandardInfo>();
  for (const s of all) {
    const code = s.code as StandardCode;
    const title = CLUSTER_TITLES[code];
    index.set(code, {
      code,
      grade: s.grade as Grade,
      domain: s.domain,
      cluster: clusterOf(code),
      level: s.level,
      emphasis: s.emphasis,
      ...(title ? { title } : {}),
      prerequisites: [...(prerequisites.get(code) ?? [])],
      related: [...(related.get(code) ?? [])],
      leadsTo: [...(leadsTo.get(code) ?? [])],
    });
  }
  return index;
}

let cached: Map<string, StandardInfo> | undefined;
const index = () => {
  cached ??= buildIndex();
  return cached;
};

function get(code: string): StandardInfo | undefined {
  const exact = index().get(code);
  if (exact) return exact;
  const found = findStandard(code);
  return found ? index().get(found.code) : undefined;
}

/** The K–8 CCSS-M catalog. */
export const catalog: StandardsCatalog = {
  get,
  has: (code) => get(code) !== undefined,
  all: () => [...index().values()],
  clusters: (filter = {}) =>
    [...index().values()].filter(
      (s) =>
        s.level === 'cluster' &&
        (filter.grade === undefined || s.grade === filter.grade) &&
        (filter.emphasis === undefined || s.emphasis === filter.emphasis),
    ),
  standardsIn: (cluster) => {
    const code = get(cluster)?.cluster;
    return [...index().values()].filter((s) => s.level === 'standard' && s.cluster === code);
  },
  prerequisitesOf: (code, options = {}) => {
    const start = get(code);
    if (!start) return [];
    const seen = new Set<string>([start.code]);
    const out: StandardInfo[] = [];
    let frontier = [start];
    while (frontier.length > 0) {
      const next: StandardInfo[] = [];
      for (const s of frontier) {
        for (const p of s.prerequisites) {
          const info = index().get(p);
          if (!info || seen.has(p)) continue;
          seen.add(p);
          out.push(info);
          next.push(info);
        }
      }
      frontier = options.transitive ? next : [];
    }
    return out;
  },
};

/** Every code's entry, keyed by canonical code (aliases: use `catalog.get`). */
export function standards(): Readonly<Record<StandardCode, StandardInfo>> {
  return Object.fromEntries(index()) as Record<StandardCode, StandardInfo>;
}
