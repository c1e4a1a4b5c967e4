// Public API of the analysis core: the one import the CLI and the explorer use.
// Pure TypeScript (no DOM, no node:), so it runs in Node and in the browser alike.

export * from './model/index.ts';
export { validateGraphDocument } from './model/validateGraphDocument.ts';
export { graphDocumentSchema } from './model/graphDocumentSchema.ts';

export type {
  ActorGraph,
  ActorNodeAttributes,
  RelationEdgeAttributes,
  ActorGraphAttributes,
  Corroboration,
} from './graph/actorGraph.ts';
export { buildGraph } from './graph/buildGraph.ts';
export type { ViewFilter } from './graph/viewFilter.ts';
export { filterView } from './graph/filterView.ts';
export { collapseToSimple } from './graph/collapseToSimple.ts';
export type { CollapseOptions, SimpleEdgeAttributes } from './graph/collapseToSimple.ts';

export { CENTRALITY_MEASURES, isCentralityMeasure } from './metrics/centralityMeasures.ts';
export type { CentralityMeasure } from './metrics/centralityMeasures.ts';
export { centrality } from './metrics/centrality.ts';
export type { CentralityOptions } from './metrics/centrality.ts';
export { rankActors } from './metrics/rankActors.ts';
export type { RankedActor, RankOptions } from './metrics/rankActors.ts';
export { degree, degreeByRelationType } from './metrics/degree.ts';
export { betweenness } from './metrics/betweenness.ts';
export { closeness } from './metrics/closeness.ts';
export { eigenvector } from './metrics/eigenvector.ts';
export { pagerank } from './metrics/pagerank.ts';

export { findPaths, MAX_PATH_LENGTH } from './query/findPaths.ts';
export type { FindPathsOptions, PathResult, ActorPath, PathHop } from './query/findPaths.ts';
export { mediationEvents, mediatorRanking } from './query/mediationEvents.ts';
export type { MediationEvent, MediationStatus, MediationQuery, MediatorRank } from './query/mediationEvents.ts';
export { egoNetwork } from './query/egoNetwork.ts';
export type { EgoOptions } from './query/egoNetwork.ts';
export { communities } from './query/communities.ts';
export type { CommunityResult, CommunityOptions } from './query/communities.ts';
export { resolveActor } from './query/resolveActor.ts';
export { UnknownActorError } from './query/unknownActorError.ts';
export { searchActors } from './query/searchActors.ts';
export type { ActorMatch, SearchOptions } from './query/searchActors.ts';
export { normalizeName } from './query/normalizeName.ts';

export { toGexf } from './io/toGexf.ts';
export { toGraphml } from './io/toGraphml.ts';
export { toCsv } from './io/toCsv.ts';
export type { CsvFiles } from './io/toCsv.ts';
export { toCytoscapeJson } from './io/toCytoscapeJson.ts';
export type { CytoscapeElements } from './io/toCytoscapeJson.ts';
export { toGraphDocumentJson, toGraphDocument } from './io/toGraphDocumentJson.ts';
