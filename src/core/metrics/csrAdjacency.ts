// Compressed sparse rows (CSR) of a graphology graph: the flat Int32Array adjacency that the
// typed-array measures (brandesBetweenness, bfsCloseness, powerPagerank, powerEigenvector) and
// path searches walk instead of graphology's per-call neighbour arrays. Node i is nodes[i], in
// graph.nodes() order; each row keeps graphology's neighbour order, so walks visit nodes in the
// same order as graphology's.

import type Graph from 'graphology';

export type Csr = {
  /** Node keys; index i in offsets/targets is nodes[i]. */
  nodes: string[];
  /** Neighbours of node i are targets[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
  targets: Int32Array;
};

/** Both directions of a simple graph over the same node indices; `in === out` when undirected. */
export type Adjacency = {
  directed: boolean;
  out: Csr;
  in: Csr;
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

/** The typed-array measures accept a simple graphology graph (tests, path search) or a prepared adjacency. */
export function adjacencyOf(input: Graph | Adjacency): Adjacency {
  if (!isGraph(input)) return input;
  const directed = input.type === 'directed';
  const out = csrAdjacency(input, 'out');
  return { directed, out, in: directed ? csrAdjacency(input, 'in', out.nodes) : out };
}

function isGraph(input: Graph | Adjacency): input is Graph {
  return typeof (input as Graph).forEachNode === 'function';
}
