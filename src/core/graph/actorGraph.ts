// Attribute types of the graphology graph built from a graph document. Type aliases rather than
// interfaces: graphology's Attributes constraint is an index signature, which interfaces do not satisfy.

import type { MultiDirectedGraph } from 'graphology';
import type { ActorType } from '../model/actorTypes.ts';
import type { Evidence, Relation, SourceDocument } from '../model/graphDocument.ts';
import type { RelationType } from '../model/relationTypes.ts';

/** How well a relation is attested: distinct documents, distinct named outlets, and mentions. */
export type Corroboration = {
  readonly documents: number;
  readonly outlets: number;
  readonly mentions: number;
};

export type ActorNodeAttributes = {
  name: string;
  type: ActorType;
  aliases: readonly string[];
  affiliation: string | null;
  role: string | null;
};

export type RelationEdgeAttributes = {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  parties?: readonly string[];
  venue?: string;
  event?: string;
  date: string;
  dateSource: Relation['dateSource'];
  evidence: readonly Evidence[];
  corroboration: Corroboration;
};

export type ActorGraphAttributes = {
  /** The source documents, so evidence can be traced back to its article from the graph alone. */
  documents: readonly SourceDocument[];
};

/** One node per actor (key = actor id), one directed edge per relation (key = relation id). */
export type ActorGraph = MultiDirectedGraph<ActorNodeAttributes, RelationEdgeAttributes, ActorGraphAttributes>;
