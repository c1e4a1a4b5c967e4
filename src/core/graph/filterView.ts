// A filtered copy of the actor graph: what the explorer shows and what metrics run on.

import { MultiDirectedGraph } from 'graphology';
import { isActorType } from '../model/actorTypes.ts';
import type { SourceDocument } from '../model/graphDocument.ts';
import { isRelationType } from '../model/relationTypes.ts';
import type { ActorGraph } from './actorGraph.ts';
import { corroborationOf } from './corroborationOf.ts';
import { checkWindow, evidencePredicate } from './evidenceFilter.ts';
import type { ViewFilter } from './viewFilter.ts';

/**
 * Returns a new graph with only the actors and relations that pass `filter`; the input is not
 * changed. The date window and document set act on evidence: a relation keeps only its passing
 * evidence (its date and corroboration are recomputed from it) and is dropped when none passes.
 */
export function filterView(graph: ActorGraph, filter: ViewFilter = {}): ActorGraph {
  for (const t of filter.relationTypes ?? []) {
    if (!isRelationType(t)) throw new Error(`filterView: unknown relation type "${String(t)}"`);
  }
  for (const t of filter.actorTypes ?? []) {
    if (!isActorType(t)) throw new Error(`filterView: unknown actor type "${String(t)}"`);
  }
  checkWindow('filterView', filter);

  const relationTypes = filter.relationTypes ? new Set<string>(filter.relationTypes) : null;
  const actorTypes = filter.actorTypes ? new Set<string>(filter.actorTypes) : null;
  const keepEvidence = evidencePredicate(filter);
  const documents = graph.getAttribute('documents') ?? [];
  const documentsById = new Map<string, SourceDocument>(documents.map((d) => [d.id, d]));

  const view: ActorGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  view.replaceAttributes({ ...graph.getAttributes() });

  graph.forEachNode((node, attributes) => {
    if (!actorTypes || actorTypes.has(attributes.type)) view.addNode(node, { ...attributes });
  });

  graph.forEachEdge((edge, attributes, source, target) => {
    if (relationTypes && !relationTypes.has(attributes.type)) return;
    if (!view.hasNode(source) || !view.hasNode(target)) return;
    if (!keepEvidence) {
      view.addDirectedEdgeWithKey(edge, source, target, { ...attributes });
      return;
    }
    const evidence = attributes.evidence.filter(keepEvidence);
    if (evidence.length === 0) return;
    const date = evidence.reduce((min, e) => (e.date < min ? e.date : min), evidence[0]!.date);
    view.addDirectedEdgeWithKey(edge, source, target, {
      ...attributes,
      evidence,
      date,
      dateSource: evidence.some((e) => e.dateSource === 'text') ? 'text' : 'article',
      corroboration: corroborationOf(evidence, documentsById),
    });
  });

  if (filter.hideIsolated) {
    // nodes() is a snapshot array, so dropping while iterating it is safe.
    for (const node of view.nodes()) {
      if (view.degree(node) === 0) view.dropNode(node);
    }
  }
  return view;
}
