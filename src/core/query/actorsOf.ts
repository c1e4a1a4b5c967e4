// The actor list of either a graph document or a built actor graph, so lookups accept both.

import type { ActorGraph } from '../graph/actorGraph.ts';
import type { Actor, GraphDocument } from '../model/graphDocument.ts';

export type ActorSource = GraphDocument | ActorGraph;

export function isGraphDocument(source: ActorSource): source is GraphDocument {
  return Array.isArray((source as GraphDocument).actors) && Array.isArray((source as GraphDocument).relations);
}

export function actorsOf(source: ActorSource): Actor[] {
  if (isGraphDocument(source)) return [...source.actors];
  return source.mapNodes((id, a) => ({
    id,
    name: a.name,
    type: a.type,
    aliases: a.aliases,
    affiliation: a.affiliation,
    role: a.role,
  }));
}
