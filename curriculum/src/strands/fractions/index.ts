/** The fractions strand (grades 3–6), written in English and Spanish: its clusters, in grade order. */
import type { Cluster } from '../../kit.js';
import { clusters34 } from './grades-3-4.js';
import { clusters56 } from './grades-5-6.js';

export const clusters: readonly Cluster[] = [...clusters34, ...clusters56];
