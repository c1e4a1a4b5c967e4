import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/buildGraph.ts';
import { collapseToSimple } from '../../../src/core/graph/collapseToSimple.ts';
import { documentFromEdges } from '../helpers/graphFromEdges.ts';
import { miniGraph } from '../helpers/loadFixture.ts';

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
});
