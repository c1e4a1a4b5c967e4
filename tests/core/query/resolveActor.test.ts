import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/buildGraph.ts';
import { normalizeName } from '../../../src/core/query/normalizeName.ts';
import { resolveActor } from '../../../src/core/query/resolveActor.ts';
import { searchActors } from '../../../src/core/query/searchActors.ts';
import { UnknownActorError } from '../../../src/core/query/unknownActorError.ts';
import { miniGraph } from '../helpers/loadFixture.ts';

describe('resolveActor', () => {
  it('throws UnknownActorError with suggestions for a misspelt name', () => {
    let error: unknown;
    try {
      resolveActor(miniGraph(), 'pakistn');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnknownActorError);
    expect((error as UnknownActorError).suggestions[0]).toBe('Pakistan (pakistan)');
    expect((error as Error).message).toMatch(/resolveActor: no actor matches "pakistn"; did you mean: Pakistan \(pakistan\)/);
  });

  it('suggests at most five, and none for nonsense or empty input', () => {
    expect(() => resolveActor(miniGraph(), 'zzzzzzzz')).toThrow(/no actor matches "zzzzzzzz"$/);
    expect(() => resolveActor(miniGraph(), '')).toThrow(UnknownActorError);
    try {
      resolveActor(miniGraph(), 'a');
    } catch (e) {
      expect((e as UnknownActorError).suggestions.length).toBeLessThanOrEqual(5);
    }
  });

  it('matches ids, names and aliases ignoring case and diacritics', () => {
    const doc = miniGraph();
    const g = buildGraph(doc);
    for (const source of [doc, g]) {
      expect(resolveActor(source, 'khawaja-asif').id).toBe('khawaja-asif');
      expect(resolveActor(source, 'KHAWAJA ASIF').id).toBe('khawaja-asif');
      expect(resolveActor(source, 'turkiye').id).toBe('turkey');
      expect(resolveActor(source, 'Türkiye').id).toBe('turkey');
      expect(resolveActor(source, 'islamabad').id).toBe('pakistan');
      expect(resolveActor(source, 'tehrik i taliban pakistan').id).toBe('ttp');
      expect(resolveActor(source, 'ttp').id).toBe('ttp');
    }
  });

  it('normalises names', () => {
    expect(normalizeName('  Türkiye ')).toBe('turkiye');
    expect(normalizeName('Tehrik-i-Taliban')).toBe('tehrik i taliban');
    expect(normalizeName('Diyarbakır')).toBe('diyarbakir');
  });
});

describe('searchActors', () => {
  it('returns nothing for an empty query', () => {
    expect(searchActors(miniGraph(), '  ')).toEqual([]);
  });

  it('ranks exact, then prefix, then word prefix, then substring', () => {
    const ids = searchActors(miniGraph(), 'pak').map((m) => m.actor.id);
    expect(ids[0]).toBe('pakistan'); // prefix of a name
    expect(ids).toContain('ttp'); // "Tehrik-i-Taliban Pakistan": a later word
    const taliban = searchActors(miniGraph(), 'taliban');
    // Both match on a later word; the match on a name beats the match on an alias.
    expect(taliban.map((m) => [m.actor.id, m.field, m.score])).toEqual([
      ['ttp', 'name', 2],
      ['afghanistan', 'alias', 2],
    ]);
    expect(searchActors(miniGraph(), 'qatar')[0]).toMatchObject({ field: 'name', score: 0 });
  });

  it('matches aliases and honours the limit', () => {
    expect(searchActors(miniGraph(), 'ank')[0]).toMatchObject({ matched: 'Ankara', field: 'alias' });
    expect(searchActors(miniGraph(), 'a', { limit: 2 }).length).toBe(2);
  });
});
