/** The ratios-proportions strand: its clusters, in grade order. */
import type { Cluster } from '../../kit.js';
import g6RpA from './6-rp-a.js';
import g7RpA from './7-rp-a.js';

export const clusters: readonly Cluster[] = [g6RpA, g7RpA];
