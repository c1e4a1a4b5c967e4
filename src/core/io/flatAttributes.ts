// GEXF and GraphML attributes are scalars only: arrays and objects (aliases, parties, evidence)
// travel as JSON strings and nulls are left out, so every fact survives a round trip.

import type { ActorNodeAttributes, RelationEdgeAttributes } from '../graph/actorGraph.ts';

export type FlatValue = string | number | boolean;

export function flatNodeAttributes(a: ActorNodeAttributes): Record<string, FlatValue> {
  const flat: Record<string, FlatValue> = { label: a.name, name: a.name, type: a.type, aliases: JSON.stringify(a.aliases) };
  if (a.affiliation !== null) flat.affiliation = a.affiliation;
  if (a.role !== null) flat.role = a.role;
  return flat;
}

export function flatEdgeAttributes(a: RelationEdgeAttributes): Record<string, FlatValue> {
  const flat: Record<string, FlatValue> = {
    label: a.type,
    type: a.type,
    date: a.date,
    dateSource: a.dateSource,
    documents: a.corroboration.documents,
    outlets: a.corroboration.outlets,
    mentions: a.corroboration.mentions,
    evidence: JSON.stringify(a.evidence),
  };
  if (a.parties !== undefined) flat.parties = JSON.stringify(a.parties);
  if (a.venue !== undefined) flat.venue = a.venue;
  if (a.event !== undefined) flat.event = a.event;
  return flat;
}
