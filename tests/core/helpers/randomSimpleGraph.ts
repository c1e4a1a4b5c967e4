// A seeded random simple graph (m edges among n nodes, no self-loops) for comparing the typed-array
// measures with graphology-metrics; m < n leaves several components and isolated nodes.
import Graph from 'graphology';
import { seededRandom } from '../../../src/core/query/seededRandom.ts';

export function randomSimpleGraph(type: 'directed' | 'undirected', n: number, m: number, seed: number): Graph {
  const rng = seededRandom(seed);
  const g = new Graph({ type, multi: false, allowSelfLoops: false });
  for (let i = 0; i < n; i++) g.addNode(String(i));
  while (g.size < m) {
    const a = String(Math.floor(rng() * n));
    const b = String(Math.floor(rng() * n));
    if (a !== b && !g.hasEdge(a, b)) g.addEdge(a, b);
  }
  return g;
}
