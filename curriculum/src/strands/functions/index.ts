/** The functions strand: its clusters, in grade order. */
import type { Cluster } from '../../kit.js';
import g8FA from './8-f-a.js';
import g8FB from './8-f-b.js';

export const clusters: readonly Cluster[] = [g8FA, g8FB];
