import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/buildGraph.ts';
import { mediationEvents, mediatorRanking } from '../../../src/core/query/mediationEvents.ts';
import { UnknownActorError } from '../../../src/core/query/unknownActorError.ts';
import { documentFromEdges } from '../helpers/graphFromEdges.ts';
import { miniGraph } from '../helpers/loadFixture.ts';

describe('mediationEvents', () => {
  it('rejects unknown actors in queries', () => {
    expect(() => mediationEvents(miniGraph(), { party: 'atlantis' })).toThrow(UnknownActorError);
  });

  it('returns nothing for a graph without mediation', () => {
    expect(mediationEvents(buildGraph(documentFromEdges(['a', 'b'], [['a', 'b']])))).toEqual([]);
  });

  it('groups relations sharing an event into one event with mediators, parties, venue and dates', () => {
    const events = mediationEvents(miniGraph());
    expect(events.map((e) => e.id)).toEqual(['doha-talks-2025-10', 'istanbul-talks-2025-10', 'iran-offer-2025-11']);
    const doha = events[0]!;
    expect(doha).toMatchObject({
      mediators: ['qatar', 'turkey'],
      parties: ['afghanistan', 'pakistan'],
      venue: 'Doha',
      dateFrom: '2025-10-18',
      dateTo: '2025-10-18',
      status: 'held',
    });
    expect(doha.relations.length).toBe(4);
    // Four relations cite the same sentence: it is listed once.
    expect(doha.evidence.length).toBe(1);
  });

  it('detects welcomes and rejections of an offer', () => {
    const offer = mediationEvents(miniGraph()).find((e) => e.id === 'iran-offer-2025-11')!;
    expect(offer.responses.map((r) => [r.party, r.response])).toEqual([
      ['afghanistan', 'welcomed'],
      ['pakistan', 'rejected'],
    ]);
    expect(offer.status).toBe('rejected');
    expect(offer.evidence.map((e) => e.quote)).toContain("Afghanistan welcomed Iran's offer.");
  });

  it('marks an offer welcomed when the only answer is a welcome', () => {
    const doc = miniGraph();
    const withoutRejection = { ...doc, relations: doc.relations.filter((r) => r.id !== 'rejects:pakistan:iran') };
    expect(mediationEvents(withoutRejection).find((e) => e.id === 'iran-offer-2025-11')!.status).toBe('welcomed');
    const noAnswers = { ...doc, relations: doc.relations.filter((r) => r.type !== 'rejects' && r.type !== 'welcomes') };
    expect(mediationEvents(noAnswers).find((e) => e.id === 'iran-offer-2025-11')!.status).toBe('offered');
  });

  it('groups relations without an event id by mediator, parties and date', () => {
    const doc = miniGraph();
    const stripped = { ...doc, relations: doc.relations.map(({ event: _e, ...r }) => r) };
    const events = mediationEvents(stripped);
    // Doha: two mediators → two events (no shared id); same for Istanbul; Iran's offer stays one.
    expect(events.length).toBe(5);
    expect(events.filter((e) => e.status !== 'held').length).toBe(1);
  });

  it('filters by party, by pair and by mediator, accepting names and aliases', () => {
    const g = buildGraph(miniGraph());
    expect(mediationEvents(g, { party: 'Kabul' }).length).toBe(3);
    expect(mediationEvents(g, { party: 'qatar' }).length).toBe(0);
    expect(mediationEvents(g, { between: ['Pakistan', 'afghanistan'] }).length).toBe(3);
    expect(mediationEvents(g, { between: ['Pakistan', 'ttp'] }).length).toBe(0);
    expect(mediationEvents(g, { mediator: 'Türkiye' }).map((e) => e.venue)).toEqual(['Doha', 'Istanbul']);
  });

  it('ranks mediators by events', () => {
    const ranking = mediatorRanking(miniGraph());
    expect(ranking.map((r) => [r.mediator, r.events, r.held, r.offered])).toEqual([
      ['qatar', 2, 2, 0],
      ['turkey', 2, 2, 0],
      ['iran', 1, 0, 1],
    ]);
    expect(ranking[0]!.name).toBe('Qatar');
  });
});
