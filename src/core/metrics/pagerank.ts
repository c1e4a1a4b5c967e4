// PageRank: importance from incoming relations, damped; dangling actors spread their score evenly.
// Computed by powerPagerank (typed arrays over relationAdjacency) rather than graphology-metrics
// on collapseToSimple, which took ~1.1 s on 10k actors / 100k relations, mostly building graphs
// and indexes; same algorithm and numbers (tests compare both, and networkx).

import type { ActorGraph } from '../graph/actorGraph.ts';
import type { MeasureOptions } from './measureOptions.ts';
import { powerPagerank } from './powerPagerank.ts';
import { relationAdjacency } from './relationAdjacency.ts';
import { withDefaults } from '../withDefaults.ts';

export type PagerankOptions = MeasureOptions & {
  /** Damping factor. Default 0.85 (networkx and igraph default). */
  alpha?: number;
  maxIterations?: number;
  /** Convergence: mean absolute change per node below this. */
  tolerance?: number;
};

const DEFAULTS = { directed: false, alpha: 0.85, maxIterations: 10_000, tolerance: 1e-12 } as const;

export function pagerank(graph: ActorGraph, options: PagerankOptions = {}): Record<string, number> {
  const { directed, relationTypes, alpha, maxIterations, tolerance } = withDefaults(DEFAULTS, options);
  if (!(alpha > 0 && alpha < 1)) throw new Error(`pagerank: alpha must be in (0, 1), got ${alpha}`);
  // Unweighted on the collapsed graph: ten reports of one accusation are one link, not ten votes.
  if (graph.order === 0) return {};
  const adjacency = relationAdjacency(graph, { directed, relationTypes });
  try {
    return powerPagerank(adjacency, { alpha, maxIterations, tolerance });
  } catch (error) {
    throw new Error(`pagerank: did not converge in ${maxIterations} iterations (${(error as Error).message})`);
  }
}
