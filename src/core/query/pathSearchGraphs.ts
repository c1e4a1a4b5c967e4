// The graphs a path search runs on (the filtered view, its collapsed simple graph and that
// graph's compressed adjacency), memoised per input graph. Building them costs far more than one
// search on large graphs (~370 ms per shortest-path query on 10k actors / 100k relations, almost
// all of it collapsing the view), and the explorer and batch callers ask many queries of one graph.
//
// Assumption: an ActorGraph is never mutated once built (buildGraph and filterView return fresh
// graphs; nothing in src changes one afterwards). The memo is keyed by the graph object in a
// WeakMap, so it holds no graph alive and needs no clearing; as a cheap guard against a graph
// changed in place anyway, an entry is rebuilt when the graph's node or edge count has changed.

import type Graph from 'graphology';
import type { ActorGraph } from '../graph/actorGraph.ts';
import { collapseToSimple } from '../graph/collapseToSimple.ts';
import type { SimpleEdgeAttributes } from '../graph/collapseToSimple.ts';
import { filterView } from '../graph/filterView.ts';
import type { Csr } from '../metrics/csrAdjacency.ts';
import { csrAdjacency } from '../metrics/csrAdjacency.ts';
import type { RelationType } from '../model/relationTypes.ts';

export type PathSearchOptions = {
  directed: boolean;
  relationTypes?: readonly RelationType[] | undefined;
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
};

export type PathSearchGraphs = {
  /** The graph filtered by relation types and date window (the input itself when unfiltered). */
  view: ActorGraph;
  simple: Graph<Record<string, never>, SimpleEdgeAttributes>;
  /** Adjacency of `simple` in the search direction, and its reverse (the same object when undirected). */
  out: Csr;
  in: Csr;
  /** Node key → row in `out` and `in`. */
  index: Map<string, number>;
};

type Entry = { order: number; size: number; graphs: PathSearchGraphs };

// A few filter combinations per graph (the explorer's current one, a CLI batch's); the oldest
// goes first, so sweeping a date slider does not accumulate copies.
const ENTRIES_PER_GRAPH = 4;
const memo = new WeakMap<ActorGraph, Map<string, Entry>>();

export function pathSearchGraphs(graph: ActorGraph, options: PathSearchOptions): PathSearchGraphs {
  const { directed, relationTypes, dateFrom, dateTo } = options;
  const key = JSON.stringify([directed, relationTypes ?? null, dateFrom ?? null, dateTo ?? null]);
  let entries = memo.get(graph);
  const cached = entries?.get(key);
  if (cached && cached.order === graph.order && cached.size === graph.size) return cached.graphs;

  // Copying the graph costs more than the search on large graphs: filter only when asked to.
  const view = relationTypes || dateFrom || dateTo ? filterView(graph, { relationTypes, dateFrom, dateTo }) : graph;
  const simple = collapseToSimple(view, { directed });
  const out = csrAdjacency(simple, 'out');
  const graphs: PathSearchGraphs = {
    view,
    simple,
    out,
    in: directed ? csrAdjacency(simple, 'in', out.nodes) : out,
    index: new Map(out.nodes.map((node, i) => [node, i])),
  };

  if (!entries) memo.set(graph, (entries = new Map()));
  entries.delete(key);
  entries.set(key, { order: graph.order, size: graph.size, graphs });
  if (entries.size > ENTRIES_PER_GRAPH) entries.delete(entries.keys().next().value!);
  return graphs;
}
