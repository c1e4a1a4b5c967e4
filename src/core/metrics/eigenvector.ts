// Eigenvector centrality: an actor matters when actors that matter relate to it.
// Unit Euclidean norm, power iteration on A + I from 1/n (the same scheme as networkx).
// Computed by powerEigenvector (typed arrays over relationAdjacency) rather than graphology-metrics
// on collapseToSimple, which took ~2 s on 10k actors / 100k relations, mostly building graphs and
// indexes; same scheme and numbers (tests compare both, and networkx).

import type { ActorGraph } from '../graph/actorGraph.ts';
import type { MeasureOptions } from './measureOptions.ts';
import { powerEigenvector } from './powerEigenvector.ts';
import { relationAdjacency } from './relationAdjacency.ts';
import { withDefaults } from '../withDefaults.ts';

export type EigenvectorOptions = MeasureOptions & {
  maxIterations?: number;
  /** Convergence: mean absolute change per node below this. Tighter than graphology's 1e-6 so results agree with networkx to 1e-6. */
  tolerance?: number;
};

const DEFAULTS = { directed: false, maxIterations: 10_000, tolerance: 1e-12 } as const;

export function eigenvector(graph: ActorGraph, options: EigenvectorOptions = {}): Record<string, number> {
  const { directed, relationTypes, maxIterations, tolerance } = withDefaults(DEFAULTS, options);
  if (graph.order === 0) return {};
  const adjacency = relationAdjacency(graph, { directed, relationTypes });
  try {
    return powerEigenvector(adjacency, { maxIterations, tolerance });
  } catch (error) {
    throw new Error(`eigenvector: did not converge in ${maxIterations} iterations (${(error as Error).message})`);
  }
}
