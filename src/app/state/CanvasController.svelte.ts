// Between the app and the Cytoscape adapter: holds the one adapter of the mounted canvas, turns
// state changes into adapter calls (elements, display classes, layouts) and reports progress
// while a layout runs. Components call these commands; only the adapter talks to Cytoscape.

import type { CytoscapeAdapter, DisplayState, ImageExportOptions, Insets, PngExport } from '../render/CytoscapeAdapter.ts';
import type { GraphElement } from '../render/elementData.ts';
import type { LayoutName } from '../render/layoutNames.ts';

/** Lets the browser paint the progress message before blocking work starts. */
const nextPaint = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export class CanvasController {
  #adapter: CytoscapeAdapter | null = null;
  #layout: LayoutName | null = null;
  #run = 0;
  /** Last display state, re-applied once elements that arrived later are on the canvas. */
  #display: DisplayState = { selected: null, focus: null };

  /** Shown over the canvas while non-empty (layout in progress). */
  busy = $state<string | null>(null);
  /** Last layout duration in ms, shown in the status bar and read by the benchmark. */
  layoutMs = $state(0);
  /** Increments after each finished layout: the test hook and bench wait on it. */
  layouts = $state(0);
  nodeCount = $state(0);
  edgeCount = $state(0);

  /** Overlay sizes (legend, status bar) the fit keeps clear of; set by the stage. */
  setInsets(insets: Insets): void {
    this.#adapter?.setInsets(insets);
  }

  attach(adapter: CytoscapeAdapter): void {
    this.#adapter = adapter;
    this.#layout = null;
  }

  detach(): void {
    this.#adapter = null;
  }

  get adapter(): CytoscapeAdapter | null {
    return this.#adapter;
  }

  /** Puts elements on the canvas; lays out again when the element set or the layout changed. */
  async sync(elements: readonly GraphElement[], layout: LayoutName, root: string | null): Promise<void> {
    const adapter = this.#adapter;
    if (!adapter) return;
    const changed = adapter.wouldChange(elements);
    if (!changed && layout === this.#layout) {
      // Same ids: new sizes or colours only, positions and zoom stay.
      adapter.setElements(elements);
      return;
    }
    this.#layout = layout;
    const run = ++this.#run;
    const nodes = elements.reduce((n, e) => n + (e.group === 'nodes' ? 1 : 0), 0);
    this.busy = `Laying out ${nodes.toLocaleString()} actors…`;
    await nextPaint();
    // A newer sync started while this one waited: let it do the work.
    if (run !== this.#run || adapter !== this.#adapter) return;
    const ms = await adapter.placeAndLayout(elements, layout, root);
    if (run !== this.#run) return;
    adapter.setDisplay(this.#display);
    const stats = adapter.stats();
    this.nodeCount = stats.nodes;
    this.edgeCount = stats.edges;
    this.layoutMs = ms;
    this.busy = null;
    this.layouts++;
  }

  display(state: DisplayState): void {
    this.#display = state;
    this.#adapter?.setDisplay(state);
  }

  fit(ids?: ReadonlySet<string>): void {
    this.#adapter?.fit(ids);
  }

  zoomBy(factor: number): void {
    this.#adapter?.zoomBy(factor);
  }

  center(id: string): void {
    this.#adapter?.center(id);
  }

  relayout(layout: LayoutName, root: string | null): void {
    this.#layout = null;
    const adapter = this.#adapter;
    if (!adapter) return;
    this.busy = 'Laying out…';
    void nextPaint().then(async () => {
      this.layoutMs = await adapter.runLayout(layout, root);
      this.#layout = layout;
      this.busy = null;
      this.layouts++;
    });
  }

  async exportPng(options: ImageExportOptions): Promise<PngExport> {
    if (!this.#adapter) throw new Error('exportPng: the graph is not on screen');
    return this.#adapter.exportPng(options);
  }

  exportSvg(options: ImageExportOptions): string {
    if (!this.#adapter) throw new Error('exportSvg: the graph is not on screen');
    return this.#adapter.exportSvg(options);
  }
}
