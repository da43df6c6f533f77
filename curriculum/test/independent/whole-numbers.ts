/** Independent solvers for the whole-numbers strand, by template id. */
import type { Solvers } from './types.js';

export const solvers: Solvers = {};
