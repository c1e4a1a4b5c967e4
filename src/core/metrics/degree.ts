// Degree: how many relations an actor takes part in. Counts relations, not distinct neighbours,
// because three accusations are more activity than one; per-type counts show what kind.

import type { ActorGraph } from '../graph/actorGraph.ts';
import { isRelationType } from '../model/relationTypes.ts';
import type { RelationType } from '../model/relationTypes.ts';
import { withDefaults } from '../withDefaults.ts';

export type DegreeOptions = {
  /** 'in': relations targeting the actor, 'out': relations it is the source of, 'both': either. Default 'both'. */
  direction?: 'in' | 'out' | 'both';
  /** Only relations of these types count (all when absent). */
  relationTypes?: readonly RelationType[];
};

const DEFAULTS = { direction: 'both' } as const;

export function degree(graph: ActorGraph, options: DegreeOptions = {}): Record<string, number> {
  const { direction, relationTypes } = withDefaults(DEFAULTS, options);
  if (!['in', 'out', 'both'].includes(direction)) {
    throw new Error(`degree: direction must be "in", "out" or "both", got "${String(direction)}"`);
  }
  for (const t of relationTypes ?? []) {
    if (!isRelationType(t)) throw new Error(`degree: unknown relation type "${String(t)}"`);
  }
  const result: Record<string, number> = {};
  if (!relationTypes) {
    // graphology keeps per-node in/out/self-loop counters: O(actors) instead of one pass over
    // every relation (~20–60 ms on 10k actors / 100k relations).
    graph.forEachNode((node) => {
      result[node] =
        direction === 'in'
          ? graph.inDegree(node)
          : direction === 'out'
            ? graph.outDegree(node)
            : graph.inDegree(node) + graph.outDegreeWithoutSelfLoops(node);
    });
    return result;
  }
  // Counted in a typed array by node index, then written once per actor.
  const types = new Set<string>(relationTypes);
  const nodes = graph.nodes();
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node, i));
  const counts = new Int32Array(nodes.length);
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (!types.has(attributes.type)) return;
    if (direction !== 'in') counts[index.get(source)!]! += 1;
    // A self-loop counts once for 'both', as graphology's own degree does not double it here.
    if (direction !== 'out' && !(direction === 'both' && source === target)) counts[index.get(target)!]! += 1;
  });
  nodes.forEach((node, i) => (result[node] = counts[i]!));
  return result;
}

/** Per actor, per relation type: how many relations it sends (out) and receives (in). */
export function degreeByRelationType(
  graph: ActorGraph,
): Record<string, Partial<Record<RelationType, { in: number; out: number }>>> {
  const result: Record<string, Partial<Record<RelationType, { in: number; out: number }>>> = {};
  graph.forEachNode((node) => {
    result[node] = {};
  });
  graph.forEachEdge((_edge, { type }, source, target) => {
    const out = (result[source]![type] ??= { in: 0, out: 0 });
    out.out += 1;
    const inn = (result[target]![type] ??= { in: 0, out: 0 });
    inn.in += 1;
  });
  return result;
}
