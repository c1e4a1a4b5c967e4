import { describe, expect, it } from 'vitest';
import { decodeUrlState, DEFAULT_URL_STATE, encodeUrlState } from '../../../src/app/state/urlState.ts';
import type { UrlState } from '../../../src/app/state/urlState.ts';

describe('URL state', () => {
  it('encodes the default state as an empty query', () => {
    expect(encodeUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(decodeUrlState('')).toEqual(DEFAULT_URL_STATE);
  });

  it('round-trips every field', () => {
    const state: UrlState = {
      filter: { relationTypes: ['mediates', 'attacks'], actorTypes: ['state'], dateFrom: '2025-10-15', dateTo: '2025-11-16', documents: ['doc-a'], hideIsolated: true },
      selected: { kind: 'relation', id: 'mediates-qatar-pakistan-doha' },
      panel: 'paths',
      layout: 'concentric',
      measure: 'betweenness',
      centralityTypes: ['meets'],
      path: { from: 'qatar', to: 'ttp', mode: 'all', maxLength: 3, directed: true, relationTypes: ['supports'] },
      ego: { actor: 'pakistan', depth: 2 },
      colorBy: 'community',
      party: 'afghanistan',
      mediation: 'ev-doha',
      article: { doc: 'doc-b', start: 10, end: 80 },
    };
    const qs = encodeUrlState(state);
    expect(decodeUrlState(`?${qs}`)).toEqual(state);
    expect(encodeUrlState(decodeUrlState(qs))).toBe(qs);
  });

  it('hides isolated actors unless the link says otherwise', () => {
    expect(decodeUrlState('').filter).toEqual({ hideIsolated: true });
    expect(decodeUrlState('isolated=show').filter).toEqual({});
    expect(encodeUrlState({ ...DEFAULT_URL_STATE, filter: {} })).toBe('isolated=show');
  });

  it('drops junk from a hand-edited link instead of failing', () => {
    const s = decodeUrlState('rt=mediates,bogus&from=yesterday&panel=nope&layout=spiral&pk=99&pf=qatar&pt=ttp&ego=x:7&art=doc');
    expect(s.filter).toEqual({ relationTypes: ['mediates'], hideIsolated: true });
    expect(s.panel).toBe('filters');
    expect(s.layout).toBe('fcose');
    expect(s.path?.maxLength).toBe(4);
    expect(s.ego).toBeNull();
    expect(s.article).toBeNull();
  });
});
