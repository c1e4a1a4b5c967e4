// The adapter in headless mode: element diffing and display classes.
import { describe, expect, it } from 'vitest';
import { buildGraph, filterView } from '../../../src/core/index.ts';
import { buildElements } from '../../../src/app/render/buildElements.ts';
import { CytoscapeAdapter } from '../../../src/app/render/CytoscapeAdapter.ts';
import { loadFixture } from '../loadFixture.ts';

const noop = { onTapNode: () => {}, onTapEdge: () => {}, onTapBackground: () => {} };

describe('CytoscapeAdapter (headless)', () => {
  it('reports a changed element set only when ids change', () => {
    const graph = buildGraph(loadFixture());
    const adapter = new CytoscapeAdapter(null, noop);
    expect(adapter.setElements(buildElements(graph))).toBe(true);
    expect(adapter.stats()).toMatchObject({ nodes: graph.order, edges: graph.size });
    // Same ids, new sizes: data update, no layout needed.
    expect(adapter.setElements(buildElements(graph, { scores: { qatar: 3 } }))).toBe(false);
    const narrowed = filterView(graph, { relationTypes: ['mediates'], hideIsolated: true });
    expect(adapter.setElements(buildElements(narrowed))).toBe(true);
    expect(adapter.stats()).toMatchObject({ nodes: 4, edges: 4 });
    adapter.destroy();
  });

  it('dims everything outside the focus set', () => {
    const graph = buildGraph(loadFixture());
    const adapter = new CytoscapeAdapter(null, noop);
    adapter.setElements(buildElements(graph));
    adapter.setDisplay({ selected: 'qatar', focus: new Set(['qatar', 'pakistan', 'mediates-qatar-pakistan-doha']) });
    expect(adapter.stats().highlighted.sort()).toEqual(['mediates-qatar-pakistan-doha', 'pakistan', 'qatar']);
    adapter.setDisplay({ selected: null, focus: null });
    expect(adapter.stats().highlighted).toEqual([]);
    adapter.destroy();
  });
});
