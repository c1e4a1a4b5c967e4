import Graph from 'graphology';
import closenessCentrality from 'graphology-metrics/centrality/closeness.js';
import { describe, expect, it } from 'vitest';
import { randomSimpleGraph } from '../helpers/randomSimpleGraph.ts';
import { buildGraph } from '../../../src/core/graph/buildGraph.ts';
import { bfsCloseness } from '../../../src/core/metrics/bfsCloseness.ts';
import { closeness } from '../../../src/core/metrics/closeness.ts';
import { documentFromEdges } from '../helpers/graphFromEdges.ts';

describe('bfsCloseness', () => {
  it('handles a single node and graphs with no edges', () => {
    const one = new Graph({ type: 'undirected' });
    one.addNode('a');
    expect(bfsCloseness(one, true)).toEqual({ a: 0 });
    one.addNode('b');
    expect(bfsCloseness(one, false)).toEqual({ a: 0, b: 0 });
  });

  it('scores a path a–b–c', () => {
    const g = new Graph({ type: 'undirected' });
    g.mergeEdge('a', 'b');
    g.mergeEdge('b', 'c');
    expect(bfsCloseness(g, false)).toEqual({ a: 2 / 3, b: 1, c: 2 / 3 });
  });

  it('measures distance to the node on directed graphs', () => {
    const g = new Graph({ type: 'directed' });
    g.mergeEdge('a', 'b');
    g.mergeEdge('b', 'c');
    // c is reached by b (1 hop) and a (2 hops); nothing reaches a.
    expect(bfsCloseness(g, false)).toEqual({ a: 0, b: 1, c: 2 / 3 });
    expect(bfsCloseness(g, true)).toEqual({ a: 0, b: 1 * (1 / 2), c: (2 / 3) * (2 / 2) });
  });

  it.each([
    ['undirected', true],
    ['undirected', false],
    ['directed', true],
    ['directed', false],
  ] as const)('is identical to graphology-metrics on random disconnected %s graphs (Wasserman–Faust %s)', (type, wassermanFaust) => {
    for (const [n, m, seed] of [[60, 45, 1], [120, 110, 2], [120, 400, 3], [200, 150, 4]] as const) {
      const g = randomSimpleGraph(type, n, m, seed);
      const ours = bfsCloseness(g, wassermanFaust);
      const theirs = closenessCentrality(g, { wassermanFaust });
      expect(Object.keys(ours)).toEqual(g.nodes());
      // Same operations in the same order: equal, not just close.
      for (const node of g.nodes()) expect(ours[node]).toBe(theirs[node]);
    }
  });

  it.each(['undirected', 'directed'] as const)('is identical to graphology-metrics on long %s chains (more levels than a batch has sources)', (type) => {
    const g = new Graph({ type });
    for (let i = 0; i + 1 < 100; i++) g.mergeEdge(String(i), String(i + 1));
    g.addNode('isolated');
    for (const wassermanFaust of [true, false]) {
      const ours = bfsCloseness(g, wassermanFaust);
      const theirs = closenessCentrality(g, { wassermanFaust });
      for (const node of g.nodes()) expect(ours[node]).toBe(theirs[node]);
    }
  });

  it('backs closeness() on the relation multigraph (parallel relations are one hop)', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e'];
    const doc = documentFromEdges(nodes, [['a', 'b'], ['b', 'a'], ['a', 'b'], ['b', 'c'], ['d', 'e']]);
    const graph = buildGraph(doc);
    const simple = new Graph({ type: 'undirected' });
    nodes.forEach((v) => simple.addNode(v));
    for (const [x, y] of [['a', 'b'], ['b', 'c'], ['d', 'e']] as const) simple.addEdge(x, y);
    expect(closeness(graph)).toEqual(closenessCentrality(simple, { wassermanFaust: true }));
    expect(closeness(graph, { wassermanFaust: false }).b).toBe(1);
  });
});
