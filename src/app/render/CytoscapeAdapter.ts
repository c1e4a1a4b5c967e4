// The one owner of the Cytoscape instance. Components and state never touch Cytoscape: they
// change state, and the graph canvas component hands the derived elements and display sets to
// this adapter, which turns them into batched Cytoscape calls. Taps come back through callbacks.

import cytoscape from 'cytoscape';
import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphElement } from './elementData.ts';
import { buildStylesheet } from './buildStylesheet.ts';
import { DRAFT_LAYOUT_THRESHOLD, layoutOptions } from './layoutOptions.ts';
import { forceAtlasPositions } from './forceAtlasPositions.ts';
import type { ForceAtlasInput, Positions } from './forceAtlasPositions.ts';
import type { LayoutName } from './layoutNames.ts';
import { clampExportScale } from './clampExportScale.ts';

export interface AdapterCallbacks {
  onTapNode(id: string): void;
  onTapEdge(id: string): void;
  onTapBackground(): void;
}

export interface DisplayState {
  /** Selected node or edge id (gets the "selected" class). */
  readonly selected: string | null;
  /** When set, these ids stay bright and everything else is dimmed (paths, mediations, ego). */
  readonly focus: ReadonlySet<string> | null;
}

export interface AdapterOptions {
  /** Large graphs: haystack edges, label culling, WebGL when the browser offers it. */
  readonly large?: boolean;
  /** WebGL renderer (cytoscape ≥ 3.31, experimental); defaults to `large`. */
  readonly webgl?: boolean;
  /** Headless (Node tests, benchmarks without a container). */
  readonly headless?: boolean;
}

/** Screen space taken by overlays (legend, status), kept free when fitting the graph. */
export interface Insets {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

export interface ImageExportOptions {
  readonly full: boolean;
  readonly scale: number;
  readonly transparent: boolean;
}

export interface PngExport {
  readonly blob: Blob;
  /** The scale actually used after clamping to the browser's canvas limits. */
  readonly scale: number;
  readonly clamped: boolean;
}

export class CytoscapeAdapter {
  readonly #cy: Core;
  readonly #renderer: 'webgl' | 'canvas' | 'headless';
  #elementKey = '';
  #layoutMs = 0;
  #insets: Insets = NO_INSETS;
  #worker: Worker | null = null;

  constructor(container: HTMLElement | null, callbacks: AdapterCallbacks, options: AdapterOptions = {}) {
    const large = options.large ?? false;
    this.#cy = cytoscape({
      ...(container ? { container } : {}),
      headless: options.headless ?? container === null,
      style: buildStylesheet({ large }),
      minZoom: 0.05,
      maxZoom: 6,
      boxSelectionEnabled: false,
      // WebGL draws thousands of nodes fluidly; image export still uses the canvas path.
      ...(options.webgl ?? large ? { webgl: true } : {}),
      ...(large ? { hideEdgesOnViewport: true, textureOnViewport: true } : {}),
    } as cytoscape.CytoscapeOptions);
    this.#renderer = container === null || options.headless ? 'headless' : (options.webgl ?? large) ? 'webgl' : 'canvas';
    this.#cy.on('tap', 'node', (e) => callbacks.onTapNode(e.target.id()));
    this.#cy.on('tap', 'edge', (e) => callbacks.onTapEdge(e.target.id()));
    this.#cy.on('tap', (e) => {
      if (e.target === this.#cy) callbacks.onTapBackground();
    });
  }

  /**
   * Brings the canvas in line with `elements`: removes what is gone, adds what is new and updates
   * data in place, all in one batch. Returns true when the set of ids changed (a layout is due).
   */
  setElements(elements: readonly GraphElement[], positions?: Positions): boolean {
    const key = CytoscapeAdapter.#keyOf(elements);
    const cy = this.#cy;
    const wanted = new Map(elements.map((e) => [e.data.id, e]));
    cy.batch(() => {
      cy.elements().forEach((ele) => {
        if (!wanted.has(ele.id())) ele.remove();
      });
      const toAdd: ElementDefinition[] = [];
      // New nodes start on a spiral rather than all at (0,0): no overlapping-endpoint edges are
      // drawn in the frame before the layout runs.
      let spiral = cy.nodes().length;
      for (const el of elements) {
        const existing = cy.getElementById(el.data.id);
        const given = positions?.[el.data.id];
        if (existing.nonempty()) {
          existing.data({ ...el.data });
          if (given) existing.position(given);
        } else if (given) toAdd.push({ group: el.group, data: { ...el.data }, position: given });
        else if (el.group === 'nodes') {
          const a = spiral * 2.39996;
          const r = 30 * Math.sqrt(++spiral);
          toAdd.push({ group: 'nodes', data: { ...el.data }, position: { x: r * Math.cos(a), y: r * Math.sin(a) } });
        } else toAdd.push({ group: el.group, data: { ...el.data } });
      }
      // Nodes before edges, so every edge finds its ends.
      toAdd.sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
      cy.add(toAdd);
    });
    const changed = key !== this.#elementKey;
    this.#elementKey = key;
    return changed;
  }

  static #keyOf(elements: readonly GraphElement[]): string {
    return elements.map((e) => e.data.id).join('\u0001');
  }

  /** True when `elements` would change the set of ids on the canvas (so a layout is due). */
  wouldChange(elements: readonly GraphElement[]): boolean {
    return CytoscapeAdapter.#keyOf(elements) !== this.#elementKey;
  }

  /**
   * Puts elements on the canvas and lays them out. Large force-directed views get their positions
   * from ForceAtlas2 before they are added, so the canvas draws them once, in place.
   */
  async placeAndLayout(elements: readonly GraphElement[], name: LayoutName, root: string | null): Promise<number> {
    const nodes = elements.filter((e) => e.group === 'nodes').map((e) => e.data.id);
    if (name !== 'fcose' || nodes.length <= DRAFT_LAYOUT_THRESHOLD) {
      this.setElements(elements);
      return this.runLayout(name, root);
    }
    const started = performance.now();
    const edges = elements.flatMap((e) => (e.group === 'edges' ? [[e.data.source, e.data.target] as const] : []));
    const positions = await this.#forceAtlas({ nodes, edges });
    this.setElements(elements, positions);
    this.fit();
    this.#layoutMs = performance.now() - started;
    return this.#layoutMs;
  }

  /** Applies selection and focus as classes; the model is not touched. */
  setDisplay(display: DisplayState): void {
    const cy = this.#cy;
    cy.batch(() => {
      cy.elements().removeClass('selected highlighted dimmed');
      if (display.focus) {
        const focus = display.focus;
        cy.elements().forEach((ele) => {
          ele.addClass(focus.has(ele.id()) ? 'highlighted' : 'dimmed');
        });
      }
      if (display.selected) cy.getElementById(display.selected).addClass('selected');
    });
  }

  /** Runs a layout to completion; returns its duration in ms. */
  async runLayout(name: LayoutName, root: string | null = null): Promise<number> {
    const cy = this.#cy;
    const started = performance.now();
    if (name === 'fcose' && cy.nodes().length > DRAFT_LAYOUT_THRESHOLD) {
      // Large graph: ForceAtlas2 in a worker, then the positions as a preset layout.
      const input: ForceAtlasInput = {
        nodes: cy.nodes().map((n) => n.id()),
        edges: cy.edges().map((e) => [e.data('source') as string, e.data('target') as string] as const),
      };
      const positions = await this.#forceAtlas(input);
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          const p = positions[n.id()];
          if (p) n.position(p);
        });
      });
      this.#layoutMs = performance.now() - started;
      this.fit();
      return this.#layoutMs;
    }
    return new Promise((resolve) => {
      if (cy.nodes().empty()) {
        resolve(0);
        return;
      }
      const layout = cy.layout({ ...layoutOptions(name, cy.nodes().length, root), fit: false } as cytoscape.LayoutOptions);
      layout.one('layoutstop', () => {
        this.#layoutMs = performance.now() - started;
        this.fit();
        resolve(this.#layoutMs);
      });
      layout.run();
    });
  }

  /** Runs ForceAtlas2 in a Web Worker where there is one (browser), else inline (Node). */
  #forceAtlas(input: ForceAtlasInput): Promise<Positions> {
    if (typeof Worker === 'undefined') return Promise.resolve(forceAtlasPositions(input));
    // One layout at a time: a newer request supersedes a running one.
    this.#worker?.terminate();
    const worker = new Worker(new URL('./forceAtlas.worker.ts', import.meta.url), { type: 'module' });
    this.#worker = worker;
    return new Promise((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<Positions>) => {
        worker.terminate();
        if (this.#worker === worker) this.#worker = null;
        resolve(event.data);
      };
      worker.onerror = (event) => {
        worker.terminate();
        reject(new Error(`layout worker failed: ${event.message}`));
      };
      worker.postMessage(input);
    });
  }

  setInsets(insets: Insets): void {
    this.#insets = insets;
  }

  /** Fits the graph (or the given ids) into the part of the canvas no overlay covers. */
  fit(ids?: ReadonlySet<string>): void {
    const cy = this.#cy;
    const eles = ids && ids.size > 0 ? cy.elements().filter((e) => ids.has(e.id())) : cy.elements();
    if (eles.empty()) return;
    const padding = 30;
    const { top, right, bottom, left } = this.#insets;
    const w = cy.width() - left - right - 2 * padding;
    const h = cy.height() - top - bottom - 2 * padding;
    if (w < 100 || h < 100) {
      cy.fit(eles, padding);
      return;
    }
    const bb = eles.boundingBox();
    // A tiny graph is not blown up past 1.6×: huge nodes read worse than a little white space.
    const zoom = Math.max(cy.minZoom(), Math.min(1.6, cy.maxZoom(), w / Math.max(bb.w, 1), h / Math.max(bb.h, 1)));
    cy.viewport({
      zoom,
      pan: { x: left + padding + w / 2 - zoom * (bb.x1 + bb.w / 2), y: top + padding + h / 2 - zoom * (bb.y1 + bb.h / 2) },
    });
  }

  zoomBy(factor: number): void {
    const cy = this.#cy;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Centres on a node or edge without changing zoom unless it is too far out to read labels. */
  center(id: string): void {
    const cy = this.#cy;
    const ele = cy.getElementById(id);
    if (ele.empty()) return;
    if (cy.zoom() < 0.8) cy.zoom(1);
    cy.center(ele);
  }

  resize(): void {
    this.#cy.resize();
  }

  async exportPng(options: ImageExportOptions): Promise<PngExport> {
    const cy = this.#cy;
    const bb = cy.elements().boundingBox();
    const width = options.full ? Math.ceil(bb.w) : cy.width();
    const height = options.full ? Math.ceil(bb.h) : cy.height();
    const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
    const { scale, clamped } = clampExportScale(width * ratio, height * ratio, options.scale);
    const blob = await cy.png({
      output: 'blob-promise',
      full: options.full,
      scale,
      ...(options.transparent ? {} : { bg: '#ffffff' }),
    });
    if (!blob || blob.size === 0) throw new Error('PNG export produced an empty image');
    return { blob, scale, clamped };
  }

  exportSvg(options: ImageExportOptions): string {
    const svg = this.#cy.svg({
      full: options.full,
      scale: options.scale,
      ...(options.transparent ? {} : { bg: '#ffffff' }),
    });
    if (!svg) throw new Error('SVG export produced an empty document');
    return svg;
  }

  /** Read-only figures for the test hook and the benchmark. */
  stats(): { nodes: number; edges: number; layoutMs: number; zoom: number; highlighted: string[]; renderer: string } {
    const cy = this.#cy;
    return {
      renderer: this.#renderer,
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      layoutMs: this.#layoutMs,
      zoom: cy.zoom(),
      highlighted: cy.$('.highlighted').map((e) => e.id()),
    };
  }

  destroy(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#cy.removeAllListeners();
    this.#cy.destroy();
  }
}
