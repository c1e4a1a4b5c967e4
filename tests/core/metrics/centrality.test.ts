import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/buildGraph.ts';
import { centrality } from '../../../src/core/metrics/centrality.ts';
import { CENTRALITY_MEASURES } from '../../../src/core/metrics/centralityMeasures.ts';
import { degreeByRelationType } from '../../../src/core/metrics/degree.ts';
import { rankActors } from '../../../src/core/metrics/rankActors.ts';
import { documentFromEdges } from '../helpers/graphFromEdges.ts';
import { miniGraph } from '../helpers/loadFixture.ts';

describe('centrality', () => {
  const graph = () => buildGraph(miniGraph());

  it('rejects unknown measures and relation types', () => {
    expect(() => centrality(graph(), 'fame' as never)).toThrow(/centrality: unknown measure "fame" \(expected one of degree, /);
    expect(() => centrality(graph(), 'degree', { relationTypes: ['hugs' as never] })).toThrow(/unknown relation type "hugs"/);
    expect(() => rankActors(graph(), 'degree', { top: 0 })).toThrow(/rankActors: top must be a positive integer/);
  });

  it('gives every actor a score for every measure, isolated ones included', () => {
    const g = graph();
    for (const m of CENTRALITY_MEASURES) {
      const scores = centrality(g, m);
      expect(Object.keys(scores).sort()).toEqual(g.nodes().sort());
      if (m !== 'pagerank') expect(scores['united-nations']).toBeCloseTo(0, 12);
      else expect(scores['united-nations']).toBeGreaterThan(0); // teleportation reaches everyone
    }
  });

  it('returns {} on an empty graph', () => {
    const empty = buildGraph({ documents: [], actors: [], relations: [] });
    for (const m of CENTRALITY_MEASURES) expect(centrality(empty, m)).toEqual({});
  });

  it('counts relations for degree, in and out, and per type', () => {
    const g = graph();
    const inDeg = centrality(g, 'inDegree');
    const outDeg = centrality(g, 'outDegree');
    const deg = centrality(g, 'degree');
    for (const n of g.nodes()) expect(deg[n]).toBe(inDeg[n]! + outDeg[n]!);
    expect(outDeg.qatar).toBe(4); // four mediation relations over two events
    expect(centrality(g, 'inDegree', { relationTypes: ['accuses'] }).afghanistan).toBe(1);
    expect(degreeByRelationType(g).pakistan!.welcomes).toEqual({ in: 0, out: 1 });
    expect(degreeByRelationType(g).afghanistan!.mediates).toEqual({ in: 4, out: 0 });
  });

  it('finds the centre of a star under every measure', () => {
    const leaves = ['b', 'c', 'd', 'e'];
    const g = buildGraph(documentFromEdges(['a', ...leaves], leaves.map((l) => ['a', l])));
    expect(centrality(g, 'betweenness').a).toBeCloseTo(1, 12); // every leaf pair goes through a
    expect(centrality(g, 'closeness').a).toBeCloseTo(1, 12);
    for (const m of CENTRALITY_MEASURES.filter((x) => x !== 'inDegree')) {
      const s = centrality(g, m);
      for (const l of leaves) expect(s.a!).toBeGreaterThan(s[l]!);
    }
  });

  it('follows direction only when directed is set', () => {
    // a → b → c: undirected, b brokers a–c; directed, b still brokers a → c, but c reaches nobody.
    const g = buildGraph(documentFromEdges(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']], 'accuses'));
    expect(centrality(g, 'betweenness').b).toBeCloseTo(1, 12);
    expect(centrality(g, 'betweenness', { directed: true }).b).toBeCloseTo(0.5, 12);
    const closeness = centrality(g, 'closeness', { directed: true });
    expect(closeness.a).toBe(0); // nobody reaches a
    expect(closeness.c).toBeGreaterThan(closeness.b!);
    const pr = centrality(g, 'pagerank', { directed: true });
    expect(pr.c).toBeGreaterThan(pr.a!);
  });

  it('ranks with shared ranks for ties and a stable order', () => {
    const rows = rankActors(graph(), 'outDegree');
    expect(rows.slice(0, 3).map((r) => [r.rank, r.id])).toEqual([[1, 'pakistan'], [1, 'qatar'], [1, 'turkey']]);
    expect(rows[3]!.rank).toBe(4);
    expect(rankActors(graph(), 'betweenness', { top: 2 }).map((r) => r.id)).toEqual(['afghanistan', 'pakistan']);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.score).toBeGreaterThanOrEqual(rows[i]!.score);
  });
});
