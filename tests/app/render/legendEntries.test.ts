// Legend entries come from the shown elements only, in ontology order, with counts.
import { describe, expect, it } from 'vitest';
import { buildGraph, filterView } from '../../../src/core/index.ts';
import { ACTOR_TYPES, RELATION_TYPES } from '../../../src/core/model/index.ts';
import { buildElements } from '../../../src/app/render/buildElements.ts';
import type { GraphElement } from '../../../src/app/render/elementData.ts';
import { legendColumns, legendEntries } from '../../../src/app/render/legendEntries.ts';
import { loadFixture } from '../loadFixture.ts';

const node = (id: string, type: GraphElement['data']['type']): GraphElement =>
  ({ group: 'nodes', data: { id, label: id, type, color: '#000', size: 10, score: 0 } }) as GraphElement;
const edge = (id: string, type: string): GraphElement =>
  ({ group: 'edges', data: { id, source: 'a', target: 'b', type, directed: true, articles: 1 } }) as GraphElement;

describe('legendEntries', () => {
  it('is empty for no elements', () => {
    expect(legendEntries([])).toEqual({ actors: [], relations: [] });
  });

  it('lists only the types present, in ontology order, with counts', () => {
    const entries = legendEntries([edge('e1', 'attacks'), node('b', 'official'), node('a', 'state'), node('c', 'state'), edge('e2', 'mediates'), edge('e3', 'attacks')]);
    expect(entries.actors).toEqual([
      { type: 'state', count: 2 },
      { type: 'official', count: 1 },
    ]);
    expect(entries.relations).toEqual([
      { type: 'mediates', count: 1 },
      { type: 'attacks', count: 2 },
    ]);
    // Ontology order, whatever the element order.
    expect(entries.actors.map((e) => ACTOR_TYPES.indexOf(e.type))).toEqual([...entries.actors.map((e) => ACTOR_TYPES.indexOf(e.type))].sort((a, b) => a - b));
    expect(entries.relations.map((e) => RELATION_TYPES.indexOf(e.type))).toEqual([0, RELATION_TYPES.indexOf('attacks')]);
  });

  it('follows a filtered view of the fixture: the narrowed view lists fewer types', () => {
    const graph = buildGraph(loadFixture());
    const all = legendEntries(buildElements(graph));
    expect(all.actors.reduce((n, e) => n + e.count, 0)).toBe(graph.order);
    expect(all.relations.reduce((n, e) => n + e.count, 0)).toBe(graph.size);
    const narrowed = legendEntries(buildElements(filterView(graph, { relationTypes: ['mediates'], hideIsolated: true })));
    expect(narrowed.relations).toEqual([{ type: 'mediates', count: 4 }]);
    expect(narrowed.actors.length).toBeLessThanOrEqual(all.actors.length);
  });
});

describe('legendColumns', () => {
  it('rejects negative, fractional and zero-column input', () => {
    expect(() => legendColumns(-1)).toThrow(/legendColumns: count/);
    expect(() => legendColumns(1.5)).toThrow(/legendColumns: count/);
    expect(() => legendColumns(3, 0)).toThrow(/legendColumns: maxColumns/);
  });

  it('uses two rows per column up to the cap', () => {
    expect(legendColumns(0)).toBe(1);
    expect(legendColumns(1)).toBe(1);
    expect(legendColumns(2)).toBe(1);
    expect(legendColumns(3)).toBe(2);
    expect(legendColumns(8)).toBe(4);
    expect(legendColumns(21)).toBe(4);
    expect(legendColumns(21, 3)).toBe(3);
  });
});
