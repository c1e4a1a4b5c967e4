// PageRank by power iteration over a compressed adjacency in typed arrays.
// Why not graphology-metrics' pagerank: it needs a simple graphology graph (collapseToSimple:
// 0.5–1.5 s on 10k actors / 100k relations), builds its own neighbourhood index through
// per-node edge arrays and attribute reads, and allocates a new vector per iteration; together
// ~1.1 s on 10k/100k against igraph's ~0.1–0.5 s. This is the same algorithm with the same
// floating-point operations in the same order (pushes along out-rows in node order, dangling
// mass spread evenly, convergence on the summed absolute change < n · tolerance), so on the same
// graph it returns the same numbers; tests check it against graphology-metrics and networkx.

import type Graph from 'graphology';
import { adjacencyOf } from './csrAdjacency.ts';
import type { Adjacency } from './csrAdjacency.ts';

export type PowerPagerankOptions = {
  /** Damping factor. */
  alpha: number;
  maxIterations: number;
  /** Stop when the mean absolute change per node is below this. */
  tolerance: number;
};

/**
 * Unweighted PageRank of a simple graph (or its adjacency): on undirected graphs every tie is an
 * out-link both ways. Scores sum to 1. Throws when it does not converge in maxIterations.
 */
export function powerPagerank(graph: Graph | Adjacency, options: PowerPagerankOptions): Record<string, number> {
  const { alpha, maxIterations, tolerance } = options;
  const { nodes, offsets, targets } = adjacencyOf(graph).out;
  const n = nodes.length;
  const p = 1 / n;
  const dangling: number[] = [];
  const share = new Float64Array(n); // 1 / out-degree, as graphology's normalised edge weight
  for (let i = 0; i < n; i++) {
    const d = offsets[i + 1]! - offsets[i]!;
    if (d === 0) dangling.push(i);
    share[i] = 1 / d;
  }

  let x = new Float64Array(n).fill(p);
  let last = new Float64Array(n);
  let converged = false;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    [last, x] = [x, last];
    x.fill(0);
    let dangleSum = 0;
    for (let k = 0; k < dangling.length; k++) dangleSum += last[dangling[k]!]!;
    dangleSum *= alpha;
    const teleport = dangleSum * p + (1 - alpha) * p;
    for (let i = 0; i < n; i++) {
      const push = alpha * last[i]!;
      const w = share[i]!;
      for (let j = offsets[i]!, end = offsets[i + 1]!; j < end; j++) {
        const t = targets[j]!;
        x[t] = x[t]! + push * w;
      }
      x[i] = x[i]! + teleport;
    }
    let error = 0;
    for (let i = 0; i < n; i++) error += Math.abs(x[i]! - last[i]!);
    if (error < n * tolerance) {
      converged = true;
      break;
    }
  }
  if (!converged) throw new Error(`powerPagerank: did not converge in ${maxIterations} iterations`);

  const result: Record<string, number> = {};
  for (let i = 0; i < n; i++) result[nodes[i]!] = x[i]!;
  return result;
}
