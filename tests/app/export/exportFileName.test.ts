import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/app/export/exportFileName.ts';

describe('exportFileName', () => {
  it('names the view and the date window', () => {
    expect(exportFileName({ filtered: true, dateFrom: '2025-10-15', dateTo: '2025-11-16', ego: null, extension: 'png' })).toBe(
      'actor-graph_filtered_2025-10-15_2025-11-16.png',
    );
  });
  it('names an unfiltered full graph, an ego focus and a viewport image', () => {
    expect(exportFileName({ filtered: false, dateFrom: null, dateTo: null, ego: null, extension: 'gexf' })).toBe('actor-graph_all.gexf');
    expect(exportFileName({ filtered: true, dateFrom: null, dateTo: '2025-11-01', ego: 'qatar', scope: 'viewport', extension: 'svg' })).toBe(
      'actor-graph_filtered_ego-qatar_start_2025-11-01_viewport.svg',
    );
  });
});
