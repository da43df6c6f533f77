/** The whole-numbers strand (grades 3–5, English): its clusters, in grade order. */
import type { Cluster } from '../../kit.js';
import g3OaA from './3-oa-a.js';
import g3OaB from './3-oa-b.js';
import g3OaC from './3-oa-c.js';
import g3OaD from './3-oa-d.js';
import g4NbtA from './4-nbt-a.js';
import g4NbtB from './4-nbt-b.js';
import g4OaA from './4-oa-a.js';
import g5NbtA from './5-nbt-a.js';
import g5NbtB from './5-nbt-b.js';

export const clusters: readonly Cluster[] = [g3OaA, g3OaB, g3OaC, g3OaD, g4OaA, g4NbtA, g4NbtB, g5NbtA, g5NbtB];
