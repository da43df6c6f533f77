/** The fractions strand, grades 3–4, in grade order. */
import type { Cluster } from '../../kit.js';
import g3NfA from './3-nf-a.js';

export const clusters34: readonly Cluster[] = [g3NfA];
