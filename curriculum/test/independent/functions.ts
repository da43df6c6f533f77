/** Independent solvers for the functions strand, by template id. */
import type { Solvers } from './types.js';

export const solvers: Solvers = {};
