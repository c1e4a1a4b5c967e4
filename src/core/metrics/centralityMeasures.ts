// The centrality measures the core offers, as one list the CLI, the explorer and the tests share.

export const CENTRALITY_MEASURES = [
  'degree',
  'inDegree',
  'outDegree',
  'betweenness',
  'closeness',
  'eigenvector',
  'pagerank',
] as const;

export type CentralityMeasure = (typeof CENTRALITY_MEASURES)[number];

export function isCentralityMeasure(value: unknown): value is CentralityMeasure {
  return typeof value === 'string' && (CENTRALITY_MEASURES as readonly string[]).includes(value);
}
