import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { ActorGraph } from '../../../src/core/graph/actorGraph.ts';
import { buildGraph } from '../../../src/core/graph/buildGraph.ts';
import { collapseToSimple } from '../../../src/core/graph/collapseToSimple.ts';
import { documentFromEdges } from '../helpers/graphFromEdges.ts';
import { miniGraph } from '../helpers/loadFixture.ts';
import { randomRelationGraph } from '../helpers/randomRelationGraph.ts';

/** The definition, one relation at a time: look the pair up, add or extend its edge. */
function collapseByLookup(graph: ActorGraph, directed: boolean, selfLoops: boolean, types?: readonly string[]): Graph {
  const simple = new Graph({ type: directed ? 'directed' : 'undirected', allowSelfLoops: selfLoops });
  graph.forEachNode((node) => {
    simple.addNode(node);
  });
  graph.forEachEdge((edge, { type }, source, target) => {
    if ((types && !types.includes(type)) || (source === target && !selfLoops)) return;
    const existing = simple.edge(source, target);
    if (existing === undefined) simple.addEdge(source, target, { weight: 1, relations: [edge] });
    else simple.updateEdgeAttributes(existing, (a) => ({ weight: a.weight + 1, relations: [...a.relations, edge] }));
  });
  return simple;
}

/** Everything but the edge keys: nodes, and edges in order with their ends and attributes. */
function shape(graph: Graph): unknown {
  return { nodes: graph.nodes(), edges: graph.mapEdges((_e, attributes, source, target) => [source, target, attributes]) };
}

describe('collapseToSimple', () => {
  it('merges parallel and opposite relations into one weighted undirected edge', () => {
    const g = buildGraph(miniGraph());
    const s = collapseToSimple(g);
    expect(s.type).toBe('undirected');
    expect(s.multi).toBe(false);
    const e = s.edge('pakistan', 'afghanistan')!;
    // accuses and meets (pakistan → afghanistan) and denies (back); mediations come from the mediators.
    expect(s.getEdgeAttribute(e, 'relations').sort()).toEqual(['accuses:pakistan:afghanistan', 'denies:afghanistan:pakistan', 'meets:pakistan:afghanistan']);
    expect(s.getEdgeAttribute(e, 'weight')).toBe(3);
    expect(s.order).toBe(g.order);
  });

  it('keeps direction when asked, and drops self-loops by default', () => {
    const doc = documentFromEdges(['a', 'b'], [['a', 'b'], ['b', 'a'], ['a', 'b'], ['a', 'a']]);
    const g = buildGraph(doc);
    const d = collapseToSimple(g, { directed: true });
    expect(d.size).toBe(2);
    expect(d.getEdgeAttribute(d.edge('a', 'b')!, 'weight')).toBe(2);
    expect(collapseToSimple(g).size).toBe(1);
    expect(collapseToSimple(g, { selfLoops: true }).size).toBe(2);
  });

  it.each([
    [false, false],
    [true, false],
    [false, true],
    [true, true],
  ])('matches the pair-by-pair definition on random multigraphs (directed %s, self-loops %s)', (directed, selfLoops) => {
    for (const seed of [1, 2]) {
      const g = randomRelationGraph(50, 300, seed);
      for (const relationTypes of [undefined, ['accuses', 'meets'] as const]) {
        const s = collapseToSimple(g, { directed, selfLoops, relationTypes });
        expect(shape(s)).toEqual(shape(collapseByLookup(g, directed, selfLoops, relationTypes)));
        s.forEachEdge((edge, { relations }) => expect(edge).toBe(relations[0]));
      }
    }
  });
});
