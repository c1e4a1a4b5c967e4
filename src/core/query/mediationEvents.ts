// Mediation events: the n-ary "X mediates between A and B (in V, on D)" facts, regrouped from
// the binary mediates / offers_mediation relations that carry them, plus parties' responses.

import type { ActorGraph, RelationEdgeAttributes } from '../graph/actorGraph.ts';
import { buildGraph } from '../graph/buildGraph.ts';
import type { Evidence } from '../model/graphDocument.ts';
import { isGraphDocument } from './actorsOf.ts';
import type { ActorSource } from './actorsOf.ts';
import { resolveActor } from './resolveActor.ts';

/** 'held': talks took place; 'offered': only offered; 'welcomed'/'rejected': a party answered the offer. */
export type MediationStatus = 'held' | 'offered' | 'welcomed' | 'rejected';

export type MediationResponse = {
  party: string;
  response: 'welcomed' | 'rejected';
  relation: string;
  date: string;
};

export type MediationEvent = {
  /** The relations' shared `event`, or a key made from type, mediator, parties and date. */
  id: string;
  mediators: string[];
  parties: string[];
  venue: string | null;
  dateFrom: string;
  dateTo: string;
  status: MediationStatus;
  responses: MediationResponse[];
  /** Relation ids making up the event (and the responses). */
  relations: string[];
  evidence: Evidence[];
};

export type MediationQuery = {
  /** Events where this actor (id, name or alias) is a party. */
  party?: string;
  /** Events whose parties include both actors. */
  between?: readonly [string, string];
  /** Events this actor mediates or offers to mediate. */
  mediator?: string;
};

export type MediatorRank = {
  mediator: string;
  name: string;
  events: number;
  held: number;
  offered: number;
  parties: string[];
};

const MEDIATION_TYPES = new Set(['mediates', 'offers_mediation']);

export function mediationEvents(source: ActorSource, query: MediationQuery = {}): MediationEvent[] {
  const graph: ActorGraph = isGraphDocument(source) ? buildGraph(source) : source;
  const groups = new Map<string, RelationEdgeAttributes[]>();
  graph.forEachEdge((_edge, r) => {
    if (!MEDIATION_TYPES.has(r.type)) return;
    // Without an event id, one mediator's relations to the same parties on the same day are one event.
    const parties = [...(r.parties ?? [r.target])].sort().join(',');
    const key = r.event ?? `${r.type}:${r.source}:${parties}:${r.date}`;
    const group = groups.get(key) ?? [];
    group.push(r);
    groups.set(key, group);
  });

  const events = [...groups.entries()].map(([id, relations]) => toEvent(id, relations));
  attachResponses(graph, events);

  const party = query.party === undefined ? null : resolveActor(graph, query.party).id;
  const mediator = query.mediator === undefined ? null : resolveActor(graph, query.mediator).id;
  const between = query.between?.map((name) => resolveActor(graph, name).id);
  return events
    .filter((e) => party === null || e.parties.includes(party))
    .filter((e) => mediator === null || e.mediators.includes(mediator))
    .filter((e) => !between || between.every((p) => e.parties.includes(p)))
    .sort((a, b) => a.dateFrom.localeCompare(b.dateFrom) || a.id.localeCompare(b.id));
}

function toEvent(id: string, relations: RelationEdgeAttributes[]): MediationEvent {
  const mediators = new Set<string>();
  const parties = new Set<string>();
  for (const r of relations) {
    mediators.add(r.source);
    for (const p of r.parties ?? [r.target]) parties.add(p);
    parties.add(r.target);
  }
  // An actor listed as a party is not also its own mediator (extractors sometimes emit both).
  for (const p of parties) mediators.delete(p);
  const evidence = dedupeEvidence(relations.flatMap((r) => r.evidence));
  const dates = evidence.map((e) => e.date).sort();
  return {
    id,
    mediators: [...mediators].sort(),
    parties: [...parties].sort(),
    venue: relations.find((r) => r.venue)?.venue ?? null,
    dateFrom: relations.map((r) => r.date).sort()[0]!,
    dateTo: dates[dates.length - 1]!,
    status: relations.some((r) => r.type === 'mediates') ? 'held' : 'offered',
    responses: [],
    relations: relations.map((r) => r.id).sort(),
    evidence,
  };
}

/**
 * A party's welcomes / rejects relation aimed at a mediator answers that mediator's latest offer
 * to it made on or before the response. Responses only attach to offers: welcoming talks that
 * were held is praise, not an answer.
 */
function attachResponses(graph: ActorGraph, events: MediationEvent[]): void {
  const offers = events.filter((e) => e.status === 'offered');
  if (offers.length === 0) return;
  graph.forEachEdge((_edge, r) => {
    if (r.type !== 'welcomes' && r.type !== 'rejects') return;
    const candidates = offers
      .filter((e) => e.mediators.includes(r.target) && e.parties.includes(r.source) && e.dateFrom <= r.date)
      .sort((a, b) => b.dateFrom.localeCompare(a.dateFrom));
    const offer = candidates[0];
    if (!offer) return;
    offer.responses.push({
      party: r.source,
      response: r.type === 'welcomes' ? 'welcomed' : 'rejected',
      relation: r.id,
      date: r.date,
    });
    offer.relations.push(r.id);
    offer.evidence = dedupeEvidence([...offer.evidence, ...r.evidence]);
  });
  for (const offer of offers) {
    offer.responses.sort((a, b) => a.date.localeCompare(b.date) || a.party.localeCompare(b.party));
    // A single rejection stalls an offer; otherwise any welcome moves it forward.
    if (offer.responses.some((x) => x.response === 'rejected')) offer.status = 'rejected';
    else if (offer.responses.length > 0) offer.status = 'welcomed';
    const dates = offer.evidence.map((e) => e.date).sort();
    offer.dateTo = dates[dates.length - 1]!;
  }
}

function dedupeEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const e of evidence) seen.set(`${e.doc}:${e.start}:${e.end}`, e);
  return [...seen.values()].sort((a, b) => a.date.localeCompare(b.date) || a.doc.localeCompare(b.doc) || a.start - b.start);
}

/** Mediators by number of events (held first on ties), with the parties they worked between. */
export function mediatorRanking(source: ActorSource | MediationEvent[]): MediatorRank[] {
  const events = Array.isArray(source) ? source : mediationEvents(source);
  const names = Array.isArray(source) ? null : isGraphDocument(source) ? new Map(source.actors.map((a) => [a.id, a.name])) : null;
  const nameOf = (id: string) =>
    names?.get(id) ?? (!Array.isArray(source) && !isGraphDocument(source) ? source.getNodeAttribute(id, 'name') : id);
  const ranks = new Map<string, MediatorRank>();
  for (const e of events) {
    for (const m of e.mediators) {
      const rank = ranks.get(m) ?? { mediator: m, name: nameOf(m), events: 0, held: 0, offered: 0, parties: [] };
      rank.events += 1;
      if (e.status === 'held') rank.held += 1;
      else rank.offered += 1;
      rank.parties = [...new Set([...rank.parties, ...e.parties])].sort();
      ranks.set(m, rank);
    }
  }
  return [...ranks.values()].sort((a, b) => b.events - a.events || b.held - a.held || a.name.localeCompare(b.name));
}
