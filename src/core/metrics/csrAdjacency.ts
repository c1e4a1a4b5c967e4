// Compressed sparse rows (CSR) of a graphology graph: the flat Int32Array adjacency that the
// typed-array measures (brandesBetweenness, bfsCloseness) and path searches walk instead of
// graphology's per-call neighbour arrays. Node i is nodes[i], in graph.nodes() order; each row
// keeps graphology's neighbour order, so walks visit nodes in the same order as graphology's.

import type Graph from 'graphology';

export type Csr = {
  /** Node keys; index i in offsets/targets is nodes[i]. */
  nodes: string[];
  /** Neighbours of node i are targets[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
  targets: Int32Array;
};

/**
 * 'out': out-neighbours of a directed graph; 'in': in-neighbours. On an undirected graph both are
 * the neighbours. Parallel edges would repeat a neighbour: pass a simple graph to measures.
 */
export function csrAdjacency(graph: Graph, direction: 'out' | 'in', nodes: string[] = graph.nodes()): Csr {
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node, i));
  const neighbours =
    graph.type !== 'directed'
      ? (v: string) => graph.neighbors(v)
      : direction === 'out'
        ? (v: string) => graph.outNeighbors(v)
        : (v: string) => graph.inNeighbors(v);
  const offsets = new Int32Array(nodes.length + 1);
  const lists = nodes.map(neighbours);
  lists.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.length));
  const targets = new Int32Array(offsets[nodes.length]!);
  lists.forEach((list, i) => list.forEach((n, j) => (targets[offsets[i]! + j] = index.get(n)!)));
  return { nodes, offsets, targets };
}
