import { describe, expect, it } from 'vitest';
import { collapseToSimple } from '../../../src/core/graph/collapseToSimple.ts';
import { buildGraph } from '../../../src/core/graph/buildGraph.ts';
import { csrAdjacency } from '../../../src/core/metrics/csrAdjacency.ts';
import type { Csr } from '../../../src/core/metrics/csrAdjacency.ts';
import { relationAdjacency } from '../../../src/core/metrics/relationAdjacency.ts';
import { documentFromEdges } from '../helpers/graphFromEdges.ts';
import { randomRelationGraph } from '../helpers/randomRelationGraph.ts';

/** Each node's neighbour keys, sorted: rows may list neighbours in another order than graphology. */
function rowsOf(csr: Csr): Record<string, string[]> {
  const rows: Record<string, string[]> = {};
  csr.nodes.forEach((node, i) => {
    rows[node] = Array.from(csr.targets.subarray(csr.offsets[i], csr.offsets[i + 1]), (t) => csr.nodes[t]!).sort();
  });
  return rows;
}

describe('relationAdjacency', () => {
  it('collapses parallel and opposite relations, drops self-loops, keeps isolated actors', () => {
    const g = buildGraph(documentFromEdges(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'a'], ['a', 'b'], ['a', 'a'], ['b', 'c']]));
    const undirected = relationAdjacency(g);
    expect(undirected.directed).toBe(false);
    expect(undirected.in).toBe(undirected.out);
    expect(rowsOf(undirected.out)).toEqual({ a: ['b'], b: ['a', 'c'], c: ['b'], d: [] });
    const directed = relationAdjacency(g, { directed: true });
    expect(rowsOf(directed.out)).toEqual({ a: ['b'], b: ['a', 'c'], c: [], d: [] });
    expect(rowsOf(directed.in)).toEqual({ a: ['b'], b: ['a'], c: ['b'], d: [] });
  });

  it('handles an empty graph', () => {
    const g = buildGraph({ documents: [], actors: [], relations: [] });
    const { out } = relationAdjacency(g);
    expect(out.nodes).toEqual([]);
    expect(Array.from(out.offsets)).toEqual([0]);
  });

  it.each([false, true])('is the adjacency of collapseToSimple on random multigraphs (directed %s)', (directed) => {
    for (const seed of [1, 2, 3]) {
      const g = randomRelationGraph(80, 400, seed);
      for (const relationTypes of [undefined, ['accuses'] as const, ['meets', 'mediates'] as const]) {
        const simple = collapseToSimple(g, { directed, relationTypes });
        const ours = relationAdjacency(g, { directed, relationTypes });
        expect(ours.out.nodes).toEqual(simple.nodes());
        expect(rowsOf(ours.out)).toEqual(rowsOf(csrAdjacency(simple, 'out')));
        expect(rowsOf(ours.in)).toEqual(rowsOf(csrAdjacency(simple, 'in')));
      }
    }
  });
});
