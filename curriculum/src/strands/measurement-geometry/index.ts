/** The measurement-geometry strand: its clusters, in grade order. */
import type { Cluster } from '../../kit.js';
import g3MdA from './3-md-a.js';
import g3MdC from './3-md-c.js';
import g5MdC from './5-md-c.js';
import g8GA from './8-g-a.js';
import g8GB from './8-g-b.js';

export const clusters: readonly Cluster[] = [g3MdA, g3MdC, g5MdC, g8GA, g8GB];
