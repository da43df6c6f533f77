/** The fractions strand, grades 5–6 (5.NF and 6.NS.A, dividing fractions), in grade order. */
import type { Cluster } from '../../kit.js';
import g5NfA from './5-nf-a.js';
import g5NfB from './5-nf-b.js';
import g6NsA from './6-ns-a.js';

export const clusters56: readonly Cluster[] = [g5NfA, g5NfB, g6NsA];
