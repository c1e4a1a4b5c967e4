import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/buildGraph.ts';
import { filterView } from '../../../src/core/graph/filterView.ts';
import { miniGraph } from '../helpers/loadFixture.ts';

describe('filterView', () => {
  const graph = () => buildGraph(miniGraph());

  it('rejects unknown types and malformed or inverted date windows', () => {
    expect(() => filterView(graph(), { relationTypes: ['hugs' as never] })).toThrow(/filterView: unknown relation type "hugs"/);
    expect(() => filterView(graph(), { actorTypes: ['planet' as never] })).toThrow(/filterView: unknown actor type "planet"/);
    expect(() => filterView(graph(), { dateFrom: '2025/10/01' })).toThrow(/filterView: dateFrom must be an ISO date/);
    expect(() => filterView(graph(), { dateFrom: '2025-11-01', dateTo: '2025-10-01' })).toThrow(/is after dateTo/);
  });

  it('returns an equal copy with an empty filter, without touching the input', () => {
    const g = graph();
    const v = filterView(g, {});
    expect(v).not.toBe(g);
    expect(v.order).toBe(g.order);
    expect(v.size).toBe(g.size);
    v.dropNode('qatar');
    expect(g.hasNode('qatar')).toBe(true);
  });

  it('keeps only the chosen relation types', () => {
    const v = filterView(graph(), { relationTypes: ['accuses', 'denies'] });
    expect(v.size).toBe(2);
    expect(v.order).toBe(9);
    expect(new Set(v.mapEdges((_e, a) => a.type))).toEqual(new Set(['accuses', 'denies']));
  });

  it('drops actors of other types and their relations', () => {
    const v = filterView(graph(), { actorTypes: ['state'] });
    expect(v.hasNode('ttp')).toBe(false);
    expect(v.hasNode('khawaja-asif')).toBe(false);
    expect(v.hasEdge('attacks:ttp:pakistan')).toBe(false);
    expect(v.hasEdge('accuses:pakistan:afghanistan')).toBe(true);
  });

  it('filters evidence by date and recomputes the relation date and corroboration', () => {
    const v = filterView(graph(), { dateFrom: '2025-10-20' });
    // The accusation's Al Jazeera mention (2025-10-19) is out; the 2025-11-02 one stays.
    const accuses = v.getEdgeAttributes('accuses:pakistan:afghanistan');
    expect(accuses.evidence.map((e) => e.date)).toEqual(['2025-11-02']);
    expect(accuses.date).toBe('2025-11-02');
    expect(accuses.corroboration).toEqual({ documents: 1, outlets: 0, mentions: 1 });
    // Doha talks (18 Oct) and the border attack (12 Oct) have no evidence left: dropped.
    expect(v.hasEdge('mediates:qatar:pakistan:doha-talks-2025-10')).toBe(false);
    expect(v.hasEdge('attacks:ttp:pakistan')).toBe(false);
    const upTo = filterView(graph(), { dateTo: '2025-10-12' });
    expect(upTo.edges().sort()).toEqual(['appeals:saudi-arabia:afghanistan', 'appeals:saudi-arabia:pakistan', 'attacks:ttp:pakistan']);
  });

  it('filters evidence by document', () => {
    const v = filterView(graph(), { documents: ['doc-reuters-1012'] });
    expect(v.size).toBe(3);
    v.forEachEdge((_e, a) => expect(a.evidence.every((e) => e.doc === 'doc-reuters-1012')).toBe(true));
  });

  it('hides isolated actors on request', () => {
    expect(filterView(graph(), {}).hasNode('united-nations')).toBe(true);
    const v = filterView(graph(), { relationTypes: ['attacks'], hideIsolated: true });
    expect(v.nodes().sort()).toEqual(['pakistan', 'ttp']);
  });
});
