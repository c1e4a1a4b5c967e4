// Communities (Louvain): groups of actors more tied to each other than to the rest.

import louvain from 'graphology-communities-louvain';
import type { ActorGraph } from '../graph/actorGraph.ts';
import { collapseToSimple } from '../graph/collapseToSimple.ts';
import type { RelationType } from '../model/relationTypes.ts';
import { seededRandom } from './seededRandom.ts';
import { withDefaults } from '../withDefaults.ts';

export type CommunityOptions = {
  /** Louvain resolution: above 1 favours smaller communities. Default 1. */
  resolution?: number;
  /** Seed of the random node order, so the same graph always gives the same communities. Default 42. */
  seed?: number;
  relationTypes?: readonly RelationType[];
};

export type CommunityResult = {
  /** Actor id → community index; 0 is the largest community. */
  communities: Record<string, number>;
  /** Member ids per community index, sorted by name. */
  members: string[][];
  count: number;
  modularity: number;
};

const DEFAULTS = { resolution: 1, seed: 42 } as const;

export function communities(graph: ActorGraph, options: CommunityOptions = {}): CommunityResult {
  const { resolution, seed, relationTypes } = withDefaults(DEFAULTS, options);
  if (!(resolution > 0)) throw new Error(`communities: resolution must be positive, got ${resolution}`);
  // Louvain is defined on undirected simple graphs; the number of relations between two actors
  // becomes the edge weight, so a pair with many relations pulls harder.
  const simple = collapseToSimple(graph, { directed: false, relationTypes });
  let raw: Record<string, number>;
  let modularity = 0;
  if (simple.size === 0) {
    // Louvain has nothing to optimise: every actor is its own community.
    raw = Object.fromEntries(simple.nodes().map((n, i) => [n, i]));
  } else {
    const detailed = louvain.detailed(simple, { getEdgeWeight: 'weight', resolution, rng: seededRandom(seed) });
    raw = detailed.communities;
    modularity = detailed.modularity;
  }

  const groups = new Map<number, string[]>();
  for (const [node, c] of Object.entries(raw)) {
    const group = groups.get(c) ?? [];
    group.push(node);
    groups.set(c, group);
  }
  const nameOf = (id: string) => graph.getNodeAttribute(id, 'name');
  const members = [...groups.values()].map((g) => g.sort((a, b) => nameOf(a).localeCompare(nameOf(b))));
  // Renumber: largest first, then by first member's name, so indices do not depend on Louvain internals.
  members.sort((a, b) => b.length - a.length || nameOf(a[0]!).localeCompare(nameOf(b[0]!)));
  const result: Record<string, number> = {};
  members.forEach((g, i) => g.forEach((id) => (result[id] = i)));
  return { communities: result, members, count: members.length, modularity };
}
