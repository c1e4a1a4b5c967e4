import { describe, expect, it } from 'vitest';
import { clampExportScale, MAX_CANVAS_AREA, MAX_CANVAS_SIDE } from '../../../src/app/render/clampExportScale.ts';

describe('clampExportScale', () => {
  it('keeps a scale that fits', () => {
    expect(clampExportScale(1200, 800, 4)).toEqual({ scale: 4, clamped: false });
  });
  it('lowers the scale so no side exceeds the canvas limit', () => {
    const { scale, clamped } = clampExportScale(20000, 1000, 4);
    expect(clamped).toBe(true);
    expect(20000 * scale).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
  });
  it('lowers the scale so the area stays under the pixel limit', () => {
    const { scale, clamped } = clampExportScale(12000, 12000, 4);
    expect(clamped).toBe(true);
    expect(12000 * scale * 12000 * scale).toBeLessThanOrEqual(MAX_CANVAS_AREA);
  });
});
