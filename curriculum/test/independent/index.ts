/** Every strand's independent solvers, by template id. */
import { solvers as expressionsEquations } from './expressions-equations.js';
import { solvers as fractions } from './fractions.js';
import { solvers as fractions56 } from './fractions-5-6.js';
import { solvers as functions } from './functions.js';
import { solvers as measurementGeometry } from './measurement-geometry.js';
import { solvers as negativeNumbers } from './negative-numbers.js';
import { solvers as ratiosProportions } from './ratios-proportions.js';
import type { Solvers } from './types.js';
import { solvers as wholeNumbers } from './whole-numbers.js';

export const solvers: Solvers = {
  ...wholeNumbers,
  ...fractions,
  ...fractions56,
  ...ratiosProportions,
  ...negativeNumbers,
  ...expressionsEquations,
  ...functions,
  ...measurementGeometry,
};
