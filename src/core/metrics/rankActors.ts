// Actors sorted by a centrality measure, with ranks: what the CLI prints and the explorer lists.

import type { ActorGraph } from '../graph/actorGraph.ts';
import type { ActorType } from '../model/actorTypes.ts';
import { centrality } from './centrality.ts';
import type { CentralityOptions } from './centrality.ts';
import type { CentralityMeasure } from './centralityMeasures.ts';

export type RankedActor = {
  /** Competition rank ("1224"): tied scores share a rank. */
  rank: number;
  id: string;
  name: string;
  type: ActorType;
  score: number;
};

export type RankOptions = CentralityOptions & {
  /** Keep only the first `top` rows (ties at the cut are cut too). Default: all. */
  top?: number;
};

// Scores computed by different summation orders differ in the last bits; treat those as ties.
const TIE_EPSILON = 1e-12;

export function rankActors(graph: ActorGraph, measure: CentralityMeasure, options: RankOptions = {}): RankedActor[] {
  const { top, ...measureOptions } = options;
  if (top !== undefined && !(Number.isInteger(top) && top > 0)) {
    throw new Error(`rankActors: top must be a positive integer, got ${top}`);
  }
  const scores = centrality(graph, measure, measureOptions);
  const rows = Object.entries(scores).map(([id, score]) => {
    const { name, type } = graph.getNodeAttributes(id);
    return { rank: 0, id, name, type, score };
  });
  // Name breaks ties so the order is stable across runs and platforms.
  rows.sort((a, b) => (Math.abs(b.score - a.score) > TIE_EPSILON ? b.score - a.score : a.name.localeCompare(b.name)));
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    row.rank = previous && Math.abs(previous.score - row.score) <= TIE_EPSILON ? previous.rank : i + 1;
  });
  return top === undefined ? rows : rows.slice(0, top);
}
