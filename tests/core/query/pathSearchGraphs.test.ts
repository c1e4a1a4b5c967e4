import { brandes } from 'graphology-shortest-path/unweighted.js';
import { allSimplePaths } from 'graphology-simple-path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/buildGraph.ts';
import { collapseToSimple } from '../../../src/core/graph/collapseToSimple.ts';
import { findPaths } from '../../../src/core/query/findPaths.ts';
import { pathSearchGraphs } from '../../../src/core/query/pathSearchGraphs.ts';
import { seededRandom } from '../../../src/core/query/seededRandom.ts';
import { documentFromEdges } from '../helpers/graphFromEdges.ts';
import { miniGraph } from '../helpers/loadFixture.ts';

/** A random relation multigraph: parallel and reversed relations, self-loops, isolated actors. */
function randomActorGraph(n: number, m: number, seed: number) {
  const rng = seededRandom(seed);
  const nodes = Array.from({ length: n }, (_, i) => `a${i}`);
  const edges = Array.from({ length: m }, () => [nodes[Math.floor(rng() * n)]!, nodes[Math.floor(rng() * n)]!] as const);
  return { graph: buildGraph(documentFromEdges(nodes, edges)), nodes, rng };
}

const byLengthThenName = (a: string[], b: string[]) => a.length - b.length || a.join('\u0000').localeCompare(b.join('\u0000'));

describe('pathSearchGraphs', () => {
  it('builds once per graph and options, and again for another graph or options', () => {
    const graph = buildGraph(miniGraph());
    const first = pathSearchGraphs(graph, { directed: false });
    expect(pathSearchGraphs(graph, { directed: false })).toBe(first);
    expect(pathSearchGraphs(graph, { directed: true })).not.toBe(first);
    expect(pathSearchGraphs(graph, { directed: false, dateTo: '2025-10-20' })).not.toBe(first);
    expect(pathSearchGraphs(buildGraph(miniGraph()), { directed: false })).not.toBe(first);
    expect(first.view).toBe(graph); // unfiltered: no copy
    expect(first.out.nodes).toEqual(graph.nodes());
  });

  it('rebuilds when a graph was changed in place after all (node or edge count)', () => {
    const graph = buildGraph(documentFromEdges(['a', 'b', 'c'], [['a', 'b']]));
    expect(findPaths(graph, 'a', 'c').paths).toEqual([]);
    const attributes = graph.getEdgeAttributes('r0');
    graph.addDirectedEdgeWithKey('r1', 'b', 'c', { ...attributes, id: 'r1', source: 'b', target: 'c' });
    expect(findPaths(graph, 'a', 'c').paths.map((p) => p.nodes)).toEqual([['a', 'b', 'c']]);
  });
});

describe('findPaths on the memoised adjacency', () => {
  it.each([false, true])('gives graphology-shortest-path\'s shortest paths on random multigraphs (directed %s)', (directed) => {
    for (const seed of [1, 2, 3]) {
      const { graph, nodes, rng } = randomActorGraph(80, 120, seed);
      const simple = collapseToSimple(graph, { directed });
      for (let q = 0; q < 30; q++) {
        const [a, b] = [nodes[Math.floor(rng() * nodes.length)]!, nodes[Math.floor(rng() * nodes.length)]!];
        if (a === b) continue;
        const [, predecessors] = brandes(simple, a);
        const expected: string[][] = [];
        const walk = (node: string, suffix: string[]): void => {
          if (node === a) expected.push([a, ...suffix]);
          else for (const p of predecessors[node]!) walk(p, [node, ...suffix]);
        };
        if (predecessors[b]!.length > 0) walk(b, []);
        const ours = findPaths(graph, a, b, { directed, maxLength: 8, maxPaths: 100_000 }).paths.map((p) => p.nodes);
        expect(ours).toEqual(expected.filter((p) => p.length - 1 <= 8).sort(byLengthThenName));
      }
    }
  });

  it.each([false, true])('gives graphology-simple-path\'s simple paths up to maxLength (directed %s)', (directed) => {
    const { graph, nodes, rng } = randomActorGraph(40, 70, 4);
    const simple = collapseToSimple(graph, { directed });
    for (let q = 0; q < 30; q++) {
      const [a, b] = [nodes[Math.floor(rng() * nodes.length)]!, nodes[Math.floor(rng() * nodes.length)]!];
      if (a === b) continue;
      const expected = allSimplePaths(simple, a, b, { maxDepth: 4 }).sort(byLengthThenName);
      const ours = findPaths(graph, a, b, { mode: 'all', directed, maxLength: 4, maxPaths: 100_000 });
      expect(ours.truncated).toBe(false);
      expect(ours.paths.map((p) => p.nodes)).toEqual(expected);
    }
  });
});
