// Pure: node positions from ForceAtlas2 (Barnes–Hut) for large graphs, where fCoSE's default
// quality takes minutes and its draft quality (spectral only) piles nodes on top of each other.
// Runs in a Web Worker in the browser (forceAtlas.worker.ts) and directly in Node tests.

import { MultiGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export type Positions = Record<string, { x: number; y: number }>;

export interface ForceAtlasInput {
  readonly nodes: readonly string[];
  readonly edges: readonly (readonly [string, string])[];
  /** Default: fewer iterations as the graph grows, so 5k nodes stay within seconds. */
  readonly iterations?: number;
  /** Canvas px of room per node in the result; positions are rescaled to it. */
  readonly spacing?: number;
  /**
   * Start positions (e.g. the ones already drawn, see initialPositions.ts): the layout refines the
   * picture on screen instead of starting from noise. Nodes missing here start at seeded random spots.
   */
  readonly start?: Readonly<Positions>;
}

/** What the layout worker posts back. */
export interface ForceAtlasResult {
  readonly positions: Positions;
  /** Time spent in the worker, graph building included. */
  readonly ms: number;
  /** When the worker started on it (epoch ms; worker clocks have their own time origin). */
  readonly startedAt?: number;
}

export function forceAtlasPositions(input: ForceAtlasInput): Positions {
  const n = input.nodes.length;
  const graph = new MultiGraph({ allowSelfLoops: false });
  // Seeded start positions: the same graph lays out the same way on every load.
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const start = input.start;
  for (const id of input.nodes) {
    const p = start?.[id];
    const rx = random();
    const ry = random();
    graph.addNode(id, p ? { x: p.x, y: p.y } : { x: rx * 1000, y: ry * 1000 });
  }
  for (const [s, t] of input.edges) {
    if (s !== t && graph.hasNode(s) && graph.hasNode(t)) graph.addEdge(s, t);
  }
  if (n === 0) return {};
  // A structured start (hubs in the middle) needs fewer steps than noise to settle.
  const iterations = input.iterations ?? (n > 3000 ? (start ? 50 : 80) : n > 1000 ? 200 : start ? 150 : 300);
  const positions = forceAtlas2(graph, {
    iterations,
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: n > 200, adjustSizes: false },
  });

  // Rescale so each node gets about `spacing` px of room: FA2's units depend on its settings.
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of Object.values(positions)) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  const spacing = input.spacing ?? 45;
  const target = spacing * Math.sqrt(n);
  const k = target / Math.max(x2 - x1, y2 - y1, 1e-9);
  const out: Positions = {};
  for (const [id, p] of Object.entries(positions)) out[id] = { x: (p.x - x1) * k, y: (p.y - y1) * k };
  return out;
}
