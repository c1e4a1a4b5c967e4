// Fitting a box into the free part of the canvas, with a corner overlay kept clear.
import { describe, expect, it } from 'vitest';
import { boundsOfPositions, fitViewport } from '../../../src/app/render/fitViewport.ts';

const NONE = { top: 0, right: 0, bottom: 0, left: 0 };

describe('fitViewport', () => {
  it('rejects an empty canvas and non-finite bounds', () => {
    expect(() => fitViewport({ width: 0, height: 100, bounds: { x1: 0, y1: 0, w: 1, h: 1 }, insets: NONE })).toThrow(/fitViewport: canvas size/);
    expect(() => fitViewport({ width: 100, height: 100, bounds: { x1: NaN, y1: 0, w: 1, h: 1 }, insets: NONE })).toThrow(/fitViewport: bounds/);
  });

  it('centres the box in the padded canvas', () => {
    const v = fitViewport({ width: 1000, height: 800, bounds: { x1: 0, y1: 0, w: 940, h: 100 }, insets: NONE, padding: 30 });
    expect(v.zoom).toBeCloseTo(1, 9);
    // Box centre (470, 50) lands on the canvas centre (500, 400).
    expect(v.pan.x + v.zoom * 470).toBeCloseTo(500, 9);
    expect(v.pan.y + v.zoom * 50).toBeCloseTo(400, 9);
  });

  it('does not blow a tiny graph up past the fit cap', () => {
    const v = fitViewport({ width: 1000, height: 800, bounds: { x1: 0, y1: 0, w: 10, h: 10 }, insets: NONE });
    expect(v.zoom).toBe(1.6);
  });

  it('keeps a bottom-left overlay clear along the side that costs the graph least', () => {
    const corner = { width: 300, height: 200 };
    // A wide graph: giving up 200 px of height hurts less than 300 px of width.
    const wide = fitViewport({ width: 1000, height: 800, bounds: { x1: 0, y1: 0, w: 2000, h: 400 }, insets: { ...NONE, bottomLeft: corner }, padding: 0 });
    expect(wide.zoom).toBeCloseTo(0.5, 9);
    expect(wide.pan.y + wide.zoom * 400).toBeLessThanOrEqual(600 + 1e-9); // bottom edge above the overlay
    // A tall graph: the strip on the left is the cheaper one.
    const tall = fitViewport({ width: 1000, height: 800, bounds: { x1: 0, y1: 0, w: 400, h: 1600 }, insets: { ...NONE, bottomLeft: corner }, padding: 0 });
    expect(tall.zoom).toBeCloseTo(0.5, 9);
    expect(tall.pan.x).toBeGreaterThanOrEqual(300 - 1e-9); // left edge right of the overlay
  });

  it('ignores an overlay that would leave almost no room', () => {
    const v = fitViewport({ width: 400, height: 300, bounds: { x1: 0, y1: 0, w: 100, h: 100 }, insets: { ...NONE, bottomLeft: { width: 390, height: 290 } }, padding: 0 });
    expect(v.zoom).toBe(1.6);
    expect(v.pan.x + v.zoom * 50).toBeCloseTo(200, 9);
  });
});

describe('boundsOfPositions', () => {
  it('is null for no positions and grows by half the node size', () => {
    expect(boundsOfPositions({})).toBeNull();
    expect(boundsOfPositions({ a: { x: 0, y: 0 }, b: { x: 10, y: 20 } }, () => 4)).toEqual({ x1: -2, y1: -2, w: 14, h: 24 });
  });
});
