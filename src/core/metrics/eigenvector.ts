// Eigenvector centrality: an actor matters when actors that matter relate to it.
// Unit Euclidean norm, power iteration on A + I from 1/n (the same scheme as networkx).

import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector.js';
import type { ActorGraph } from '../graph/actorGraph.ts';
import { collapseToSimple } from '../graph/collapseToSimple.ts';
import type { MeasureOptions } from './measureOptions.ts';
import { withDefaults } from '../withDefaults.ts';

export type EigenvectorOptions = MeasureOptions & {
  maxIterations?: number;
  /** Convergence: mean absolute change per node below this. Tighter than graphology's 1e-6 so results agree with networkx to 1e-6. */
  tolerance?: number;
};

const DEFAULTS = { directed: false, maxIterations: 10_000, tolerance: 1e-12 } as const;

export function eigenvector(graph: ActorGraph, options: EigenvectorOptions = {}): Record<string, number> {
  const { directed, relationTypes, maxIterations, tolerance } = withDefaults(DEFAULTS, options);
  const simple = collapseToSimple(graph, { directed, relationTypes });
  if (simple.order === 0) return {};
  try {
    return eigenvectorCentrality(simple, { getEdgeWeight: null, maxIterations, tolerance });
  } catch (error) {
    throw new Error(`eigenvector: did not converge in ${maxIterations} iterations (${(error as Error).message})`);
  }
}
