/** Independent solvers for the fractions strand, grades 5–6, by template id. */
import type { Solvers } from './types.js';

export const solvers: Solvers = {};
