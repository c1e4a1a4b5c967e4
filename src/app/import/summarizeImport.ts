// What an extraction added, for the panel: how many articles and relations, which relations are
// new and which gained evidence from the added articles, and the names the dictionary does not
// know that occur in them (each with a sentence, so the user knows what to add to actors.yaml).

import type { GraphDocument, Relation } from '../../core/index.ts';
import type { Candidate } from '../../extract/findCandidates.ts';

export interface ImportSummary {
  readonly addedArticles: number;
  readonly articles: number;
  readonly relationsBefore: number;
  readonly relations: number;
  /** Relations that did not exist before. */
  readonly newRelations: readonly Relation[];
  /** Relations that existed and gained evidence from an added article. */
  readonly strengthened: readonly Relation[];
  readonly unknownNames: readonly { readonly name: string; readonly count: number; readonly doc: string; readonly sentence: string }[];
}

export function summarizeImport(before: GraphDocument, after: GraphDocument, candidates: readonly Candidate[], addedIds: readonly string[]): ImportSummary {
  const added = new Set(addedIds);
  const old = new Map(before.relations.map((r) => [r.id, r]));
  const newRelations: Relation[] = [];
  const strengthened: Relation[] = [];
  for (const r of after.relations) {
    const prior = old.get(r.id);
    if (!prior) newRelations.push(r);
    else if (r.evidence.some((e) => added.has(e.doc))) strengthened.push(r);
  }
  const unknownNames = candidates.flatMap((c) => {
    const ex = c.examples.find((e) => added.has(e.doc));
    return ex ? [{ name: c.name, count: c.count, doc: ex.doc, sentence: ex.sentence }] : [];
  });
  return {
    addedArticles: addedIds.length,
    articles: after.documents.length,
    relationsBefore: before.relations.length,
    relations: after.relations.length,
    newRelations,
    strengthened,
    unknownNames,
  };
}
