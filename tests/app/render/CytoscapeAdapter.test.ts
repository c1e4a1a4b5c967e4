// The adapter in headless mode: element diffing and display classes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildGraph, filterView } from '../../../src/core/index.ts';
import { buildElements } from '../../../src/app/render/buildElements.ts';
import { CytoscapeAdapter } from '../../../src/app/render/CytoscapeAdapter.ts';
import type { GraphElement } from '../../../src/app/render/elementData.ts';
import { forceAtlasPositions } from '../../../src/app/render/forceAtlasPositions.ts';
import type { ForceAtlasInput } from '../../../src/app/render/forceAtlasPositions.ts';
import { initialPositions } from '../../../src/app/render/initialPositions.ts';
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

describe('CytoscapeAdapter large-graph layout (fake worker)', () => {
  const nodes = Array.from({ length: 450 }, (_, i) => `n${i}`);
  const elements: GraphElement[] = [
    ...nodes.map((id) => ({ group: 'nodes' as const, data: { id, label: id, type: 'state' as const, color: '#000', size: 10, score: 0 } })),
    ...nodes.slice(1).map((id, i) => ({
      group: 'edges' as const,
      data: { id: `e${i}`, source: id, target: `n${Math.floor(i / 3)}`, type: 'meets' as const, directed: false, articles: 1 },
    })),
  ];

  /** A Worker stand-in: says "ready", then answers each input after `delay` ms. */
  function fakeWorker(delay: number) {
    return class {
      onmessage: ((e: { data: unknown }) => void) | null = null;
      onerror: ((e: { message: string }) => void) | null = null;
      #listeners: ((e: { data: unknown }) => void)[] = [];
      #timers: ReturnType<typeof setTimeout>[] = [];
      constructor() {
        this.#timers.push(setTimeout(() => this.#emit('ready'), 5));
      }
      addEventListener(type: string, fn: (e: { data: unknown }) => void) {
        if (type === 'message') this.#listeners.push(fn);
      }
      removeEventListener(_type: string, fn: (e: { data: unknown }) => void) {
        this.#listeners = this.#listeners.filter((f) => f !== fn);
      }
      postMessage(input: ForceAtlasInput) {
        this.#timers.push(setTimeout(() => this.#emit({ positions: forceAtlasPositions({ ...input, iterations: 5 }), ms: delay }), delay));
      }
      terminate() {
        this.#timers.forEach(clearTimeout);
      }
      #emit(data: unknown) {
        for (const fn of [...this.#listeners]) fn({ data });
        this.onmessage?.({ data });
      }
    };
  }

  afterEach(() => vi.unstubAllGlobals());

  it('draws the layout in one go when the worker answers within the wait', async () => {
    vi.stubGlobal('Worker', fakeWorker(10));
    const refining: boolean[] = [];
    const adapter = new CytoscapeAdapter(null, { ...noop, onRefining: (r) => refining.push(r) }, { layoutWaitMs: 1000 });
    await adapter.placeAndLayout(elements, 'fcose', null);
    const start = initialPositions(nodes, elements.flatMap((e) => (e.group === 'edges' ? [[e.data.source, e.data.target] as const] : [])));
    expect(adapter.stats().nodes).toBe(450);
    expect(refining).toEqual([]);
    // Not the start spiral: the worker's positions are on the canvas.
    expect(adapter.positionOf('n0')).not.toEqual(start.n0);
    adapter.destroy();
  });

  it('shows start positions when the worker is slow, then moves to its layout', async () => {
    vi.stubGlobal('Worker', fakeWorker(150));
    const refining: boolean[] = [];
    const adapter = new CytoscapeAdapter(null, { ...noop, onRefining: (r) => refining.push(r) }, { layoutWaitMs: 20 });
    await adapter.placeAndLayout(elements, 'fcose', null);
    const start = initialPositions(nodes, elements.flatMap((e) => (e.group === 'edges' ? [[e.data.source, e.data.target] as const] : [])));
    expect(adapter.positionOf('n0')).toEqual(start.n0);
    expect(refining).toEqual([true]);
    await vi.waitFor(() => expect(refining).toEqual([true, false]), { timeout: 2000 });
    expect(adapter.positionOf('n0')).not.toEqual(start.n0);
    expect(adapter.stats().refineMs).toBe(150);
    adapter.destroy();
  });

  it('drops a slow layout that a newer one superseded', async () => {
    vi.stubGlobal('Worker', fakeWorker(100));
    const refining: boolean[] = [];
    const adapter = new CytoscapeAdapter(null, { ...noop, onRefining: (r) => refining.push(r) }, { layoutWaitMs: 10 });
    await adapter.placeAndLayout(elements, 'fcose', null);
    await adapter.placeAndLayout(elements.slice(0, 30), 'circle', null);
    const before = adapter.positionOf('n0');
    await new Promise((r) => setTimeout(r, 250));
    expect(adapter.positionOf('n0')).toEqual(before);
    expect(refining).toEqual([true, false]);
    adapter.destroy();
  });
});
