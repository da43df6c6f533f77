/** The fractions strand, grades 3–4, in grade order. */
import type { Cluster } from '../../kit.js';
import g3NfA from './3-nf-a.js';
import g4NfA from './4-nf-a.js';
import g4NfB from './4-nf-b.js';
import g4NfC from './4-nf-c.js';

export const clusters34: readonly Cluster[] = [g3NfA, g4NfA, g4NfB, g4NfC];
