import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/buildGraph.ts';
import { findPaths } from '../../../src/core/query/findPaths.ts';
import { UnknownActorError } from '../../../src/core/query/unknownActorError.ts';
import { documentFromEdges } from '../helpers/graphFromEdges.ts';
import { miniGraph } from '../helpers/loadFixture.ts';

describe('findPaths', () => {
  const graph = () => buildGraph(miniGraph());

  it('rejects bad bounds, unknown actors and identical ends', () => {
    expect(() => findPaths(graph(), 'ttp', 'qatar', { maxLength: 0 })).toThrow(/findPaths: maxLength must be an integer from 1 to 8, got 0/);
    expect(() => findPaths(graph(), 'ttp', 'qatar', { maxLength: 9 })).toThrow(/from 1 to 8/);
    expect(() => findPaths(graph(), 'ttp', 'qatar', { maxPaths: 0 })).toThrow(/maxPaths must be a positive integer/);
    expect(() => findPaths(graph(), 'ttp', 'atlantis')).toThrow(UnknownActorError);
    expect(() => findPaths(graph(), 'pakistan', 'Islamabad')).toThrow(/same actor "pakistan"/);
  });

  it('finds every shortest path, with the relations and quotes of each hop', () => {
    const result = findPaths(graph(), 'ttp', 'Qatar');
    expect(result.paths.map((p) => p.nodes)).toEqual([
      ['ttp', 'afghanistan', 'qatar'],
      ['ttp', 'pakistan', 'qatar'],
    ]);
    expect(result.truncated).toBe(false);
    const hop = result.paths[1]!.hops[1]!;
    expect(hop.from).toBe('pakistan');
    expect(hop.relations.map((r) => r.id).sort()).toEqual([
      'mediates:qatar:pakistan:doha-talks-2025-10',
      'mediates:qatar:pakistan:istanbul-talks-2025-10',
      'welcomes:pakistan:qatar',
    ]);
    expect(hop.relations.find((r) => r.type === 'welcomes')!.evidence[0]!.quote).toBe('Pakistan welcomed the mediation by Qatar.');
  });

  it('respects direction when directed', () => {
    // Nothing leads into the TTP except Afghanistan's support; the TTP itself only attacks Pakistan.
    const out = findPaths(graph(), 'ttp', 'qatar', { directed: true });
    expect(out.paths.map((p) => p.nodes)).toEqual([['ttp', 'pakistan', 'qatar']]);
    expect(findPaths(graph(), 'qatar', 'ttp', { directed: true }).paths.map((p) => p.nodes)).toEqual([['qatar', 'afghanistan', 'ttp']]);
    expect(findPaths(graph(), 'united-nations', 'qatar').paths).toEqual([]);
  });

  it('restricts by relation type and date window', () => {
    expect(findPaths(graph(), 'ttp', 'qatar', { relationTypes: ['attacks', 'supports'] }).paths).toEqual([]);
    // Before 20 October only the Doha talks link Qatar; the welcome (25 Oct) is gone.
    const early = findPaths(graph(), 'ttp', 'qatar', { dateTo: '2025-10-20' });
    const hop = early.paths.find((p) => p.nodes[1] === 'pakistan')!.hops[1]!;
    expect(hop.relations.map((r) => r.id)).toEqual(['mediates:qatar:pakistan:doha-talks-2025-10']);
  });

  it('enumerates all simple paths up to maxLength', () => {
    const all = findPaths(graph(), 'ttp', 'qatar', { mode: 'all', maxLength: 3 });
    // Turkey and Qatar share no relation, so routes through Turkey do not reach Qatar.
    expect(all.paths.map((p) => p.nodes.join('>'))).toEqual([
      'ttp>afghanistan>qatar',
      'ttp>pakistan>qatar',
      'ttp>afghanistan>pakistan>qatar',
      'ttp>pakistan>afghanistan>qatar',
    ]);
    for (const p of all.paths) expect(new Set(p.nodes).size).toBe(p.nodes.length);
    expect(findPaths(graph(), 'ttp', 'qatar', { mode: 'all', maxLength: 1 }).paths).toEqual([]);
  });

  it('counts all simple paths of a complete graph and truncates at maxPaths', () => {
    // K6: simple paths between two nodes with at most k hops = sum over j<k of 4!/(4-j)!.
    const nodes = ['a', 'b', 'c', 'd', 'e', 'f'];
    const edges = nodes.flatMap((x, i) => nodes.slice(i + 1).map((y) => [x, y] as const));
    const k6 = buildGraph(documentFromEdges(nodes, edges));
    const all = findPaths(k6, 'a', 'b', { mode: 'all', maxLength: 5 });
    expect(all.paths.length).toBe(1 + 4 + 12 + 24 + 24);
    expect(all.truncated).toBe(false);
    const cut = findPaths(k6, 'a', 'b', { mode: 'all', maxLength: 5, maxPaths: 10 });
    expect(cut.paths.length).toBe(10);
    expect(cut.truncated).toBe(true);
  });

  it('does not return shortest paths longer than maxLength', () => {
    const chain = buildGraph(documentFromEdges(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['c', 'd']]));
    expect(findPaths(chain, 'a', 'd').paths[0]!.length).toBe(3);
    expect(findPaths(chain, 'a', 'd', { maxLength: 2 }).paths).toEqual([]);
  });
});

describe('findPaths options', () => {
  it('treats options set to undefined as not given', () => {
    const g = buildGraph(miniGraph());
    const result = findPaths(g, 'ttp', 'qatar', { maxLength: undefined, maxPaths: undefined, mode: undefined });
    expect(result.paths.length).toBe(2);
  });
});
