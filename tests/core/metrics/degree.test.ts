import { describe, expect, it } from 'vitest';
import type { ActorGraph } from '../../../src/core/graph/actorGraph.ts';
import { buildGraph } from '../../../src/core/graph/buildGraph.ts';
import { degree } from '../../../src/core/metrics/degree.ts';
import type { RelationType } from '../../../src/core/model/relationTypes.ts';
import { documentFromEdges } from '../helpers/graphFromEdges.ts';
import { randomRelationGraph } from '../helpers/randomRelationGraph.ts';

/** The definition, one relation at a time. */
function countRelations(graph: ActorGraph, direction: 'in' | 'out' | 'both', types?: readonly RelationType[]): Record<string, number> {
  const result: Record<string, number> = {};
  graph.forEachNode((node) => (result[node] = 0));
  graph.forEachEdge((_edge, { type }, source, target) => {
    if (types && !types.includes(type)) return;
    if (direction !== 'in') result[source]! += 1;
    if (direction !== 'out' && !(direction === 'both' && source === target)) result[target]! += 1;
  });
  return result;
}

describe('degree', () => {
  it('rejects a bad direction and unknown relation types', () => {
    const g = buildGraph(documentFromEdges(['a'], []));
    expect(() => degree(g, { direction: 'up' as never })).toThrow(/degree: direction must be "in", "out" or "both", got "up"/);
    expect(() => degree(g, { relationTypes: ['hugs' as never] })).toThrow(/degree: unknown relation type "hugs"/);
  });

  it('counts parallel relations, and a self-loop once for both directions', () => {
    const g = buildGraph(documentFromEdges(['a', 'b', 'c'], [['a', 'b'], ['a', 'b'], ['b', 'a'], ['a', 'a']]));
    expect(degree(g)).toEqual({ a: 4, b: 3, c: 0 });
    expect(degree(g, { direction: 'out' })).toEqual({ a: 3, b: 1, c: 0 });
    expect(degree(g, { direction: 'in' })).toEqual({ a: 2, b: 2, c: 0 });
    expect(degree(g, { relationTypes: [] })).toEqual({ a: 0, b: 0, c: 0 });
  });

  it.each(['in', 'out', 'both'] as const)('counts relations (%s) on random multigraphs, with and without a type filter', (direction) => {
    for (const seed of [1, 2, 3]) {
      const g = randomRelationGraph(60, 300, seed);
      for (const relationTypes of [undefined, ['accuses'] as const, ['meets', 'mediates'] as const]) {
        expect(degree(g, { direction, relationTypes })).toEqual(countRelations(g, direction, relationTypes));
      }
    }
  });
});
