// Merges the relations found sentence by sentence into the graph document's relations: one relation
// per (type, source, target, venue), one evidence item per mention, in a deterministic order so the
// same input always gives byte-identical output.

import type { Evidence, Relation } from '../core/model/graphDocument.ts';
import type { RawRelation } from './matchRelations.ts';

export function mergeRelations(raw: readonly RawRelation[]): Relation[] {
  const byKey = new Map<string, { first: RawRelation; evidence: Map<string, Evidence>; parties: Set<string> }>();
  for (const r of raw) {
    const key = relationId(r.type, r.source, r.target, r.venue);
    let entry = byKey.get(key);
    if (!entry) {
      entry = { first: r, evidence: new Map(), parties: new Set() };
      byKey.set(key, entry);
    }
    for (const p of r.parties ?? []) entry.parties.add(p);
    const evKey = `${r.doc}@${r.sentence.start}`;
    const prior = entry.evidence.get(evKey);
    // The same sentence matched twice keeps one evidence item; a stated date beats the article's.
    if (!prior || (prior.dateSource === 'article' && r.dateSource === 'text')) {
      entry.evidence.set(evKey, { doc: r.doc, quote: r.sentence.text, start: r.sentence.start, end: r.sentence.end, date: r.date, dateSource: r.dateSource });
    }
  }
  const relations: Relation[] = [];
  for (const [id, { first, evidence, parties }] of byKey) {
    const ev = [...evidence.values()].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
    const textDates = ev.filter((e) => e.dateSource === 'text').map((e) => e.date).sort();
    const allDates = ev.map((e) => e.date).sort();
    const partyList = [...parties].sort();
    relations.push({
      id,
      type: first.type,
      source: first.source,
      target: first.target,
      ...(partyList.length ? { parties: partyList } : {}),
      ...(first.venue ? { venue: first.venue } : {}),
      ...(partyList.length ? { event: eventId(first.type, first.source, partyList, first.venue) } : {}),
      date: textDates[0] ?? allDates[0]!,
      dateSource: textDates.length ? 'text' : 'article',
      evidence: ev,
    });
  }
  return relations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function relationId(type: string, source: string, target: string, venue?: string): string {
  return `${type}:${source}->${target}${venue ? `@${slug(venue)}` : ''}`;
}

/**
 * One mediation event: the round held at a venue (all its mediators together), or, where no venue is
 * stated, one mediator's effort between the parties; an offer is always one actor's offer. Lumping
 * every unplaced mediation into one event would merge unrelated efforts (Russia's with Qatar's) and
 * let a welcome of one offer mark all offers welcomed.
 */
function eventId(type: string, mediator: string, parties: readonly string[], venue?: string): string {
  if (type === 'offers_mediation') return `offer:${mediator}:${parties.join('+')}`;
  return venue ? `mediation:${parties.join('+')}@${slug(venue)}` : `mediation:${mediator}:${parties.join('+')}`;
}

function slug(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
