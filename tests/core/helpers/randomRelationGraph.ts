// Test helper: a seeded random relation multigraph with what real extractions contain (parallel
// and opposite relations, self-loops, several relation types, isolated actors), through the real
// pipeline (buildGraph).

import { buildGraph } from '../../../src/core/graph/buildGraph.ts';
import type { ActorGraph } from '../../../src/core/graph/actorGraph.ts';
import type { RelationType } from '../../../src/core/model/relationTypes.ts';
import { seededRandom } from '../../../src/core/query/seededRandom.ts';
import { documentFromEdges } from './graphFromEdges.ts';

export const RANDOM_RELATION_TYPES: readonly RelationType[] = ['meets', 'accuses', 'mediates'];

/** n actors, m relations drawn uniformly (repeats, reversals and self-loops allowed), types mixed. */
export function randomRelationGraph(n: number, m: number, seed: number): ActorGraph {
  const rng = seededRandom(seed);
  const nodes = Array.from({ length: n }, (_, i) => `a${i}`);
  const edges = Array.from({ length: m }, () => [nodes[Math.floor(rng() * n)]!, nodes[Math.floor(rng() * n)]!] as const);
  const doc = documentFromEdges(nodes, edges);
  const relations = doc.relations.map((r) => ({ ...r, type: RANDOM_RELATION_TYPES[Math.floor(rng() * RANDOM_RELATION_TYPES.length)]! }));
  return buildGraph({ ...doc, relations });
}
