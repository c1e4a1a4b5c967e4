// Counts how independently a relation is attested, from its evidence and the documents' outlets.

import type { Evidence, SourceDocument } from '../model/graphDocument.ts';
import type { Corroboration } from './actorGraph.ts';

export function corroborationOf(
  evidence: readonly Evidence[],
  documentsById: ReadonlyMap<string, SourceDocument>,
): Corroboration {
  const docs = new Set(evidence.map((e) => e.doc));
  const outlets = new Set<string>();
  for (const id of docs) {
    const outlet = documentsById.get(id)?.outlet;
    // A null outlet means "not named in the text": it cannot count as an independent source.
    if (outlet) outlets.add(outlet);
  }
  return { documents: docs.size, outlets: outlets.size, mentions: evidence.length };
}
