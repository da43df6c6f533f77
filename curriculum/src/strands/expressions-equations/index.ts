/** The expressions-equations strand (grades 6–8, English only): its clusters, in grade order. */
import type { Cluster } from '../../kit.js';
import ee6a from './6-ee-a.js';
import ee6b from './6-ee-b.js';
import ee6c from './6-ee-c.js';
import ee7a from './7-ee-a.js';
import ee7b from './7-ee-b.js';
import ee8a from './8-ee-a.js';
import ee8b from './8-ee-b.js';
import ee8c from './8-ee-c.js';

export const clusters: readonly Cluster[] = [ee6a, ee6b, ee6c, ee7a, ee7b, ee8a, ee8b, ee8c];
