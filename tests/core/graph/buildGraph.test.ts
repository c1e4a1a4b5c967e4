import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/buildGraph.ts';
import { miniGraph } from '../helpers/loadFixture.ts';

describe('buildGraph', () => {
  it('throws on a relation naming an actor that does not exist', () => {
    const doc = miniGraph();
    const bad = { ...doc, relations: [{ ...doc.relations[0]!, target: 'ghost' }] };
    expect(() => buildGraph(bad)).toThrow(/buildGraph: relation ".*" names unknown actor "ghost"/);
  });

  it('makes one node per actor and one keyed edge per relation', () => {
    const doc = miniGraph();
    const g = buildGraph(doc);
    expect(g.order).toBe(doc.actors.length);
    expect(g.size).toBe(doc.relations.length);
    expect(g.multi).toBe(true);
    expect(g.getNodeAttributes('khawaja-asif')).toEqual({
      name: 'Khawaja Asif', type: 'official', aliases: ['Khawaja Muhammad Asif'], affiliation: 'pakistan', role: 'Defence Minister',
    });
    const r = doc.relations[0]!;
    expect(g.source(r.id)).toBe(r.source);
    expect(g.target(r.id)).toBe(r.target);
    expect(g.getEdgeAttribute(r.id, 'evidence')).toEqual(r.evidence);
    expect(g.getAttribute('documents')).toBe(doc.documents);
  });

  it('keeps parallel relations between the same pair apart', () => {
    const g = buildGraph(miniGraph());
    // pakistan → afghanistan: accuses and meets; qatar → pakistan: two mediation events.
    expect(g.outEdges('pakistan', 'afghanistan').length).toBe(2);
    expect(g.inEdges('pakistan', 'afghanistan')).toEqual(['denies:afghanistan:pakistan']);
    expect(g.outEdges('qatar', 'pakistan').length).toBe(2);
  });

  it('counts corroboration: distinct documents, distinct named outlets, mentions', () => {
    const g = buildGraph(miniGraph());
    // Reported by Al Jazeera and by an article with no named outlet: 2 documents, 1 outlet.
    expect(g.getEdgeAttribute('accuses:pakistan:afghanistan', 'corroboration')).toEqual({ documents: 2, outlets: 1, mentions: 2 });
    expect(g.getEdgeAttribute('calls:iran:pakistan', 'corroboration')).toEqual({ documents: 1, outlets: 0, mentions: 1 });
    expect(g.getEdgeAttribute('attacks:ttp:pakistan', 'corroboration')).toEqual({ documents: 1, outlets: 1, mentions: 1 });
  });
});
