import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/index.ts';
import { timelineBins } from '../../../src/app/state/timelineBins.ts';
import { loadFixture } from '../loadFixture.ts';

describe('timelineBins', () => {
  it('counts relations per evidence day and fills empty days', () => {
    const bins = timelineBins(buildGraph(loadFixture()));
    expect(bins[0]).toEqual({ date: '2025-10-10', count: 1 });
    expect(bins[bins.length - 1]).toEqual({ date: '2025-11-02', count: 1 });
    expect(bins).toHaveLength(24);
    expect(bins.find((b) => b.date === '2025-10-19')?.count).toBe(3);
    expect(bins.find((b) => b.date === '2025-10-11')?.count).toBe(0);
  });
});
