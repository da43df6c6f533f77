/** The negative-numbers strand: its clusters, in grade order. */
import type { Cluster } from '../../kit.js';
import g6NsC from './6-ns-c.js';
import g7NsA from './7-ns-a.js';

export const clusters: readonly Cluster[] = [g6NsC, g7NsA];
