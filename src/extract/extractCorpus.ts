// The extraction pipeline: article bytes + actor dictionary + relation lexicon → graph document.
// Pure (no file system): the CLI reads and writes files, the browser can run the same function.
//   decode → metadata → sentences → mentions → resolution → relations → merge

import type { GraphDocument, SourceDocument } from '../core/model/graphDocument.ts';
import { decodeSourceText } from './decodeSourceText.ts';
import { parseSource } from './parseSource.ts';
import { loadActorDictionary } from './loadActorDictionary.ts';
import { loadPatterns } from './loadPatterns.ts';
import { compileMentionMatcher } from './compileMentionMatcher.ts';
import { segmentSentences, type Sentence } from './segmentSentences.ts';
import { findMentions } from './findMentions.ts';
import { resolveMentions } from './resolveMentions.ts';
import { compileLexicon, matchRelations, type RawRelation } from './matchRelations.ts';
import { mergeRelations } from './mergeRelations.ts';
import { findCandidates, type Candidate } from './findCandidates.ts';
import type { Mention } from './Mention.ts';
import { ExtractError } from './ExtractError.ts';

export interface TextFile {
  readonly name: string;
  readonly text: string;
}

export interface SourceFiles {
  /** Document id (file name without .txt). */
  readonly id: string;
  readonly textFile: string;
  readonly bytes: Uint8Array;
  readonly metaFile: string;
  readonly metaText: string | null;
}

export interface CorpusInput {
  readonly actors: TextFile;
  readonly patterns: TextFile;
  readonly sources: readonly SourceFiles[];
}

export interface ExtractResult {
  readonly graph: GraphDocument;
  readonly candidates: readonly Candidate[];
  readonly stats: { readonly documents: number; readonly sentences: number; readonly mentions: number; readonly relations: number; readonly bytes: number };
  /** Every match before merging, with the pattern that produced it (for debugging the lexicon). */
  readonly raw: readonly RawRelation[];
}

export function extractCorpus(input: CorpusInput): ExtractResult {
  const dict = loadActorDictionary(input.actors.text, input.actors.name);
  const lexicon = loadPatterns(input.patterns.text, input.patterns.name);
  const matcher = compileMentionMatcher(dict, lexicon.groups, lexicon.venues, lexicon.pairs);
  const compiled = compileLexicon(lexicon, matcher.venues);
  const attributions = new RegExp(`(?:${lexicon.attributions.map((a) => a.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})\\s+(?:the\\s+)?$`, 'iu');

  const seen = new Set<string>();
  const documents: SourceDocument[] = [];
  for (const src of [...input.sources].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (seen.has(src.id)) throw new ExtractError(src.textFile, null, `duplicate document id "${src.id}"`);
    seen.add(src.id);
    const text = decodeSourceText(src.bytes, src.textFile);
    documents.push(parseSource({ id: src.id, textFile: src.textFile, text, metaFile: src.metaFile, metaText: src.metaText }));
  }

  const raw: RawRelation[] = [];
  const perDoc: { id: string; text: string; sentences: Sentence[]; mentions: Mention[]; venues: RegExp | null }[] = [];
  let sentenceCount = 0;
  let mentionCount = 0;
  let bytes = 0;
  for (const doc of documents) {
    const sentences = segmentSentences(doc.text);
    const mentions = findMentions(doc.text, sentences, matcher, attributions);
    const dyad = resolveMentions(doc.text, mentions, dict.byId);
    // A loop, not push(...list): spreading a very large list overflows the call stack.
    for (const r of matchRelations({ doc, sentences, mentions, actors: dict.byId, lexicon, compiled, dyad })) raw.push(r);
    perDoc.push({ id: doc.id, text: doc.text, sentences, mentions, venues: matcher.venues });
    sentenceCount += sentences.length;
    mentionCount += mentions.length;
    bytes += doc.text.length;
  }
  const relations = mergeRelations(raw);
  const candidates = findCandidates(perDoc, new Set(lexicon.commonWords));
  return {
    graph: { documents, actors: dict.actors, relations },
    candidates,
    raw,
    stats: { documents: documents.length, sentences: sentenceCount, mentions: mentionCount, relations: relations.length, bytes },
  };
}

/** The graph document as written to graph-data/graph.json: stable key order, two-space indent. */
export function serializeGraphDocument(graph: GraphDocument): string {
  return `${JSON.stringify(graph, null, 2)}\n`;
}
