// The one owner of the Cytoscape instance. Components and state never touch Cytoscape: they
// change state, and the graph canvas component hands the derived elements and display sets to
// this adapter, which turns them into batched Cytoscape calls. Taps come back through callbacks.

import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { GraphElement } from './elementData.ts';
import { buildStylesheet } from './buildStylesheet.ts';
import { DRAFT_LAYOUT_THRESHOLD, layoutOptions } from './layoutOptions.ts';
import { forceAtlasPositions } from './forceAtlasPositions.ts';
import type { ForceAtlasInput, ForceAtlasResult, Positions } from './forceAtlasPositions.ts';
import { initialPositions } from './initialPositions.ts';
import { boundsOfPositions, fitViewport } from './fitViewport.ts';
import type { Box, Insets } from './fitViewport.ts';
import type { LayoutName } from './layoutNames.ts';
import { clampExportScale } from './clampExportScale.ts';

export interface AdapterCallbacks {
  onTapNode(id: string): void;
  onTapEdge(id: string): void;
  onTapBackground(): void;
  /**
   * A large graph is drawn at once on start positions while ForceAtlas2 refines them in a worker:
   * called with true when that refinement starts and false when its positions are in place.
   */
  onRefining?(running: boolean): void;
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
  /** How long a large graph's first draw waits for ForceAtlas2 (ms). Default REFINE_WAIT_MS. */
  readonly layoutWaitMs?: number;
}

export type { Insets } from './fitViewport.ts';

/**
 * How long a large graph's first draw waits for ForceAtlas2 before showing the start positions.
 * Its elements are styled meanwhile, which takes about as long for 5k actors on a slow machine.
 */
const REFINE_WAIT_MS = 2500;

/** Above this many elements, refined positions are applied in one step instead of eased in. */
const TWEEN_MAX_ELEMENTS = 3000;

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
  /** The layout worker, kept between layouts; `busy` while a layout runs in it. */
  #worker: { worker: Worker; ready: Promise<void>; busy: boolean } | null = null;
  readonly #callbacks: AdapterCallbacks;
  /** Bumped by every layout: a refinement or tween that finds it changed has been superseded. */
  #layoutRun = 0;
  #cancelTween: (() => void) | null = null;
  /** Set when the user pans or zooms: a refinement arriving later then keeps their view. */
  #userMoved = false;
  #refineMs = 0;
  #refining = false;
  readonly #layoutWaitMs: number;

  constructor(container: HTMLElement | null, callbacks: AdapterCallbacks, options: AdapterOptions = {}) {
    this.#callbacks = callbacks;
    this.#layoutWaitMs = options.layoutWaitMs ?? REFINE_WAIT_MS;
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
    this.#cy.on('dragpan scrollzoom pinchzoom', () => {
      this.#userMoved = true;
    });
    // Large graphs: load the layout worker now, while the page is still light.
    if (large && container) this.#layoutWorker();
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
          // Writing equal data still restyles the element: on 25k elements that is seconds.
          if (!CytoscapeAdapter.#sameData(existing.data() as Record<string, unknown>, el.data)) existing.data({ ...el.data });
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

  static #sameData(current: Record<string, unknown>, next: object): boolean {
    for (const [k, v] of Object.entries(next)) if (current[k] !== v) return false;
    return true;
  }

  static #keyOf(elements: readonly GraphElement[]): string {
    return elements.map((e) => e.data.id).join('\u0001');
  }

  /** True when `elements` would change the set of ids on the canvas (so a layout is due). */
  wouldChange(elements: readonly GraphElement[]): boolean {
    return CytoscapeAdapter.#keyOf(elements) !== this.#elementKey;
  }

  /**
   * Puts elements on the canvas and lays them out. A large force-directed view starts ForceAtlas2
   * in a worker first, then adds its elements off-screen: the next frame computes every element's
   * style (the costliest step) while the worker runs, but draws nothing. The layout's positions
   * are then drawn in one frame (drawing twice costs seconds on big graphs). If the worker is not
   * back within REFINE_WAIT_MS, the start positions (hubs in the middle, see initialPositions.ts)
   * are drawn and the layout's positions follow when they come.
   * Resolves once the graph is drawn and answers input, with the time that took.
   */
  async placeAndLayout(elements: readonly GraphElement[], name: LayoutName, root: string | null): Promise<number> {
    this.#supersede();
    const nodes = elements.filter((e) => e.group === 'nodes').map((e) => e.data.id);
    if (name !== 'fcose' || nodes.length <= DRAFT_LAYOUT_THRESHOLD) {
      this.setElements(elements);
      return this.runLayout(name, root);
    }
    const cy = this.#cy;
    const run = this.#layoutRun;
    const started = performance.now();
    const edges = elements.flatMap((e) => (e.group === 'edges' ? [[e.data.source, e.data.target] as const] : []));
    const start = this.#startPositions(nodes, edges);
    const refined = this.#forceAtlas({ nodes, edges, start });
    await this.#workerStarted();
    // One task's pause before our long ones, so the input reaches the worker now (see #forceAtlas).
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (run !== this.#layoutRun) return 0;
    // Far off-screen: nothing is in view, so the coming frame styles the elements but culls them all.
    cy.viewport({ zoom: 1, pan: { x: -1e7, y: -1e7 } });
    this.setElements(elements, start);
    mark('graph:elements', started);
    const sizes = new Map(elements.map((e) => [e.data.id, e.group === 'nodes' ? e.data.size : 0]));
    const sizeOf = (id: string) => sizes.get(id) ?? 0;
    const early = await settleWithin(refined, this.#layoutWaitMs);
    if (run !== this.#layoutRun) return 0;
    if (early) {
      this.#refineMs = early.ms;
      markWorker(early);
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          const p = early.positions[n.id()];
          if (p) n.position(p);
        });
      });
      this.#fitBox(boundsOfPositions(early.positions, sizeOf));
    } else this.#fitBox(boundsOfPositions(start, sizeOf));
    await nextFrames(2);
    this.#layoutMs = performance.now() - started;
    mark('graph:first-draw', started);
    if (early) mark('graph:layout-refined', started);
    else if (run === this.#layoutRun) void this.#refine(refined, run, started);
    return this.#layoutMs;
  }

  /** Kept nodes stay where they are; new ones get spiral spots around the current centre. */
  #startPositions(nodes: readonly string[], edges: readonly (readonly [string, string])[]): Positions {
    const cy = this.#cy;
    const spiral = initialPositions(nodes, edges);
    const kept = cy.nodes();
    if (kept.empty()) return spiral;
    const bb = kept.boundingBox({ includeLabels: false });
    const cx = bb.x1 + bb.w / 2;
    const cyy = bb.y1 + bb.h / 2;
    const out: Positions = {};
    for (const id of nodes) {
      const node = cy.getElementById(id) as unknown as NodeSingular;
      const p = spiral[id]!;
      out[id] = node.nonempty() && node.isNode() ? { ...node.position() } : { x: cx + p.x, y: cyy + p.y };
    }
    return out;
  }

  /** Waits for the worker's positions and eases them in, unless a newer layout took over. */
  async #refine(refined: Promise<ForceAtlasResult>, run: number, started: number): Promise<void> {
    this.#setRefining(true);
    try {
      const result = await refined;
      if (run !== this.#layoutRun) return;
      this.#refineMs = result.ms;
      markWorker(result);
      await this.#tweenTo(result.positions, run, !this.#userMoved);
      mark('graph:layout-refined', started);
    } catch (error) {
      // Superseded workers are terminated and never answer; a real failure keeps the start layout.
      if (run === this.#layoutRun) console.warn(error);
    } finally {
      if (run === this.#layoutRun) this.#setRefining(false);
    }
  }

  #setRefining(running: boolean): void {
    if (running === this.#refining) return;
    this.#refining = running;
    this.#callbacks.onRefining?.(running);
  }

  /**
   * Moves nodes to `target` over a few frames (time-based, so a slow machine shows fewer frames,
   * not a longer animation; a frame slower than 150 ms ends it). The viewport follows when `fit`.
   */
  #tweenTo(target: Positions, run: number, fit: boolean): Promise<void> {
    const cy = this.#cy;
    const nodes = cy.nodes().filter((n) => target[n.id()] !== undefined).nodes();
    const from = nodes.map((n) => ({ ...n.position() }));
    const to = nodes.map((n) => target[n.id()]!);
    const sizes = new Map(nodes.map((n) => [n.id(), Number(n.data('size')) || 0]));
    const box = boundsOfPositions(target, (id) => sizes.get(id) ?? 0);
    const view0 = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    // A selected actor stays where it is on screen (it was centred for the user); else the view
    // fits the new layout, unless the user has moved it meanwhile.
    const selected = cy.nodes('.selected');
    const sel = selected.nonempty() ? (selected[0] as NodeSingular) : null;
    const anchor = sel && target[sel.id()] ? { from: { ...sel.renderedPosition() }, to: target[sel.id()]! } : null;
    const view1 = anchor
      ? { zoom: view0.zoom, pan: { x: anchor.from.x - view0.zoom * anchor.to.x, y: anchor.from.y - view0.zoom * anchor.to.y } }
      : fit && box
        ? this.#viewportFor(box)
        : null;
    const apply = (e: number) => {
      cy.batch(() => {
        nodes.forEach((n, i) => {
          const a = from[i]!;
          const b = to[i]!;
          n.position({ x: a.x + (b.x - a.x) * e, y: a.y + (b.y - a.y) * e });
        });
      });
      if (view1) {
        // Zoom eases geometrically; pan so the free area's centre moves in a straight line.
        const zoom = view0.zoom * Math.pow(view1.zoom / view0.zoom, e);
        cy.viewport({ zoom, pan: { x: view0.pan.x + (view1.pan.x - view0.pan.x) * e, y: view0.pan.y + (view1.pan.y - view0.pan.y) * e } });
      }
    };
    // Every frame of a tween moves every node and redraws every edge: past a few thousand
    // elements one such frame takes a second or more without a GPU, so large graphs jump.
    if (typeof requestAnimationFrame === 'undefined' || nodes.length + cy.edges().length > TWEEN_MAX_ELEMENTS) {
      apply(1);
      return Promise.resolve();
    }
    const duration = 700;
    return new Promise((resolve) => {
      const t0 = performance.now();
      let last = t0;
      let frame = 0;
      const finish = () => {
        this.#cancelTween = null;
        resolve();
      };
      const step = (now: number) => {
        if (run !== this.#layoutRun) return finish();
        const slow = now - last > 150 && now !== t0;
        last = now;
        const t = slow ? 1 : Math.min(1, (now - t0) / duration);
        apply(t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2);
        if (t < 1) frame = requestAnimationFrame(step);
        else finish();
      };
      this.#cancelTween = () => {
        cancelAnimationFrame(frame);
        apply(1);
        finish();
      };
      frame = requestAnimationFrame(step);
    });
  }

  /** A newer layout starts: stop the running worker and finish any tween where it was going. */
  #supersede(): void {
    this.#layoutRun++;
    if (this.#worker?.busy) {
      this.#worker.worker.terminate();
      this.#worker = null;
    }
    this.#cancelTween?.();
    this.#userMoved = false;
    // A terminated worker never answers: its refinement ends here.
    this.#setRefining(false);
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
      // Large graph, asked for again: ForceAtlas2 in a worker from fresh start positions, eased in.
      this.#supersede();
      const run = this.#layoutRun;
      const nodes = cy.nodes().map((n) => n.id());
      const edges = cy.edges().map((e) => [e.data('source') as string, e.data('target') as string] as const);
      const input: ForceAtlasInput = { nodes, edges, start: initialPositions(nodes, edges) };
      const result = await this.#forceAtlas(input);
      if (run !== this.#layoutRun) return 0;
      await this.#tweenTo(result.positions, run, true);
      this.#layoutMs = performance.now() - started;
      return this.#layoutMs;
    }
    this.#supersede();
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

  /** The layout worker, started on first use (or at construction for large graphs). */
  #layoutWorker(): { worker: Worker; ready: Promise<void>; busy: boolean } | null {
    if (typeof Worker === 'undefined') return null;
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./forceAtlas.worker.ts', import.meta.url), { type: 'module' });
    const ready = new Promise<void>((resolve) => {
      worker.addEventListener('message', function onReady(event: MessageEvent) {
        if (event.data !== 'ready') return;
        worker.removeEventListener('message', onReady);
        resolve();
      });
      worker.addEventListener('error', () => resolve(), { once: true });
    });
    this.#worker = { worker, ready, busy: false };
    return this.#worker;
  }

  /** Waits (at most a second) until the worker has loaded, so it is not starved by our long tasks. */
  async #workerStarted(): Promise<void> {
    const w = this.#worker;
    if (!w) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([w.ready, new Promise<void>((resolve) => (timer = setTimeout(resolve, 1000)))]);
    clearTimeout(timer);
  }

  /** Runs ForceAtlas2 in a Web Worker where there is one (browser), else inline (Node). */
  #forceAtlas(input: ForceAtlasInput): Promise<ForceAtlasResult> {
    const w = this.#layoutWorker();
    if (!w) {
      const started = performance.now();
      const positions = forceAtlasPositions(input);
      return Promise.resolve({ positions, ms: performance.now() - started });
    }
    // One layout at a time: #supersede terminated any running one before we got here.
    w.busy = true;
    return new Promise((resolve, reject) => {
      w.worker.onmessage = (event: MessageEvent<ForceAtlasResult | 'ready'>) => {
        if (event.data === 'ready') return;
        w.busy = false;
        resolve(event.data);
      };
      w.worker.onerror = (event) => {
        w.worker.terminate();
        if (this.#worker === w) this.#worker = null;
        reject(new Error(`layout worker failed: ${event.message}`));
      };
      // After "ready" only: Chromium holds messages posted to a worker that is still loading and
      // hands them over in a main-thread task, which then queues behind our long first frame.
      void w.ready.then(() => {
        if (this.#worker === w) w.worker.postMessage(input);
      });
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
    this.#fitBox(eles.boundingBox());
  }

  #fitBox(box: Box | null): void {
    const view = box ? this.#viewportFor(box) : null;
    if (view) this.#cy.viewport({ zoom: view.zoom, pan: { ...view.pan } });
  }

  #viewportFor(bounds: Box): { zoom: number; pan: { x: number; y: number } } | null {
    const cy = this.#cy;
    const width = cy.width();
    const height = cy.height();
    if (!(width > 0) || !(height > 0)) return null;
    const view = fitViewport({ width, height, bounds, insets: this.#insets, minZoom: cy.minZoom(), maxZoom: cy.maxZoom() });
    return { zoom: view.zoom, pan: { ...view.pan } };
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

  /** A node's model position (tests), or null when it is not on the canvas. */
  positionOf(id: string): { x: number; y: number } | null {
    const node = this.#cy.getElementById(id);
    return node.nonempty() && node.isNode() ? { ...(node as unknown as NodeSingular).position() } : null;
  }

  /** Read-only figures for the test hook and the benchmark. */
  stats(): { nodes: number; edges: number; layoutMs: number; refineMs: number; zoom: number; highlighted: string[]; renderer: string } {
    const cy = this.#cy;
    return {
      refineMs: this.#refineMs,
      renderer: this.#renderer,
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      layoutMs: this.#layoutMs,
      zoom: cy.zoom(),
      highlighted: cy.$('.highlighted').map((e) => e.id()),
    };
  }

  destroy(): void {
    this.#supersede();
    this.#worker?.worker.terminate();
    this.#worker = null;
    this.#cy.removeAllListeners();
    this.#cy.destroy();
  }
}

/** Resolves after `n` animation frames (at once where there are none: Node, headless). */
function nextFrames(n: number): Promise<void> {
  if (typeof requestAnimationFrame === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    const step = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
}

/** A performance measure from `start` to now, read by the UI benchmark (no-op where unsupported). */
function mark(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // Older runtimes without measure options: the figures are a diagnostic, not a feature.
  }
}

/**
 * The promise's value if it settles within `ms`, else (or on rejection) null. When the timer fires
 * after a long task, tasks queued meanwhile (a worker's answer) get one more turn before the verdict.
 */
async function settleWithin<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let value: T | null = null;
  let settled = false;
  const done = promise.then(
    (v) => {
      value = v;
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([done, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
  if (!settled) await new Promise<void>((resolve) => setTimeout(resolve, 0));
  return value;
}

/** The worker's own span, on the page's clock. */
function markWorker(result: ForceAtlasResult): void {
  const start = result.startedAt !== undefined ? result.startedAt - performance.timeOrigin : performance.now() - result.ms;
  try {
    performance.measure('graph:layout-worker', { start, end: start + result.ms });
  } catch {
    // See mark().
  }
}
