/** Independent solvers for the ratios-proportions strand, by template id. */
import type { Solvers } from './types.js';

export const solvers: Solvers = {};
