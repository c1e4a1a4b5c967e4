// Closeness: how near an actor is to the others, in hops. On directed views it measures distance
// *to* the actor (incoming), like networkx. Computed by bfsCloseness (typed-array BFS) rather than
// graphology-metrics, which took about 50 s on 10k actors / 100k relations against ~2.5 s for
// bfsCloseness; tests check both give the same numbers, and agree with networkx.

import type { ActorGraph } from '../graph/actorGraph.ts';
import { bfsCloseness } from './bfsCloseness.ts';
import type { MeasureOptions } from './measureOptions.ts';
import { relationAdjacency } from './relationAdjacency.ts';
import { withDefaults } from '../withDefaults.ts';

export type ClosenessOptions = MeasureOptions & {
  /**
   * Scale by the share of actors reachable (Wasserman & Faust). Default true: actor graphs are
   * rarely connected, and without it an actor with one neighbour scores a perfect 1. This is
   * also networkx's default (wf_improved=True).
   */
  wassermanFaust?: boolean;
};

const DEFAULTS = { directed: false, wassermanFaust: true } as const;

export function closeness(graph: ActorGraph, options: ClosenessOptions = {}): Record<string, number> {
  const { directed, wassermanFaust, relationTypes } = withDefaults(DEFAULTS, options);
  // Parallel relations are one hop: the collapsed simple graph's adjacency, without a graphology copy.
  if (graph.order === 0) return {};
  return bfsCloseness(relationAdjacency(graph, { directed, relationTypes }), wassermanFaust);
}
