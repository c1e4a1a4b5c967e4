import Graph from 'graphology';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector.js';
import { describe, expect, it } from 'vitest';
import { randomSimpleGraph } from '../helpers/randomSimpleGraph.ts';
import { collapseToSimple } from '../../../src/core/graph/collapseToSimple.ts';
import { eigenvector } from '../../../src/core/metrics/eigenvector.ts';
import { powerEigenvector } from '../../../src/core/metrics/powerEigenvector.ts';
import { randomRelationGraph } from '../helpers/randomRelationGraph.ts';

const OPTIONS = { maxIterations: 10_000, tolerance: 1e-12 };

/** Both give the same numbers, or both fail to converge. */
function expectSame(g: Graph, options: typeof OPTIONS): void {
  let theirs: Record<string, number> | undefined;
  try {
    theirs = eigenvectorCentrality(g, { getEdgeWeight: null, ...options });
  } catch {
    expect(() => powerEigenvector(g, options)).toThrow(/powerEigenvector: did not converge/);
    return;
  }
  const ours = powerEigenvector(g, options);
  expect(Object.keys(ours)).toEqual(g.nodes());
  // Same operations in the same order: equal, not just close.
  for (const node of g.nodes()) expect(ours[node]).toBe(theirs[node]);
}

describe('powerEigenvector', () => {
  it('scores the two ends of a single tie equally, unit norm', () => {
    const g = new Graph({ type: 'undirected' });
    g.mergeEdge('a', 'b');
    const s = powerEigenvector(g, OPTIONS);
    expect(s.a).toBeCloseTo(Math.SQRT1_2, 12);
    expect(s.b).toBe(s.a);
  });

  it('throws when it does not converge', () => {
    const g = randomSimpleGraph('undirected', 50, 120, 1);
    expect(() => powerEigenvector(g, { ...OPTIONS, maxIterations: 2 })).toThrow(/powerEigenvector: did not converge in 2 iterations/);
  });

  it.each(['undirected', 'directed'] as const)('is identical to graphology-metrics on random %s graphs', (type) => {
    for (const [n, m, seed] of [[60, 45, 1], [120, 400, 2], [300, 1500, 3]] as const) {
      const g = randomSimpleGraph(type, n, m, seed);
      expectSame(g, OPTIONS);
      expectSame(g, { maxIterations: 100, tolerance: 1e-6 });
    }
  });

  it.each([false, true])('backs eigenvector() on random multigraphs as graphology-metrics on the collapsed graph (directed %s)', (directed) => {
    for (const seed of [1, 2]) {
      const g = randomRelationGraph(100, 400, seed);
      for (const relationTypes of [undefined, ['accuses', 'meets'] as const]) {
        const theirs = eigenvectorCentrality(collapseToSimple(g, { directed, relationTypes }), { getEdgeWeight: null, ...OPTIONS });
        expect(eigenvector(g, { directed, relationTypes })).toEqual(theirs);
      }
    }
  });
});
