/** Independent solvers for the measurement-geometry strand, by template id. */
import type { Solvers } from './types.js';

export const solvers: Solvers = {};
