// The graph document: the one file (graph-data/graph.json) that the extractor writes and
// everything downstream (analysis core, CLI, explorer) reads.

import type { ActorType } from './actorTypes.ts';
import type { RelationType } from './relationTypes.ts';

export interface SourceDocument {
  /** Stable id: the source file name without extension, e.g. "000_fa66c45822ff1288". */
  readonly id: string;
  readonly title: string;
  /** Publication date, ISO yyyy-mm-dd. */
  readonly date: string;
  /** True when the publication date was estimated from the text rather than printed in it. */
  readonly dateEstimated?: boolean;
  /** Outlet where the text names it, else null. */
  readonly outlet: string | null;
  /** Original file name in the corpus. */
  readonly file: string;
  /** The article text the offsets in evidence refer to (the story only; trailing unrelated text removed). */
  readonly text: string;
}

export interface Actor {
  /** Stable slug id, e.g. "pakistan", "khawaja-asif". */
  readonly id: string;
  readonly name: string;
  readonly type: ActorType;
  readonly aliases: readonly string[];
  /** Id of the state or organisation an official, organ or outlet belongs to, else null. */
  readonly affiliation: string | null;
  /** Role or title, e.g. "Defence Minister", else null. */
  readonly role: string | null;
}

export interface Evidence {
  /** Document id. */
  readonly doc: string;
  /** The exact sentence text: equals documents[doc].text.slice(start, end). */
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  /** Date of the event this mention reports, ISO yyyy-mm-dd. */
  readonly date: string;
  /** "text": stated in the sentence; "article": the article's publication date was used. */
  readonly dateSource: 'text' | 'article';
}

export interface Relation {
  /** Stable id derived from type, source, target and event. */
  readonly id: string;
  readonly type: RelationType;
  readonly source: string;
  readonly target: string;
  /** For mediation (mediates, offers_mediation): every party mediated between. */
  readonly parties?: readonly string[];
  /** For mediation: the venue where stated (e.g. "Istanbul", "Doha"). */
  readonly venue?: string;
  /** Groups the relations of one n-ary event (a mediator and each of its parties). */
  readonly event?: string;
  /** Earliest date among the evidence, ISO yyyy-mm-dd. */
  readonly date: string;
  /** "text" if any evidence states its date, else "article". */
  readonly dateSource: 'text' | 'article';
  /** One item per mention; the same relation in several articles keeps one per mention. */
  readonly evidence: readonly Evidence[];
}

export interface GraphDocument {
  readonly documents: readonly SourceDocument[];
  readonly actors: readonly Actor[];
  readonly relations: readonly Relation[];
}
