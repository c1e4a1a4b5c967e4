// The explorer state without mounting a component: derived views and analyses follow the state.
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { ExplorerState } from '../../../src/app/state/ExplorerState.svelte.ts';
import { decodeUrlState, encodeUrlState } from '../../../src/app/state/urlState.ts';
import { loadFixture } from '../loadFixture.ts';

describe('ExplorerState', () => {
  it('filters the view and recomputes elements and centrality on it', () => {
    const s = new ExplorerState(loadFixture());
    expect(s.view.order).toBe(8); // Dawn has no relations: hidden by default
    const edgesBefore = s.elements.filter((e) => e.group === 'edges').length;
    s.setFilter({ dateFrom: '2025-10-19' });
    flushSync();
    expect(s.view.size).toBeLessThan(edgesBefore);
    expect(s.elements.filter((e) => e.group === 'edges').length).toBe(s.view.size);
    expect(s.scores['ttp']).toBe(1); // only the Nov 2 threat is left
    s.setFilter({ dateFrom: undefined });
    expect(s.filter).toEqual({ hideIsolated: true });
  });

  it('finds paths and puts them in focus', () => {
    const s = new ExplorerState(loadFixture());
    s.path = { from: 'qatar', to: 'ttp', mode: 'shortest', maxLength: 4, directed: false, relationTypes: [] };
    const result = s.pathResult;
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    expect(result.value.paths.length).toBeGreaterThan(0);
    expect(s.focus?.has('qatar')).toBe(true);
    expect(s.focus?.has('ttp')).toBe(true);
    expect(s.focus?.has('united-nations')).toBe(false);
  });

  it('reports a bad path query as an error, not an exception', () => {
    const s = new ExplorerState(loadFixture());
    s.path = { from: 'qatar', to: 'qatar', mode: 'shortest', maxLength: 4, directed: false, relationTypes: [] };
    expect(s.pathResult?.ok).toBe(false);
  });

  it('lists mediation events, filtered by party, and focuses the chosen one', () => {
    const s = new ExplorerState(loadFixture());
    expect(s.mediations.map((m) => m.venue).sort()).toEqual(['Doha', 'Istanbul']);
    s.party = 'united-nations';
    expect(s.mediations).toEqual([]);
    s.party = null;
    s.mediation = s.mediations[0]!.id;
    expect([...(s.focus ?? [])]).toEqual(expect.arrayContaining(['qatar', 'pakistan', 'afghanistan']));
  });

  it("focuses a selected actor's neighbourhood or a selected relation's ends", () => {
    const s = new ExplorerState(loadFixture());
    expect(s.focus).toBeNull();
    s.selectActor('ttp');
    expect([...(s.focus ?? [])].sort()).toEqual(
      ['afghanistan', 'attacks-ttp-pakistan', 'khawaja-asif', 'pakistan', 'supports-afghanistan-ttp', 'threatens-asif-ttp', 'ttp'],
    );
    s.selectRelation('welcomes-un-qatar');
    expect([...(s.focus ?? [])].sort()).toEqual(['qatar', 'united-nations', 'welcomes-un-qatar']);
  });

  it('narrows to an ego network and colours communities on demand', () => {
    const s = new ExplorerState(loadFixture());
    s.ego = { actor: 'ttp', depth: 1 };
    expect(s.view.nodes().sort()).toEqual(['afghanistan', 'khawaja-asif', 'pakistan', 'ttp']);
    expect(s.communityOf).toBeNull();
    s.colorBy = 'community';
    expect(Object.keys(s.communityOf ?? {}).sort()).toEqual(s.view.nodes().sort());
  });

  it('round-trips through the URL and drops unknown ids', () => {
    const s = new ExplorerState(loadFixture());
    s.setFilter({ relationTypes: ['mediates', 'supports'] });
    s.selectActor('qatar');
    s.panel = 'mediations';
    s.layout = 'circle';
    const qs = encodeUrlState(s.toUrlState());
    const t = new ExplorerState(loadFixture());
    t.applyUrlState(decodeUrlState(qs));
    expect(encodeUrlState(t.toUrlState())).toBe(qs);
    t.applyUrlState(decodeUrlState('sel=a:nobody&ego=ghost:2&pf=qatar&pt=ghost'));
    expect(t.selected).toBeNull();
    expect(t.ego).toBeNull();
    expect(t.path).toBeNull();
  });
});
