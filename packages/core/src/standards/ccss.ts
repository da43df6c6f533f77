import { CCSS_CLUSTERS } from './ccss-codes.js';

/** How much of the year a cluster or standard deserves, per the CCSS focus documents. */
export type Emphasis = 'major' | 'supporting' | 'additional';

/** One K–8 CCSS-M code, by its canonical cluster-letter form such as `4.NF.B.3a`. */
export interface Standard {
  readonly code: string;
  /** `K` or `1`…`8`. */
  readonly grade: string;
  /** Domain letters such as `NF` or `OA`. */
  readonly domain: string;
  readonly level: 'cluster' | 'standard';
  readonly emphasis: Emphasis;
}

const EMPHASIS = { m: 'major', s: 'supporting', a: 'additional' } as const;
const LONG_PREFIX = /^CCSS\.Math\.Content\./i;

let byCode: Map<string, Standard> | undefined;
let byAlias: Map<string, Standard> | undefined;

function index(): { byCode: Map<string, Standard>; byAlias: Map<string, Standard> } {
  if (!byCode || !byAlias) {
    byCode = new Map();
    byAlias = new Map();
    const rows = CCSS_CLUSTERS.split('|').flatMap((entry) => {
      const [cluster = '', emphasis = 'm', ...standards] = entry.split(' ');
      const level = emphasis as keyof typeof EMPHASIS;
      return [
        [cluster, 'cluster', level] as const,
        ...standards.map((s) => [`${cluster}.${s}`, 'standard', level] as const),
      ];
    });
    for (const [code, level, emphasis] of rows) {
      const [grade = '', domain = '', ...rest] = code.split('.');
      const standard: Standard = { code, grade, domain, level, emphasis: EMPHASIS[emphasis] };
      byCode.set(code, standard);
      byAlias.set(code.toUpperCase(), standard);
      // The pre-2013 short form drops the cluster letter: 4.NF.B.3a was written 4.NF.3a.
      if (standard.level === 'standard')
        byAlias.set([grade, domain, ...rest.slice(1)].join('.').toUpperCase(), standard);
    }
  }
  return { byCode, byAlias };
}

/** Every K–8 code in canonical form, clusters and standards. */
export function allStandards(): Standard[] {
  return [...index().byCode.values()];
}

/**
 * Finds a standard by its canonical code (`5.NF.A.1`), its long identifier
 * (`CCSS.Math.Content.5.NF.A.1`) or its old short form (`5.NF.1`). Returns `undefined` when the
 * code is not a K–8 CCSS-M code.
 */
export function findStandard(code: string): Standard | undefined {
  const { byCode, byAlias } = index();
  const exact = byCode.get(code);
  if (exact) return exact;
  return byAlias.get(code.trim().replace(LONG_PREFIX, '').toUpperCase());
}
