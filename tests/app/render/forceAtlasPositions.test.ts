import { describe, expect, it } from 'vitest';
import { forceAtlasPositions } from '../../../src/app/render/forceAtlasPositions.ts';

describe('forceAtlasPositions', () => {
  const nodes = Array.from({ length: 60 }, (_, i) => `n${i}`);
  const edges = nodes.slice(1).map((n, i) => [n, `n${Math.floor(i / 3)}`] as const);

  it('places every node, deterministically, within the requested spacing', () => {
    const a = forceAtlasPositions({ nodes, edges, iterations: 50, spacing: 40 });
    const b = forceAtlasPositions({ nodes, edges, iterations: 50, spacing: 40 });
    expect(Object.keys(a).sort()).toEqual([...nodes].sort());
    expect(a).toEqual(b);
    const xs = Object.values(a).map((p) => p.x);
    const ys = Object.values(a).map((p) => p.y);
    expect(Math.max(Math.max(...xs), Math.max(...ys))).toBeCloseTo(40 * Math.sqrt(60), 5);
  });

  it('puts linked nodes closer than unlinked ones on average', () => {
    const p = forceAtlasPositions({ nodes, edges, iterations: 100 });
    const d = (s: string, t: string) => Math.hypot(p[s]!.x - p[t]!.x, p[s]!.y - p[t]!.y);
    const linked = edges.reduce((sum, [s, t]) => sum + d(s, t), 0) / edges.length;
    const pairs = nodes.slice(1).map((n, i) => d(n, nodes[(i * 7 + 13) % nodes.length]!));
    expect(linked).toBeLessThan(pairs.reduce((a, b) => a + b, 0) / pairs.length);
  });

  it('ignores self-loops and unknown ends, and handles an empty graph', () => {
    expect(forceAtlasPositions({ nodes: [], edges: [] })).toEqual({});
    const p = forceAtlasPositions({ nodes: ['a', 'b'], edges: [['a', 'a'], ['a', 'zz'], ['a', 'b']], iterations: 10 });
    expect(Object.keys(p).sort()).toEqual(['a', 'b']);
  });
});

describe('forceAtlasPositions from start positions', () => {
  it('starts from the given positions: a few iterations keep the picture close to them', () => {
    const nodes = Array.from({ length: 30 }, (_, i) => `n${i}`);
    const edges = nodes.slice(1).map((n, i) => [n, `n${Math.floor(i / 2)}`] as const);
    const start = Object.fromEntries(nodes.map((id, i) => [id, { x: (i % 6) * 100, y: Math.floor(i / 6) * 100 }]));
    const p = forceAtlasPositions({ nodes, edges, start, iterations: 1, spacing: 100 });
    // n0 starts top left, n29 bottom right: after one step they are still on those sides.
    expect(p.n0!.x).toBeLessThan(p.n29!.x);
    expect(p.n0!.y).toBeLessThan(p.n29!.y);
    expect(forceAtlasPositions({ nodes, edges, start, iterations: 1, spacing: 100 })).toEqual(p);
  });
});
