/** The fractions strand (grades 3–6), written in English and Spanish: its clusters, in grade order. */
import type { Cluster } from '../../kit.js';
import g3NfA from './3-nf-a.js';

export const clusters: readonly Cluster[] = [g3NfA];
