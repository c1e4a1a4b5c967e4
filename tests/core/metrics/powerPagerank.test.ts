import Graph from 'graphology';
import pagerankCentrality from 'graphology-metrics/centrality/pagerank.js';
import { describe, expect, it } from 'vitest';
import { randomSimpleGraph } from '../helpers/randomSimpleGraph.ts';
import { collapseToSimple } from '../../../src/core/graph/collapseToSimple.ts';
import { pagerank } from '../../../src/core/metrics/pagerank.ts';
import { powerPagerank } from '../../../src/core/metrics/powerPagerank.ts';
import { randomRelationGraph } from '../helpers/randomRelationGraph.ts';

const OPTIONS = { alpha: 0.85, maxIterations: 10_000, tolerance: 1e-12 };

describe('powerPagerank', () => {
  it('gives a lone node everything and a symmetric pair half each', () => {
    const one = new Graph({ type: 'undirected' });
    one.addNode('a');
    expect(powerPagerank(one, OPTIONS)).toEqual({ a: 1 });
    one.mergeEdge('a', 'b');
    expect(powerPagerank(one, OPTIONS)).toEqual({ a: 0.5, b: 0.5 });
  });

  it('throws when it does not converge', () => {
    const g = randomSimpleGraph('directed', 50, 120, 1);
    expect(() => powerPagerank(g, { ...OPTIONS, maxIterations: 2 })).toThrow(/powerPagerank: did not converge in 2 iterations/);
    expect(() => pagerankCentrality(g, { getEdgeWeight: null, ...OPTIONS, maxIterations: 2 })).toThrow();
  });

  it.each(['undirected', 'directed'] as const)('is identical to graphology-metrics on random %s graphs', (type) => {
    for (const [n, m, seed] of [[60, 45, 1], [120, 400, 2], [300, 900, 3]] as const) {
      const g = randomSimpleGraph(type, n, m, seed);
      for (const options of [OPTIONS, { alpha: 0.5, maxIterations: 100, tolerance: 1e-6 }]) {
        const ours = powerPagerank(g, options);
        const theirs = pagerankCentrality(g, { getEdgeWeight: null, ...options });
        expect(Object.keys(ours)).toEqual(g.nodes());
        // Same operations in the same order: equal, not just close.
        for (const node of g.nodes()) expect(ours[node]).toBe(theirs[node]);
      }
    }
  });

  it.each([false, true])('backs pagerank() on random multigraphs as graphology-metrics on the collapsed graph (directed %s)', (directed) => {
    for (const seed of [1, 2]) {
      const g = randomRelationGraph(100, 300, seed);
      for (const relationTypes of [undefined, ['accuses', 'meets'] as const]) {
        const theirs = pagerankCentrality(collapseToSimple(g, { directed, relationTypes }), { getEdgeWeight: null, ...OPTIONS });
        expect(pagerank(g, { directed, relationTypes })).toEqual(theirs);
      }
    }
  });
});
