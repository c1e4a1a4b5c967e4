// Counts relations per day for the timeline histogram: one count per relation and distinct
// evidence date, matching how the date filter acts on evidence (a relation reported on three
// days shows on all three).

import type { ActorGraph } from '../../core/index.ts';

export interface TimelineBin {
  readonly date: string;
  readonly count: number;
}

export function timelineBins(graph: ActorGraph): TimelineBin[] {
  const counts = new Map<string, number>();
  graph.forEachEdge((_edge, attrs) => {
    for (const date of new Set(attrs.evidence.map((e) => e.date))) {
      counts.set(date, (counts.get(date) ?? 0) + 1);
    }
  });
  const dates = [...counts.keys()].sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first === undefined || last === undefined) return [];
  // Fill empty days so the histogram's x axis is proportional to time.
  const bins: TimelineBin[] = [];
  for (let d = new Date(`${first}T00:00:00Z`); ; d.setUTCDate(d.getUTCDate() + 1)) {
    const iso = d.toISOString().slice(0, 10);
    bins.push({ date: iso, count: counts.get(iso) ?? 0 });
    if (iso >= last || bins.length > 3660) break;
  }
  return bins;
}
