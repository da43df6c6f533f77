/** Every cluster of the curriculum, with prerequisites linked across strands. */
import type { Cluster, Strand } from './kit.js';
import { linkPrerequisites } from './prerequisites.js';
import { clusters as expressionsEquations } from './strands/expressions-equations/index.js';
import { clusters as fractions } from './strands/fractions/index.js';
import { clusters as functions } from './strands/functions/index.js';
import { clusters as measurementGeometry } from './strands/measurement-geometry/index.js';
import { clusters as negativeNumbers } from './strands/negative-numbers/index.js';
import { clusters as ratiosProportions } from './strands/ratios-proportions/index.js';
import { clusters as wholeNumbers } from './strands/whole-numbers/index.js';

export const byStrand: Readonly<Record<Strand, readonly Cluster[]>> = {
  'whole-numbers': wholeNumbers,
  fractions,
  'ratios-proportions': ratiosProportions,
  'negative-numbers': negativeNumbers,
  'expressions-equations': expressionsEquations,
  functions,
  'measurement-geometry': measurementGeometry,
};

/** All clusters, by grade and then code. */
export const allClusters: readonly Cluster[] = Object.values(byStrand)
  .flat()
  .sort((a, b) => a.grade - b.grade || a.code.localeCompare(b.code));

linkPrerequisites(allClusters.flatMap((c) => c.skills));
