// Back to our own graph document (e.g. to save a filtered view). Deterministic: documents, actors
// and relations sorted by id and fields in a fixed order, so the same graph gives the same bytes.

import type { ActorGraph } from '../graph/actorGraph.ts';
import type { Actor, GraphDocument, Relation, SourceDocument } from '../model/graphDocument.ts';

export function toGraphDocument(graph: ActorGraph): GraphDocument {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const documents: SourceDocument[] = (graph.getAttribute('documents') ?? []).map((d) => ({
    id: d.id,
    title: d.title,
    date: d.date,
    ...(d.dateEstimated !== undefined ? { dateEstimated: d.dateEstimated } : {}),
    outlet: d.outlet,
    file: d.file,
    text: d.text,
  }));
  const actors: Actor[] = graph.mapNodes((id, a) => ({
    id,
    name: a.name,
    type: a.type,
    aliases: [...a.aliases],
    affiliation: a.affiliation,
    role: a.role,
  }));
  const relations: Relation[] = graph.mapEdges((id, a, source, target) => ({
    id,
    type: a.type,
    source,
    target,
    ...(a.parties !== undefined ? { parties: [...a.parties] } : {}),
    ...(a.venue !== undefined ? { venue: a.venue } : {}),
    ...(a.event !== undefined ? { event: a.event } : {}),
    date: a.date,
    dateSource: a.dateSource,
    evidence: a.evidence.map((e) => ({ doc: e.doc, quote: e.quote, start: e.start, end: e.end, date: e.date, dateSource: e.dateSource })),
  }));
  return { documents: documents.sort(byId), actors: actors.sort(byId), relations: relations.sort(byId) };
}

export function toGraphDocumentJson(graph: ActorGraph): string {
  return JSON.stringify(toGraphDocument(graph), null, 2) + '\n';
}
