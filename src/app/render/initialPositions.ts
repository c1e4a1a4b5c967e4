// Pure: instant start positions for a large graph, drawn while ForceAtlas2 runs in its worker and
// handed to it as its starting point. A sunflower (Vogel) spiral ordered by degree: hubs in the
// middle, leaves outside, so edges mostly run inwards and the first frame already reads as the
// same picture the force layout will refine, not a random hairball.

import type { Positions } from './forceAtlasPositions.ts';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function initialPositions(
  nodes: readonly string[],
  edges: readonly (readonly [string, string])[],
  spacing = 45,
): Positions {
  if (!(spacing > 0)) throw new Error(`initialPositions: spacing must be positive, got ${spacing}`);
  const degree = new Map<string, number>();
  for (const id of nodes) degree.set(id, 0);
  for (const [s, t] of edges) {
    if (s === t) continue;
    if (degree.has(s)) degree.set(s, degree.get(s)! + 1);
    if (degree.has(t)) degree.set(t, degree.get(t)! + 1);
  }
  // Stable: equal degrees keep their input order, so the same graph always starts the same way.
  const order = nodes.map((id, i) => ({ id, i, d: degree.get(id)! }));
  order.sort((a, b) => b.d - a.d || a.i - b.i);
  // Vogel's spiral gives each point about π·c² of room; c = spacing / √π gives spacing² per node.
  const c = spacing / Math.sqrt(Math.PI);
  const out: Positions = {};
  order.forEach(({ id }, k) => {
    const r = c * Math.sqrt(k + 0.5);
    const a = k * GOLDEN_ANGLE;
    out[id] = { x: r * Math.cos(a), y: r * Math.sin(a) };
  });
  return out;
}
