import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { randomSimpleGraph } from '../helpers/randomSimpleGraph.ts';
import { brandesBetweenness } from '../../../src/core/metrics/brandesBetweenness.ts';

describe('brandesBetweenness', () => {
  it('handles graphs with no edges and tiny graphs', () => {
    const g = new Graph({ type: 'undirected' });
    g.addNode('a');
    g.addNode('b');
    expect(brandesBetweenness(g)).toEqual({ a: 0, b: 0 });
  });

  it('gives the middle of a path 1 (normalised)', () => {
    const g = new Graph({ type: 'undirected' });
    g.mergeEdge('a', 'b');
    g.mergeEdge('b', 'c');
    expect(brandesBetweenness(g)).toEqual({ a: 0, b: 1, c: 0 });
    expect(brandesBetweenness(g, false).b).toBe(1); // one pair (a, c), counted once when undirected
  });

  it.each([
    ['undirected', true],
    ['undirected', false],
    ['directed', true],
    ['directed', false],
  ] as const)('agrees with graphology-metrics on random %s graphs (normalized %s)', (type, normalized) => {
    for (const seed of [1, 2, 3]) {
      const g = randomSimpleGraph(type, 120, 300, seed);
      const ours = brandesBetweenness(g, normalized);
      const theirs = betweennessCentrality(g, { getEdgeWeight: null, normalized });
      for (const node of g.nodes()) expect(Math.abs(ours[node]! - theirs[node]!)).toBeLessThan(1e-9);
    }
  });
});
