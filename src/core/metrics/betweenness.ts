// Betweenness: how often an actor lies on shortest paths between others (brokers, mediators).
// Computed by brandesBetweenness (typed-array Brandes) rather than graphology-metrics, which is
// several times slower on large graphs; tests check both agree, and agree with networkx.

import type { ActorGraph } from '../graph/actorGraph.ts';
import { withDefaults } from '../withDefaults.ts';
import { brandesBetweenness } from './brandesBetweenness.ts';
import type { MeasureOptions } from './measureOptions.ts';
import { relationAdjacency } from './relationAdjacency.ts';

export type BetweennessOptions = MeasureOptions & {
  /** Divide by (n−1)(n−2), as networkx does for both directed and undirected graphs. Default true. */
  normalized?: boolean;
};

const DEFAULTS = { directed: false, normalized: true } as const;

export function betweenness(graph: ActorGraph, options: BetweennessOptions = {}): Record<string, number> {
  const { directed, normalized, relationTypes } = withDefaults(DEFAULTS, options);
  // Parallel relations between two actors are one hop, not extra shortest paths: measure the
  // collapsed simple graph (its adjacency, built without a graphology copy), unweighted.
  if (graph.order === 0) return {};
  return brandesBetweenness(relationAdjacency(graph, { directed, relationTypes }), normalized);
}
