// Collapses the relation multigraph to a simple graph (at most one edge per ordered or unordered
// pair). Several graphology algorithms (betweenness, closeness, eigenvector, Louvain, simple
// paths) reject or miscount parallel edges, and for "who is connected to whom" questions the
// number of relations between two actors is a weight, not extra paths.

import Graph from 'graphology';
import type { RelationType } from '../model/relationTypes.ts';
import type { ActorGraph } from './actorGraph.ts';
import { withDefaults } from '../withDefaults.ts';

export type CollapseOptions = {
  /** Keep direction (source → target) or treat every relation as a tie between two actors. Default: false. */
  directed?: boolean;
  /** Only relations of these types make edges (all when absent). */
  relationTypes?: readonly RelationType[];
  /** Keep self-loops (an actor related to itself). Default: false: they add nothing to paths or centrality. */
  selfLoops?: boolean;
};

export type SimpleEdgeAttributes = {
  /** Number of relations collapsed into this edge. */
  weight: number;
  /** Their relation ids (= edge keys in the multigraph). */
  relations: string[];
};

const DEFAULTS: Required<Omit<CollapseOptions, 'relationTypes'>> = {
  directed: false,
  selfLoops: false,
};

/** Every actor stays a node (isolated ones too), so measures cover all actors. */
export function collapseToSimple(
  graph: ActorGraph,
  options: CollapseOptions = {},
): Graph<Record<string, never>, SimpleEdgeAttributes> {
  const { directed, selfLoops } = withDefaults(DEFAULTS, options);
  const types = options.relationTypes ? new Set<string>(options.relationTypes) : null;
  const simple = new Graph<Record<string, never>, SimpleEdgeAttributes>({
    type: directed ? 'directed' : 'undirected',
    multi: false,
    allowSelfLoops: selfLoops,
  });
  graph.forEachNode((node) => {
    simple.addNode(node);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (types && !types.has(attributes.type)) return;
    if (source === target && !selfLoops) return;
    const existing = simple.edge(source, target);
    if (existing === undefined) {
      simple.addEdge(source, target, { weight: 1, relations: [edge] });
    } else {
      // Mutate in place: copying the list on every parallel edge would be quadratic in dense pairs.
      const a = simple.getEdgeAttributes(existing);
      a.weight += 1;
      a.relations.push(edge);
    }
  });
  return simple;
}
