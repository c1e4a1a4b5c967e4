// Graph document → graphology multigraph: the one structure every metric, query and export reads.

import { MultiDirectedGraph } from 'graphology';
import type { GraphDocument, SourceDocument } from '../model/graphDocument.ts';
import type { ActorGraph, RelationEdgeAttributes } from './actorGraph.ts';
import { corroborationOf } from './corroborationOf.ts';

/**
 * Builds the actor graph. Expects a validated document (see validateGraphDocument); a relation
 * naming an unknown actor throws, since silently adding a bare node would hide an extractor bug.
 */
export function buildGraph(doc: GraphDocument): ActorGraph {
  const graph: ActorGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  const documentsById = new Map<string, SourceDocument>(doc.documents.map((d) => [d.id, d]));
  graph.replaceAttributes({ documents: doc.documents });

  for (const actor of doc.actors) {
    graph.addNode(actor.id, {
      name: actor.name,
      type: actor.type,
      aliases: actor.aliases,
      affiliation: actor.affiliation,
      role: actor.role,
    });
  }

  for (const relation of doc.relations) {
    for (const end of [relation.source, relation.target]) {
      if (!graph.hasNode(end)) {
        throw new Error(`buildGraph: relation "${relation.id}" names unknown actor "${end}"`);
      }
    }
    const attributes: RelationEdgeAttributes = {
      ...relation,
      corroboration: corroborationOf(relation.evidence, documentsById),
    };
    graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, attributes);
  }
  return graph;
}
