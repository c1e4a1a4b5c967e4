// One entry point for every measure, so the CLI and explorer pick a measure by name.

import type { ActorGraph } from '../graph/actorGraph.ts';
import { isRelationType } from '../model/relationTypes.ts';
import { betweenness } from './betweenness.ts';
import { CENTRALITY_MEASURES, isCentralityMeasure } from './centralityMeasures.ts';
import type { CentralityMeasure } from './centralityMeasures.ts';
import { closeness } from './closeness.ts';
import { degree } from './degree.ts';
import { eigenvector } from './eigenvector.ts';
import type { MeasureOptions } from './measureOptions.ts';
import { pagerank } from './pagerank.ts';

export type CentralityOptions = MeasureOptions;

/** Score per actor id. Degree measures count relations; the others run on the collapsed simple graph. */
export function centrality(
  graph: ActorGraph,
  measure: CentralityMeasure,
  options: CentralityOptions = {},
): Record<string, number> {
  if (!isCentralityMeasure(measure)) {
    throw new Error(`centrality: unknown measure "${String(measure)}" (expected one of ${CENTRALITY_MEASURES.join(', ')})`);
  }
  for (const t of options.relationTypes ?? []) {
    if (!isRelationType(t)) throw new Error(`centrality: unknown relation type "${String(t)}"`);
  }
  const { relationTypes } = options;
  switch (measure) {
    case 'degree':
      return degree(graph, { direction: 'both', relationTypes });
    case 'inDegree':
      return degree(graph, { direction: 'in', relationTypes });
    case 'outDegree':
      return degree(graph, { direction: 'out', relationTypes });
    case 'betweenness':
      return betweenness(graph, options);
    case 'closeness':
      return closeness(graph, options);
    case 'eigenvector':
      return eigenvector(graph, options);
    case 'pagerank':
      return pagerank(graph, options);
  }
}
