/** Independent solvers for the expressions-equations strand, by template id. */
import type { Solvers } from './types.js';

export const solvers: Solvers = {};
