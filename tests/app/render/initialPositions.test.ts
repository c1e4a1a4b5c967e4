import { describe, expect, it } from 'vitest';
import { initialPositions } from '../../../src/app/render/initialPositions.ts';

describe('initialPositions', () => {
  it('rejects a non-positive spacing and handles no nodes', () => {
    expect(() => initialPositions(['a'], [], 0)).toThrow(/initialPositions: spacing/);
    expect(initialPositions([], [])).toEqual({});
  });

  it('puts the best-connected node in the middle and leaves outside, deterministically', () => {
    const nodes = ['leaf1', 'hub', 'leaf2', 'leaf3', 'mid'];
    const edges = [['hub', 'leaf1'], ['hub', 'leaf2'], ['hub', 'mid'], ['mid', 'leaf3'], ['hub', 'hub']] as const;
    const p = initialPositions(nodes, edges);
    const r = (id: string) => Math.hypot(p[id]!.x, p[id]!.y);
    expect(Object.keys(p).sort()).toEqual([...nodes].sort());
    expect(r('hub')).toBeLessThan(r('mid'));
    expect(r('mid')).toBeLessThan(r('leaf3'));
    expect(initialPositions(nodes, edges)).toEqual(p);
  });

  it('gives each node about spacing² of room', () => {
    const nodes = Array.from({ length: 400 }, (_, i) => `n${i}`);
    const p = initialPositions(nodes, [], 40);
    const maxR = Math.max(...Object.values(p).map((q) => Math.hypot(q.x, q.y)));
    // Disc area π·R² ≈ n·spacing².
    expect((Math.PI * maxR * maxR) / (400 * 40 * 40)).toBeGreaterThan(0.9);
    expect((Math.PI * maxR * maxR) / (400 * 40 * 40)).toBeLessThan(1.1);
  });
});
