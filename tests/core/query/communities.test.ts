import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/buildGraph.ts';
import { communities } from '../../../src/core/query/communities.ts';
import { documentFromEdges } from '../helpers/graphFromEdges.ts';
import { miniGraph } from '../helpers/loadFixture.ts';

const clique = (names: string[]) => names.flatMap((x, i) => names.slice(i + 1).map((y) => [x, y] as const));

describe('communities', () => {
  it('rejects a non-positive resolution', () => {
    expect(() => communities(buildGraph(miniGraph()), { resolution: 0 })).toThrow(/communities: resolution must be positive/);
  });

  it('puts each actor alone when there are no relations', () => {
    const g = buildGraph(documentFromEdges(['a', 'b'], []));
    expect(communities(g)).toEqual({ communities: { a: 0, b: 1 }, members: [['a'], ['b']], count: 2, modularity: 0 });
  });

  it('separates two cliques joined by one bridge', () => {
    const left = ['a', 'b', 'c', 'd'];
    const right = ['w', 'x', 'y', 'z'];
    const g = buildGraph(documentFromEdges([...left, ...right], [...clique(left), ...clique(right), ['d', 'w']]));
    const result = communities(g);
    expect(result.count).toBe(2);
    expect(result.members).toEqual([left, right]);
    expect(result.modularity).toBeGreaterThan(0.3);
  });

  it('is deterministic for a given seed', () => {
    const g = buildGraph(miniGraph());
    expect(communities(g)).toEqual(communities(g));
    const result = communities(g);
    expect(Object.keys(result.communities).sort()).toEqual(g.nodes().sort());
    expect(result.members.flat().length).toBe(g.order);
  });
});
