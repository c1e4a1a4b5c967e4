// Closeness: how near an actor is to the others, in hops. On directed views it measures distance
// *to* the actor (incoming), like networkx.

import closenessCentrality from 'graphology-metrics/centrality/closeness.js';
import type { ActorGraph } from '../graph/actorGraph.ts';
import { collapseToSimple } from '../graph/collapseToSimple.ts';
import type { MeasureOptions } from './measureOptions.ts';
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
  const simple = collapseToSimple(graph, { directed, relationTypes });
  if (simple.order === 0) return {};
  return closenessCentrality(simple, { wassermanFaust });
}
