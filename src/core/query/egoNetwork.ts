// An actor's neighbourhood: everyone within `depth` relations, and the relations among them.

import { subgraph } from 'graphology-operators';
import type { ActorGraph } from '../graph/actorGraph.ts';
import { filterView } from '../graph/filterView.ts';
import type { RelationType } from '../model/relationTypes.ts';
import { resolveActor } from './resolveActor.ts';
import { withDefaults } from '../withDefaults.ts';

export type EgoOptions = {
  /** Hops from the actor, 1..6. Default 1. */
  depth?: number;
  /** Follow relations the actor receives ('in'), sends ('out') or either ('both'). Default 'both'. */
  direction?: 'in' | 'out' | 'both';
  relationTypes?: readonly RelationType[];
};

const DEFAULTS = { depth: 1, direction: 'both' } as const;
const MAX_DEPTH = 6;

/** Returns the induced subgraph (as networkx's ego_graph does): all relations among the reached actors. */
export function egoNetwork(graph: ActorGraph, actor: string, options: EgoOptions = {}): ActorGraph {
  const { depth, direction, relationTypes } = withDefaults(DEFAULTS, options);
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH) {
    throw new Error(`egoNetwork: depth must be an integer from 0 to ${MAX_DEPTH}, got ${depth}`);
  }
  if (!['in', 'out', 'both'].includes(direction)) {
    throw new Error(`egoNetwork: direction must be "in", "out" or "both", got "${String(direction)}"`);
  }
  const center = resolveActor(graph, actor).id;
  const view = relationTypes ? filterView(graph, { relationTypes }) : graph;
  const neighbours = (n: string) =>
    direction === 'out' ? view.outNeighbors(n) : direction === 'in' ? view.inNeighbors(n) : view.neighbors(n);

  const reached = new Set([center]);
  let frontier = [center];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const n of neighbours(node)) {
        if (!reached.has(n)) {
          reached.add(n);
          next.push(n);
        }
      }
    }
    frontier = next;
  }
  return subgraph(view, [...reached]) as ActorGraph;
}
