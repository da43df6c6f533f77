/** The fractions strand, grades 5–6 (5.NF and 6.NS.A, dividing fractions), in grade order. */
import type { Cluster } from '../../kit.js';

export const clusters56: readonly Cluster[] = [];
