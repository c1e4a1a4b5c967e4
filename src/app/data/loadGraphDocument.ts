// Loads the graph the explorer shows: graph-data/graph.json (bundled by Vite, validated), or a
// generated synthetic graph when the URL asks for one (?synthetic=5000, for the benchmark).

import { validateGraphDocument } from '../../core/index.ts';
import type { GraphDocument } from '../../core/index.ts';
import { syntheticGraph } from './syntheticGraph.ts';

export interface LoadedGraph {
  readonly doc: GraphDocument;
  /** Where the document came from, shown in the header. */
  readonly source: string;
}


export async function loadGraphDocument(params: URLSearchParams): Promise<LoadedGraph> {
  const synthetic = Number(params.get('synthetic'));
  if (Number.isInteger(synthetic) && synthetic > 0) {
    return { doc: syntheticGraph(Math.min(synthetic, 20000), 4), source: `synthetic ${synthetic} actors` };
  }
  // A dynamic import: Vite bundles the JSON as its own chunk, fetched while the page already
  // shows progress.
  const json: unknown = (await import('../../../graph-data/graph.json')).default;
  return { doc: validateGraphDocument(json, 'graph-data/graph.json'), source: 'graph-data/graph.json' };
}
