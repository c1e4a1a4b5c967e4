// Test helper: a valid graph document from a plain edge list, one relation per pair, each with
// real evidence into a one-line document, so textbook graphs run through the real pipeline.

import type { GraphDocument, Relation } from '../../../src/core/model/graphDocument.ts';
import type { RelationType } from '../../../src/core/model/relationTypes.ts';

export function documentFromEdges(
  nodes: readonly string[],
  edges: readonly (readonly [string, string] | readonly string[])[],
  type: RelationType = 'meets',
): GraphDocument {
  const text = 'A sentence.';
  const relations: Relation[] = edges.map(([source, target], i) => ({
    id: `r${i}`,
    type,
    source: source!,
    target: target!,
    date: '2025-01-01',
    dateSource: 'article',
    evidence: [{ doc: 'd', quote: text, start: 0, end: text.length, date: '2025-01-01', dateSource: 'article' }],
  }));
  return {
    documents: [{ id: 'd', title: 'd', date: '2025-01-01', outlet: null, file: 'd.txt', text }],
    actors: nodes.map((id) => ({ id, name: id, type: 'state', aliases: [], affiliation: null, role: null })),
    relations,
  };
}
