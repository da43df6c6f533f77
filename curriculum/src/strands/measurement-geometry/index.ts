/** The measurement-geometry strand: its clusters, in grade order. */
import type { Cluster } from '../../kit.js';

export const clusters: readonly Cluster[] = [];
